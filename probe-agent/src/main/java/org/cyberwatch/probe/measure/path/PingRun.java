package org.cyberwatch.probe.measure.path;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cyberwatch.probe.measure.Seconds;

/**
 * One ping run as parsed from a tool's output, in the terms of the ping test keys.
 *
 * @param method probe method with scamper ping's -P names ({@code icmp-echo}, {@code tcp-syn}, …)
 * @param dport destination port of UDP/TCP methods, null for ICMP
 * @param probeSize probe packet size in bytes (IP header included), null when unknown
 * @param intervalS seconds between probes, null when unknown
 * @param waitS seconds waited after the last probe, null when unknown
 * @param packetsSent probes sent
 * @param rtts round-trip time of each answered probe in milliseconds, in probe order (duplicates
 *     not counted)
 */
public record PingRun(String method, Integer dport, Integer probeSize, Double intervalS,
    Double waitS, int packetsSent, List<Double> rtts) {

  static final Set<String> METHODS = Set.of("icmp-echo", "icmp-time", "udp", "udp-dport",
      "tcp-syn", "tcp-ack", "tcp-ack-sport");

  public PingRun {
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("method must be one of " + METHODS + ": " + method);
    }
    rtts = List.copyOf(Objects.requireNonNull(rtts, "rtts"));
    if (packetsSent < rtts.size()) {
      throw new IllegalArgumentException("packetsSent must be >= replies: " + packetsSent);
    }
  }

  /** The ping test keys of this run towards {@code target} ({@code dst} its address). */
  public ObjectNode toTestKeys(String target, String dst) {
    ObjectNode keys = JsonNodeFactory.instance.objectNode();
    keys.put("target", target).put("dst", dst).put("method", method).put("dport", dport);
    if (probeSize != null) {
      keys.put("probe_size", probeSize);
    }
    if (intervalS != null) {
      keys.put("interval_s", intervalS);
    }
    if (waitS != null) {
      keys.put("wait_s", waitS);
    }
    keys.put("packets_sent", packetsSent).put("packets_received", rtts.size());
    keys.put("loss", packetsSent == 0 ? 1.0 : Seconds.round(1.0 - (double) rtts.size()
        / packetsSent, 3));
    rtts.forEach(keys.putArray("rtts")::add);
    putStatistics(keys);
    keys.putNull("failure");
    return keys;
  }

  private void putStatistics(ObjectNode keys) {
    if (rtts.isEmpty()) {
      keys.putNull("rtt_min").putNull("rtt_avg").putNull("rtt_max").putNull("rtt_stddev");
      return;
    }
    double avg = rtts.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double variance = rtts.stream().mapToDouble(r -> (r - avg) * (r - avg)).average()
        .orElseThrow();
    keys.put("rtt_min", rtts.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
    keys.put("rtt_avg", Seconds.round(avg, 3));
    keys.put("rtt_max", rtts.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    keys.put("rtt_stddev", Seconds.round(Math.sqrt(variance), 3));
  }

  /** Keys of a ping that did not run. */
  static ObjectNode failed(String target, String dst, PingOptions options, String failure) {
    ObjectNode keys = new PingRun("icmp-echo", null, null, options.intervalSeconds(),
        (double) options.waitSeconds(), 0, List.of()).toTestKeys(target, dst);
    keys.put("failure", failure);
    return keys;
  }
}
