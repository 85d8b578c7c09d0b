package org.cyberwatch.pipelines.rows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cyberwatch.pipelines.enrich.Enrichment;
import org.cyberwatch.schemas.snapshot.AsnMetadata;
import org.cyberwatch.schemas.snapshot.IpMetadata;
import org.cyberwatch.schemas.snapshot.Ixp;
import org.cyberwatch.schemas.snapshot.SnapshotProvenance;

/**
 * The {@code asns} rows of the networks a measurement touches (the probe's AS and every routed
 * hop's origin AS) and their IXP memberships from PeeringDB ({@code ixp_members}). Only ASes some
 * snapshot knows get a row; {@code source} names the snapshot files, {@code snapshot_date} is the
 * newest of their dates. Pure.
 */
public final class AsnRows {
  private AsnRows() {}

  public static List<Row> of(Enrichment en) {
    if (en.provenance().isEmpty()) {
      return List.of();
    }
    Map<Long, AsnMetadata> seen = new LinkedHashMap<>();
    if (en.probe() != null) {
      seen.put(en.probe().asn(), en.probe());
    }
    for (IpMetadata hop : en.hops()) {
      if (hop != null && hop.known() && hop.asMetadata() != null) {
        seen.putIfAbsent(hop.asn(), hop.asMetadata());
      }
    }
    Sources src = Sources.of(en.provenance());
    String source = src.names;
    LocalDate date = src.date;
    SnapshotProvenance pdb = src.peeringDb;
    List<Row> rows = new ArrayList<>();
    for (AsnMetadata a : seen.values()) {
      if (a.known()) {
        rows.add(Row.of(Table.ASNS, a.asn(), a.name(), a.orgId(), a.orgName(), a.country(), source,
            date));
        rows.addAll(memberships(a, pdb));
      }
    }
    return rows;
  }

  /**
   * What the rows take from a provenance list: the same for every measurement of a day, so the last
   * one is kept (compared by identity; the enricher hands out one list per snapshot set).
   */
  private static final class Sources {
    private static volatile Sources last;
    private final List<SnapshotProvenance> provenance;
    private final String names;
    private final LocalDate date;
    private final SnapshotProvenance peeringDb;

    private Sources(List<SnapshotProvenance> provenance) {
      this.provenance = provenance;
      this.names = provenance.stream().map(SnapshotProvenance::referenceName).sorted()
          .collect(Collectors.joining(","));
      this.date = provenance.stream().map(SnapshotProvenance::referenceTime)
          .max(Instant::compareTo).map(Values::day).orElseThrow();
      this.peeringDb = Values.provenance(provenance, "peeringdb");
    }

    static Sources of(List<SnapshotProvenance> provenance) {
      Sources s = last;
      if (s == null || s.provenance != provenance) {
        s = new Sources(provenance);
        last = s;
      }
      return s;
    }
  }

  private static List<Row> memberships(AsnMetadata a, SnapshotProvenance pdb) {
    List<Row> rows = new ArrayList<>();
    if (pdb == null) {
      return rows;
    }
    for (Ixp ixp : a.ixps()) {
      rows.add(Row.of(Table.IXP_MEMBERS, ixp.id(), a.asn(), ixp.name(), ixp.country(),
          pdb.referenceName(), Values.day(pdb.referenceTime())));
    }
    return rows;
  }
}
