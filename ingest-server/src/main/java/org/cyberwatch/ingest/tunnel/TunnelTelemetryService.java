package org.cyberwatch.ingest.tunnel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cyberwatch.ingest.geo.GeoInfo;
import org.cyberwatch.ingest.geo.GeoLocator;
import org.cyberwatch.ingest.report.MeasurementSink;
import org.cyberwatch.ingest.report.ReportMetadata;
import org.cyberwatch.ingest.report.ReportService;
import org.cyberwatch.ingest.report.Submission;
import org.cyberwatch.ingest.report.UploadRejectedException;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;
import org.cyberwatch.ingest.spool.SpoolFullException;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.cyberwatch.schemas.validate.SchemaId;
import org.cyberwatch.schemas.validate.SchemaValidator;
import org.cyberwatch.schemas.validate.Violation;

/**
 * Open Tunnel Telemetry reports ({@code POST /report} with {@code "report-type":
 * "tunnel-telemetry"}): checks the report and its time window, scrubs it ({@link TunnelScrubber})
 * and wraps it as a {@code tunnel_telemetry} measurement that goes through the same spool and
 * cans as every other measurement.
 */
public final class TunnelTelemetryService {

  /** Test name of the stored measurements. */
  public static final String TEST_NAME = "tunnel_telemetry";
  /** Test version of the stored measurements. */
  public static final String TEST_VERSION = "0.1.0";
  /** How far in the future a report's time may be. */
  public static final Duration MAX_FUTURE = Duration.ofMinutes(5);
  /** How old a report's time may be. */
  public static final Duration MAX_AGE = Duration.ofDays(7);

  private static final DateTimeFormatter ENVELOPE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final SchemaValidator validator;
  private final GeoLocator geo;
  private final ReportService reports;
  private final MeasurementSink sink;
  private final Clock clock;
  private final String collectorId;
  private final String softwareVersion;
  private final boolean allowPublicEndpoint;

  /** A service storing through {@code sink}; ids from {@code reports}. */
  public TunnelTelemetryService(SchemaValidator validator, GeoLocator geo, ReportService reports,
      MeasurementSink sink, Clock clock, String collectorId, String softwareVersion,
      boolean allowPublicEndpoint) {
    this.validator = validator;
    this.geo = geo;
    this.reports = reports;
    this.sink = sink;
    this.clock = clock;
    this.collectorId = collectorId;
    this.softwareVersion = softwareVersion;
    this.allowPublicEndpoint = allowPublicEndpoint;
  }

  /**
   * Checks and scrubs a report; nothing is written.
   *
   * @param report the parsed body
   * @param body the body bytes as received (after decompression), hashed into the uid
   * @param clientIp the address the report came from; only its ASN and country are kept
   */
  public TunnelReport prepare(JsonNode report, byte[] body, String clientIp) throws UploadRejectedException {
    List<Violation> violations = validator.validate(SchemaId.TUNNEL_TELEMETRY_REPORT, report);
    if (!violations.isEmpty()) {
      Violation v = violations.get(0);
      throw new UploadRejectedException(Reason.INVALID_TUNNEL_REPORT, v.path() + ": " + v.message());
    }
    Instant now = clock.instant();
    checkWindow(report.get("time").asText(), now);
    TunnelEndpoint endpoint;
    try {
      endpoint = TunnelEndpoint.parse(report.get("endpoint").asText());
    } catch (IllegalArgumentException e) {
      throw new UploadRejectedException(Reason.INVALID_TUNNEL_REPORT, "$." + e.getMessage());
    }
    GeoInfo client = geo.locate(clientIp);
    ObjectNode scrubbed = TunnelScrubber.scrub(report, endpoint, geo.locate(endpoint.address()), client,
        collectorId, now, allowPublicEndpoint && endpoint.publicAddress());
    Submission submission = ReportService.stamp(
        MeasurementCodec.fromJson(envelope(scrubbed, client, now)), body, now);
    return new TunnelReport(scrubbed, submission);
  }

  /** Prepares a report and appends it; the future completes once it is durable. */
  public CompletableFuture<TunnelReport> submit(JsonNode report, byte[] body, String clientIp)
      throws UploadRejectedException, SpoolFullException {
    TunnelReport r = prepare(report, body, clientIp);
    return sink.append(r.submission().record()).thenApply(done -> r);
  }

  private static void checkWindow(String time, Instant now) throws UploadRejectedException {
    Instant t;
    try {
      t = OffsetDateTime.parse(time).toInstant();
    } catch (DateTimeParseException e) {
      throw new UploadRejectedException(Reason.INVALID_TUNNEL_REPORT, "$.time: not an RFC 3339 date-time");
    }
    if (t.isAfter(now.plus(MAX_FUTURE)) || t.isBefore(now.minus(MAX_AGE))) {
      throw new UploadRejectedException(Reason.TIME_OUT_OF_WINDOW,
          "time " + time + " must be at most 5 minutes in the future and at most 7 days old");
    }
  }

  private ObjectNode envelope(ObjectNode scrubbed, GeoInfo client, Instant now) {
    Instant start = OffsetDateTime.parse(scrubbed.get("time").asText()).toInstant();
    ReportMetadata meta = new ReportMetadata(TEST_NAME, client.cc(), client.asn());
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("data_format_version", "0.2.0");
    m.putNull("input");
    m.put("measurement_start_time", ENVELOPE_TIME.format(start));
    m.put("probe_asn", client.probeAsn());
    m.put("probe_cc", client.cc());
    m.put("probe_ip", "127.0.0.1");
    m.put("probe_network_name", client.networkName());
    m.put("report_id", reports.newReportId(meta).toString());
    m.put("software_name", "cyberwatch-ingest-server");
    m.put("software_version", softwareVersion);
    m.putNull("test_helpers");
    m.set("test_keys", scrubbed);
    m.put("test_name", TEST_NAME);
    long durationMs = scrubbed.path("duration_ms").asLong(0);
    m.put("test_runtime", durationMs / 1000.0);
    m.put("test_start_time", ENVELOPE_TIME.format(start));
    m.put("test_version", TEST_VERSION);
    return m;
  }
}
