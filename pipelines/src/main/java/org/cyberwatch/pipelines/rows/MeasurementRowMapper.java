package org.cyberwatch.pipelines.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cyberwatch.pipelines.enrich.EnrichedMeasurement;
import org.cyberwatch.pipelines.enrich.Enrichment;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.pipelines.score.ScoredMeasurement;
import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.cyberwatch.schemas.snapshot.AsnMetadata;
import org.cyberwatch.schemas.snapshot.IpMetadata;
import org.cyberwatch.schemas.snapshot.SnapshotProvenance;

/** The {@code measurements} row of a measurement. Pure. */
public final class MeasurementRowMapper {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private MeasurementRowMapper() {}

  public static Row row(EnrichedMeasurement e) {
    ScoredMeasurement s = e.scored();
    ParsedMeasurement p = s.parsed();
    Measurement m = p.measurement();
    Enrichment en = e.enrichment();
    Long resolverAsn = Values.asn(m.resolverAsn());
    if (resolverAsn == null && en.resolver() != null && en.resolver().known()) {
      resolverAsn = en.resolver().asn();
    }
    return Row.of(Table.MEASUREMENTS, p.uid(), m.reportId(), m.input(), m.testName(),
        m.testVersion(), m.probeCc(), m.probeAsnNumber(),
        firstNonNull(m.probeNetworkName(), en.probe() == null ? null : en.probe().name()), resolverAsn,
        Values.text(m.field("resolver_network_name")), m.startInstant(),
        m.testStartTime() == null ? null : m.testStartTime().toInstant(ZoneOffset.UTC),
        receivedAt(p), Values.asDouble(m.field("test_runtime")), m.softwareName(),
        m.softwareVersion(), annotations(m), s.anomaly(), s.confirmed(), s.msmFailure(),
        s.scoresJson(), s.scorerVersion(), p.sourceCan(), (int) p.sourceLine(), p.contentHash(),
        enrichmentJson(en));
  }

  private static Instant receivedAt(ParsedMeasurement p) {
    return MeasurementUid.parse(p.uid()).receivedAt();
  }

  private static String annotations(Measurement m) {
    JsonNode a = m.annotations();
    return a != null && a.isObject() ? MeasurementCodec.canonicalText(a) : "{}";
  }

  private static String enrichmentJson(Enrichment en) {
    ObjectNode root = JSON.objectNode();
    if (en.probe() != null) {
      root.set("probe", asn(en.probe()));
    }
    if (en.resolver() != null) {
      root.set("resolver", address(en.resolver()));
    }
    ArrayNode answers = root.putArray("dns_answers");
    en.dnsAnswers().forEach(a -> answers.add(address(a)));
    ArrayNode snapshots = root.putArray("snapshots");
    for (SnapshotProvenance prov : en.provenance()) {
      snapshots.add(prov.referenceName());
    }
    return MeasurementCodec.canonicalText(root);
  }

  private static ObjectNode asn(AsnMetadata a) {
    ObjectNode n = JSON.objectNode();
    n.put("asn", a.asn());
    n.put("name", a.name());
    n.put("org_id", a.orgId());
    n.put("org_name", a.orgName());
    n.put("country", a.country());
    return n;
  }

  private static ObjectNode address(IpMetadata ip) {
    ObjectNode n = JSON.objectNode();
    n.put("ip", ip.ip());
    n.put("status", ip.status().name().toLowerCase(java.util.Locale.ROOT));
    n.put("prefix", ip.prefix());
    if (ip.known()) {
      n.put("asn", ip.asn());
    }
    n.put("country", ip.country());
    return n;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
