package org.cyberwatch.probe.measure.path;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One traceroute as parsed from a tool's output, in the terms of the traceroute test keys.
 *
 * @param method probe method with scamper's -P names ({@code icmp-paris}, {@code udp}, …)
 * @param dport destination port of UDP/TCP probes, null for ICMP
 * @param attempts maximum probes per TTL
 * @param firstTtl first TTL probed
 * @param waitS seconds waited per probe, null when unknown
 * @param probeSize probe packet size in bytes, null when unknown
 * @param stopReason scamper's stop reason ({@code COMPLETED}, {@code UNREACH}, …)
 * @param hopCount highest TTL probed
 * @param probeCount probes sent in total
 * @param hops hops in increasing TTL order
 * @param replyDetails whether the tool reports reply TTL and ICMP type/code (scamper does)
 */
public record Trace(String method, Integer dport, int attempts, int firstTtl, Double waitS,
    Integer probeSize, String stopReason, int hopCount, int probeCount, List<TraceHop> hops,
    boolean replyDetails) {

  static final Set<String> METHODS = Set.of("icmp-paris", "udp-paris", "icmp", "udp", "tcp",
      "tcp-ack");
  static final Set<String> STOP_REASONS = Set.of("COMPLETED", "UNREACH", "ICMP", "LOOP",
      "GAPLIMIT", "ERROR", "HOPLIMIT", "NONE");

  public Trace {
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("method must be one of " + METHODS + ": " + method);
    }
    if (!STOP_REASONS.contains(stopReason)) {
      throw new IllegalArgumentException("stopReason unknown: " + stopReason);
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1: " + attempts);
    }
    if (firstTtl < 1 || firstTtl > 255) {
      throw new IllegalArgumentException("firstTtl must be 1..255: " + firstTtl);
    }
    hops = List.copyOf(Objects.requireNonNull(hops, "hops"));
  }

  /** The traceroute test keys of this trace towards {@code target} ({@code dst} its address). */
  public ObjectNode toTestKeys(String target, String dst) {
    ObjectNode keys = TraceTestKeys.header(target, dst, method, dport, attempts, firstTtl);
    if (waitS != null) {
      keys.put("wait_s", waitS);
    }
    if (probeSize != null) {
      keys.put("probe_size", probeSize);
    }
    keys.put("stop_reason", stopReason).put("hop_count", hopCount).put("probe_count", probeCount);
    ArrayNode hopList = keys.putArray("hops");
    hops.forEach(hop -> hopList.add(hop.toJson(replyDetails)));
    keys.putNull("failure");
    return keys;
  }
}
