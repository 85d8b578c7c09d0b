package org.cyberwatch.ingest.tunnel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.cyberwatch.ingest.geo.GeoInfo;

/**
 * Builds the stored form of a tunnel-telemetry report: the endpoint address becomes proto, port,
 * ASN and country; the client address only ASN and country (it is never an input here); the
 * collector id and receive time are stamped; absent {@code uuid}, {@code failure} and {@code
 * sampling_rate} get their defaults (a random UUID, null, 1). Unknown members are dropped.
 */
final class TunnelScrubber {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TunnelScrubber() {}

  /**
   * The scrubbed report.
   *
   * @param report the report as posted (valid against the report schema)
   * @param endpoint its parsed endpoint
   * @param endpointGeo what is known of the endpoint address
   * @param clientGeo what is known of the client address
   * @param keepEndpoint keep {@code endpoint} verbatim (allow-public-endpoint and a public address)
   */
  static ObjectNode scrub(JsonNode report, TunnelEndpoint endpoint, GeoInfo endpointGeo,
      GeoInfo clientGeo, String collectorId, Instant receivedAt, boolean keepEndpoint) {
    ObjectNode out = NODES.objectNode();
    out.put("report-type", "tunnel-telemetry");
    out.put("uuid", report.hasNonNull("uuid") ? report.get("uuid").asText() : UUID.randomUUID().toString());
    out.set("time", report.get("time"));
    out.put("t_reported", DateTimeFormatter.ISO_INSTANT.format(receivedAt.truncatedTo(ChronoUnit.SECONDS)));
    if (report.has("duration_ms")) {
      out.set("duration_ms", report.get("duration_ms"));
    }
    out.put("proto", endpoint.proto());
    out.put("endpoint_port", endpoint.port());
    out.put("endpoint_asn", endpointGeo.probeAsn());
    out.put("endpoint_cc", endpointGeo.cc());
    out.put("client_asn", clientGeo.probeAsn());
    out.put("client_cc", clientGeo.cc());
    if (report.has("config")) {
      out.set("config", report.get("config"));
    }
    out.set("failure", report.hasNonNull("failure") ? report.get("failure") : NODES.nullNode());
    out.set("sampling_rate", report.has("sampling_rate") ? report.get("sampling_rate") : NODES.numberNode(1));
    out.put("collector_id", "n" + collectorId);
    if (keepEndpoint) {
      out.set("endpoint", report.get("endpoint"));
      out.put("endpoint_public", true);
    }
    return out;
  }
}
