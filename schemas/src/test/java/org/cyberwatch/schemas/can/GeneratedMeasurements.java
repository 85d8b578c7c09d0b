package org.cyberwatch.schemas.can;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.id.ReportId;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.OoniFixtures;

/**
 * Many distinct measurements made from the real fixtures: each copy gets its own {@code probe_cc},
 * a report id for it, a varied {@code input} (when the original has one) and a {@code
 * measurement_uid}. Deterministic for a given count.
 */
final class GeneratedMeasurements {

  private static final List<String> CCS = List.of("IT", "DE", "BR", "IN", "ID", "RU", "US");
  private static final Instant RECEIVED = Instant.parse("2024-02-14T09:00:00Z");

  private GeneratedMeasurements() {}

  static List<Measurement> generate(int count) {
    List<Measurement> bases = OoniFixtures.all();
    SecureRandom random = seeded();
    List<Measurement> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(vary(bases.get(i % bases.size()), i, random));
    }
    return out;
  }

  private static Measurement vary(Measurement base, int i, SecureRandom random) {
    String cc = CCS.get(i % CCS.size());
    Instant received = RECEIVED.plusMillis(i * 7L);
    ReportId reportId =
        ReportId.generate(
            base.startInstant(), base.testName(), cc, base.probeAsnNumber(), "1", random);
    Measurement m =
        base.withField("probe_cc", TextNode.valueOf(cc))
            .withField("report_id", TextNode.valueOf(reportId.toString()));
    if (base.input() != null) {
      m = m.withField("input", TextNode.valueOf(base.input() + "#" + i));
    }
    MeasurementUid uid =
        MeasurementUid.of(
            received, cc, base.testName(), reportId.toString().getBytes(StandardCharsets.UTF_8));
    return m.withMeasurementUid(uid.toString());
  }

  private static SecureRandom seeded() {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(1234L);
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
