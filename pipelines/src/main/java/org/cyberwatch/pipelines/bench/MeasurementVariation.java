package org.cyberwatch.pipelines.bench;

import static org.cyberwatch.schemas.measurement.EnvelopeFields.INPUT;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.MEASUREMENT_START_TIME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.PROBE_ASN;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.PROBE_CC;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.REPORT_ID;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.TEST_START_TIME;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.id.ReportId;
import org.cyberwatch.schemas.id.TestNames;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * Turns a seed document into corpus measurement {@link CorpusEntry}: probe_cc, probe_asn,
 * report_id (cyberWatch's shape, collector {@value #COLLECTOR}), measurement_start_time and
 * test_start_time (each only where the seed has it) and an http(s) {@code input} change; then the
 * document gets the measurement_uid a collector would stamp (receive time, SHA-512 of the body).
 * Everything else, test keys included, stays as the seed has it. Pure.
 */
final class MeasurementVariation {
  /** The collector id in generated report ids and can names: marks bench data. */
  static final String COLLECTOR = "bench";

  private static final DateTimeFormatter ENVELOPE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private MeasurementVariation() {}

  /** The measurement {@code entry} makes of {@code seed} (a seed without measurement_uid). */
  static Measurement of(Measurement seed, CorpusEntry entry) {
    String cc = entry.network().cc();
    long asn = entry.network().asn();
    Instant start = entry.receivedAt().truncatedTo(ChronoUnit.SECONDS)
        .minusSeconds(entry.startLagSeconds());
    Instant testStart = start.minusSeconds(entry.testLagSeconds());
    ReportId reportId = new ReportId(testStart, TestNames.compact(seed.testName()), cc, asn,
        COLLECTOR, entry.reportRandom());
    Measurement m = seed.withField(PROBE_CC, TextNode.valueOf(cc))
        .withField(PROBE_ASN, TextNode.valueOf("AS" + asn))
        .withField(REPORT_ID, TextNode.valueOf(reportId.toString()));
    m = setIfPresent(m, MEASUREMENT_START_TIME, ENVELOPE_TIME.format(start));
    m = setIfPresent(m, TEST_START_TIME, ENVELOPE_TIME.format(testStart));
    m = variedInput(m, entry.inputVariant());
    String uid = MeasurementUid.of(entry.receivedAt(), cc, m.testName(), MeasurementCodec.toBytes(m))
        .toString();
    return m.withMeasurementUid(uid);
  }

  private static Measurement setIfPresent(Measurement m, String field, String value) {
    return m.field(field).isMissingNode() ? m : m.withField(field, TextNode.valueOf(value));
  }

  private static Measurement variedInput(Measurement m, int variant) {
    JsonNode input = m.field(INPUT);
    if (variant == 0 || !input.isTextual()) {
      return m;
    }
    String url = input.textValue();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      return m;
    }
    String varied = url + (url.contains("?") ? "&" : "?") + "v=" + variant;
    return m.withField(INPUT, TextNode.valueOf(varied));
  }
}
