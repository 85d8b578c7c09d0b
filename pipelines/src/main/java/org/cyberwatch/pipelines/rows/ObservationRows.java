package org.cyberwatch.pipelines.rows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * The per-test observation rows: CENO2 peer reachability ({@code peer_observations}), RFC 4787 NAT
 * types ({@code nat_observations}) and tunnel telemetry ({@code tunnel_reports}). Pure; a document
 * missing what the row needs yields no row (its score already says why).
 */
public final class ObservationRows {
  private static final List<String> MAPPINGS =
      List.of("none", "endpoint-indep", "addr-or-port-dep", "uncertain");
  private static final List<String> FILTERINGS =
      List.of("endpoint-indep", "port-indep", "probable", "ignored");

  private ObservationRows() {}

  /** The observation row of {@code m}, if its test has one. */
  public static Optional<Row> of(String uid, Measurement m, Instant receivedAt, String sourceCan,
      long sourceLine) {
    JsonNode tk = m.testKeys();
    return switch (m.testName()) {
      case "peer_http_reachable" -> peer(uid, m, tk);
      case "udp_nat_detection" -> nat(uid, m, tk);
      case "tunnel_telemetry" -> tunnel(tk, receivedAt, sourceCan, sourceLine);
      default -> Optional.empty();
    };
  }

  private static Optional<Row> peer(String uid, Measurement m, JsonNode tk) {
    Boolean success = Values.asBoolean(tk.get("http_success"));
    if (success == null) {
      return Optional.empty();
    }
    Instant at = m.startInstant();
    Double peerTs = Values.asDouble(tk.get("peer_ts"));
    Double age = peerTs == null ? null : Math.max(0, at.toEpochMilli() / 1000.0 - peerTs);
    return Optional.of(Row.of(Table.PEER_OBSERVATIONS, uid, at, m.probeAsnNumber(), m.probeCc(),
        Values.asn(Values.text(tk.get("peer_asn"))), Values.text(tk.get("peer_cc")),
        Values.asInt(tk.get("peer_port")), Values.asBoolean(tk.get("peer_nat")), age, success,
        Values.asDouble(tk.get("http_response_time"))));
  }

  private static Optional<Row> nat(String uid, Measurement m, JsonNode tk) {
    String natType = Values.text(tk.get("nat_type"));
    if (natType == null || !natType.matches("map:\\S+ filter:\\S+")) {
      return Optional.empty();
    }
    String mapping = natType.substring(4, natType.indexOf(' '));
    String filtering = natType.substring(natType.indexOf("filter:") + 7);
    if (!MAPPINGS.contains(mapping) || !FILTERINGS.contains(filtering)) {
      return Optional.empty();
    }
    return Optional.of(Row.of(Table.NAT_OBSERVATIONS, uid, m.startInstant(), m.probeAsnNumber(),
        m.probeCc(), natType, mapping, filtering));
  }

  private static Optional<Row> tunnel(JsonNode tk, Instant receivedAt, String can, long line) {
    String uuid = Values.text(tk.get("uuid"));
    String time = Values.text(tk.get("time"));
    String proto = Values.text(tk.get("proto"));
    if (uuid == null || time == null || proto == null) {
      return Optional.empty();
    }
    JsonNode failure = tk.get("failure");
    JsonNode config = tk.get("config");
    return Optional.of(Row.of(Table.TUNNEL_REPORTS, uuid, Instant.parse(time), proto,
        Values.asInt(tk.get("endpoint_port")), Values.asn(Values.text(tk.get("endpoint_asn"))),
        Values.text(tk.get("endpoint_cc")), Values.asn(Values.text(tk.get("client_asn"))),
        Values.text(tk.get("client_cc")), Values.asLong(tk.get("duration_ms")),
        failure == null ? null : Values.text(failure.get("op")),
        failure == null ? null : Values.text(failure.get("error")),
        Values.asDouble(tk.get("sampling_rate")), Values.text(tk.get("collector_id")),
        config == null || config.isNull() ? null
            : MeasurementCodec.canonicalText(config),
        receivedAt, can, (int) line));
  }
}
