package org.cyberwatch.pipelines.rows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberwatch.pipelines.enrich.Enrichment;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.snapshot.IpMetadata;
import org.cyberwatch.schemas.snapshot.SnapshotProvenance;

/**
 * Rows of a path measurement ({@code test_keys.hops}: traceroute, ping): one {@code hops} row per
 * hop, the AS-level edges of the path ({@code path_edges}), and where the hop addresses lead in
 * the routing and IXP snapshots ({@code prefix_origins}, {@code ixp_members}). Pure.
 *
 * <p>The AS path starts at the probe's AS and follows hops in TTL order through addresses the
 * pfx2as snapshot routes; unanswered hops, private addresses and unrouted space are skipped, so an
 * edge may span them. An edge's RTT is the smallest RTT seen at the hop that entered its target AS.
 */
public final class PathRows {
  private PathRows() {}

  /** Every row of the path; empty when the test keys have no hops. */
  public static List<Row> of(String uid, Measurement m, Enrichment en) {
    List<Row> rows = new ArrayList<>();
    JsonNode hops = m.testKeys().path("hops");
    if (!hops.isArray() || hops.isEmpty()) {
      return rows;
    }
    Map<Integer, Integer> responders = new HashMap<>();
    Map<String, Row> edges = new LinkedHashMap<>();
    LocalDate day = Values.day(m.startInstant());
    long previousAs = m.probeAsnNumber();
    for (int i = 0; i < hops.size(); i++) {
      JsonNode hop = hops.get(i);
      Integer ttl = Values.asInt(hop.get("ttl"));
      if (ttl == null) {
        continue;
      }
      IpMetadata meta = i < en.hops().size() ? en.hops().get(i) : null;
      double[] rtts = rtts(hop.get("rtts"));
      int responder = responders.merge(ttl, 1, Integer::sum) - 1;
      Long asn = meta != null && meta.known() ? meta.asn() : null;
      rows.add(Row.of(Table.HOPS, uid, ttl, responder, Values.text(hop.get("addr")), rtts,
          Values.asDouble(hop.get("loss")), asn));
      if (asn != null && asn != previousAs) {
        addEdge(edges, uid, previousAs, asn, day, min(rtts));
      }
      if (asn != null) {
        previousAs = asn;
        rows.addAll(referenceRows(meta));
      }
    }
    rows.addAll(edges.values());
    return rows;
  }

  private static void addEdge(Map<String, Row> edges, String uid, long src, long dst, LocalDate day,
      Double rtt) {
    String key = src + ">" + dst;
    Row existing = edges.get(key);
    Double best = existing == null ? rtt : minOf((Double) existing.value(4), rtt);
    edges.put(key, Row.of(Table.PATH_EDGES, uid, src, dst, day, best));
  }

  private static List<Row> referenceRows(IpMetadata meta) {
    List<Row> rows = new ArrayList<>();
    SnapshotProvenance routes = Values.provenance(meta.provenance(), "pfx2as");
    if (routes != null && meta.prefix() != null) {
      for (long origin : meta.originAsns()) {
        rows.add(Row.of(Table.PREFIX_ORIGINS, meta.prefix(), origin, routes.referenceName(),
            dayOf(routes.referenceTime())));
      }
    }
    SnapshotProvenance pdb = Values.provenance(meta.provenance(), "peeringdb");
    if (pdb != null && meta.ixp() != null && meta.ixpMemberAsn() > 0) {
      rows.add(Row.of(Table.IXP_MEMBERS, meta.ixp().id(), meta.ixpMemberAsn(), meta.ixp().name(),
          meta.ixp().country(), pdb.referenceName(), dayOf(pdb.referenceTime())));
    }
    return rows;
  }

  private static double[] rtts(JsonNode node) {
    if (node == null || !node.isArray()) {
      return new double[0];
    }
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asDouble();
    }
    return out;
  }

  private static Double min(double[] values) {
    if (values.length == 0) {
      return null;
    }
    double m = values[0];
    for (double v : values) {
      m = Math.min(m, v);
    }
    return m;
  }

  private static Double minOf(Double a, Double b) {
    return a == null ? b : b == null ? a : Double.valueOf(Math.min(a, b));
  }

  private static LocalDate dayOf(Instant t) {
    return Values.day(t);
  }
}
