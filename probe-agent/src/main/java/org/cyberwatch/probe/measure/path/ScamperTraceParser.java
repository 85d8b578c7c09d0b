package org.cyberwatch.probe.measure.path;

import com.fasterxml.jackson.databind.JsonNode;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the {@code trace} record of {@code scamper -O json} (trace mode; also the files M-Lab's
 * traceroute-caller archives). Replies are grouped per (TTL, address); a TTL between {@code
 * firsthop} and {@code hop_count} without replies becomes a '*' hop with {@code attempts} probes.
 * The source address ({@code src}) is dropped: it is the probe's own.
 */
public final class ScamperTraceParser {

  private static final Map<String, String> METHODS = Map.of("icmp-echo-paris", "icmp-paris",
      "udp-paris", "udp-paris", "icmp-echo", "icmp", "udp", "udp", "tcp", "tcp", "tcp-ack",
      "tcp-ack");

  /** The first {@code trace} record of {@code jsonLines}. */
  public Trace parse(String jsonLines) throws ToolOutputException {
    JsonNode trace = ScamperRecords.first(jsonLines, "trace");
    String method = METHODS.get(trace.path("method").asText());
    if (method == null) {
      throw new ToolOutputException("scamper", "unknown trace method " + trace.path("method"));
    }
    int attempts = ScamperRecords.requiredInt(trace, "attempts");
    int firstTtl = ScamperRecords.requiredInt(trace, "firsthop");
    int hopCount = ScamperRecords.requiredInt(trace, "hop_count");
    Integer dport = method.startsWith("icmp") ? null : ScamperRecords.optionalInt(trace, "dport");
    List<TraceHop> hops = hops(trace.path("hops"), firstTtl, hopCount, attempts);
    try {
      return new Trace(method, dport, attempts, firstTtl, trace.path("wait").asDouble(),
          ScamperRecords.optionalInt(trace, "probe_size"), trace.path("stop_reason").asText(),
          hopCount, ScamperRecords.requiredInt(trace, "probe_count"), hops, true);
    } catch (IllegalArgumentException e) {
      throw new ToolOutputException("scamper", e.getMessage());
    }
  }

  private static List<TraceHop> hops(JsonNode replies, int firstTtl, int hopCount, int attempts)
      throws ToolOutputException {
    TreeMap<Integer, Map<String, List<JsonNode>>> byTtl = new TreeMap<>();
    for (JsonNode reply : replies) {
      String addr = reply.path("addr").asText();
      if (!new IPAddressString(addr).isIPAddress()) {
        throw new ToolOutputException("scamper", "hop address is not an IP address: '" + addr + "'");
      }
      byTtl.computeIfAbsent(ScamperRecords.requiredInt(reply, "probe_ttl"),
          ttl -> new LinkedHashMap<>()).computeIfAbsent(addr, a -> new ArrayList<>()).add(reply);
    }
    int lastTtl = Math.max(hopCount, byTtl.isEmpty() ? 0 : byTtl.lastKey());
    List<TraceHop> hops = new ArrayList<>();
    for (int ttl = firstTtl; ttl <= lastTtl; ttl++) {
      Map<String, List<JsonNode>> byAddr = byTtl.get(ttl);
      if (byAddr == null) {
        hops.add(TraceHop.star(ttl, attempts));
        continue;
      }
      int probesSent = byAddr.values().stream().flatMap(List::stream)
          .mapToInt(r -> Math.max(1, r.path("probe_id").asInt(1))).max().orElse(1);
      for (Map.Entry<String, List<JsonNode>> e : byAddr.entrySet()) {
        hops.add(hop(ttl, e.getKey(), probesSent, e.getValue()));
      }
    }
    return hops;
  }

  private static TraceHop hop(int ttl, String addr, int probesSent, List<JsonNode> replies) {
    List<Double> rtts = replies.stream().map(r -> r.path("rtt").asDouble()).toList();
    JsonNode first = replies.get(0);
    return new TraceHop(ttl, addr, Math.max(probesSent, replies.size()), replies.size(), rtts,
        ScamperRecords.optionalInt(first, "reply_ttl"), ScamperRecords.optionalInt(first,
            "icmp_type"), ScamperRecords.optionalInt(first, "icmp_code"));
  }
}
