package org.cyberwatch.pipelines.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Wall time, this JVM's CPU time (every thread: the measuring one, GC and JIT) and GC pause time
 * from a start point, plus the system load average at both ends: what a pass cost and how busy the
 * machine was meanwhile.
 */
final class ResourceMeter {
  private final long wallStart;
  private final long cpuStart;
  private final long gcStart;
  private final double loadStart;

  private ResourceMeter() {
    this.loadStart = load();
    this.gcStart = gcMillis();
    this.cpuStart = processCpuNanos();
    this.wallStart = System.nanoTime();
  }

  /** Starts measuring now. */
  static ResourceMeter start() {
    return new ResourceMeter();
  }

  /** What was used since the start, for {@code measurements} measurements of {@code bytes}. */
  PassResult stop(long measurements, long bytes) {
    long wall = System.nanoTime() - wallStart;
    long cpu = processCpuNanos() - cpuStart;
    long gc = gcMillis() - gcStart;
    return new PassResult(measurements, bytes, wall, cpu, gc * 1_000_000L,
        (loadStart + load()) / 2);
  }

  /** CPU time of the whole JVM process so far, in nanoseconds. */
  static long processCpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    throw new IllegalStateException("this JVM does not report process CPU time");
  }

  /** The one-minute system load average (-1 where the platform has none). */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}
