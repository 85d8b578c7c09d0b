package org.cyberwatch.probe.measure.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.TreeMap;

/**
 * Reads the {@code ping} record of {@code scamper -O json} (ping mode). Duplicate replies (same
 * {@code seq}) count once, with the first RTT; the interval is {@code wait}+{@code wait_us}, the
 * wait after the last probe {@code timeout}. The source address is dropped.
 */
public final class ScamperPingParser {

  /** The first {@code ping} record of {@code jsonLines}. */
  public PingRun parse(String jsonLines) throws ToolOutputException {
    JsonNode ping = ScamperRecords.first(jsonLines, "ping");
    String method = ping.path("method").asText();
    TreeMap<Integer, Double> bySeq = new TreeMap<>();
    for (JsonNode response : ping.path("responses")) {
      bySeq.putIfAbsent(ScamperRecords.requiredInt(response, "seq"),
          response.path("rtt").asDouble());
    }
    double interval = ping.path("wait").asDouble() + ping.path("wait_us").asDouble() / 1e6;
    Integer dport = method.startsWith("icmp") ? null : ScamperRecords.optionalInt(ping, "dport");
    try {
      return new PingRun(method, dport, ScamperRecords.optionalInt(ping, "probe_size"),
          interval > 0 ? interval : null, ping.has("timeout") ? ping.path("timeout").asDouble()
              : null, ScamperRecords.requiredInt(ping, "ping_sent"), new ArrayList<>(
              bySeq.values()));
    } catch (IllegalArgumentException e) {
      throw new ToolOutputException("scamper", e.getMessage());
    }
  }

}
