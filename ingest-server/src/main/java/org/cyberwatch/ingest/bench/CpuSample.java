package org.cyberwatch.ingest.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time used so far by this process and by each of the benchmark's client threads ({@link
 * BenchClient}s do their HTTP on their own threads), which share the machine with the collector.
 *
 * @param processSeconds CPU time of the whole process (all threads, GC and JIT included), or -1
 *     when the JVM cannot tell
 * @param clientThreadNanos CPU time of each client thread alive now, by thread id; empty when the
 *     JVM cannot tell
 */
record CpuSample(double processSeconds, Map<Long, Long> clientThreadNanos) {

  CpuSample {
    clientThreadNanos = Map.copyOf(clientThreadNanos);
  }

  /** The figures now. */
  static CpuSample now() {
    return new CpuSample(readProcessSeconds(), readClientThreads());
  }

  /** Process CPU seconds from {@code earlier} to this sample, or -1 when unknown. */
  double processSecondsSince(CpuSample earlier) {
    return processSeconds < 0 || earlier.processSeconds < 0 ? -1 : processSeconds - earlier.processSeconds;
  }

  /**
   * Client threads' CPU seconds from {@code earlier} to this sample (threads that ended meanwhile
   * are not counted), or -1 when unknown.
   */
  double clientSecondsSince(CpuSample earlier) {
    if (clientThreadNanos.isEmpty()) {
      return -1;
    }
    long nanos = 0;
    for (var t : clientThreadNanos.entrySet()) {
      nanos += Math.max(0, t.getValue() - earlier.clientThreadNanos.getOrDefault(t.getKey(), 0L));
    }
    return nanos / 1e9;
  }

  private static double readProcessSeconds() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        && os.getProcessCpuTime() >= 0 ? os.getProcessCpuTime() / 1e9 : -1;
  }

  private static Map<Long, Long> readClientThreads() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Long> nanos = new HashMap<>();
    if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
      return nanos;
    }
    for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith(BenchClient.THREAD_PREFIX)) {
        nanos.put(t.getThreadId(), Math.max(0, threads.getThreadCpuTime(t.getThreadId())));
      }
    }
    return nanos;
  }
}
