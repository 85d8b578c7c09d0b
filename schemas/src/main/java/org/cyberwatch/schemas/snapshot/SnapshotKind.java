package org.cyberwatch.schemas.snapshot;

/** The published datasets enrichment reads, each recognised by its file name. */
public enum SnapshotKind {
  /** CAIDA RouteViews prefix2as, IPv4: {@code routeviews-rv2-YYYYMMDD-HHMM.pfx2as.gz}. */
  PFX2AS_V4("pfx2as-v4"),
  /** CAIDA RouteViews prefix2as, IPv6: {@code routeviews-rv6-YYYYMMDD-HHMM.pfx2as.gz}. */
  PFX2AS_V6("pfx2as-v6"),
  /** CAIDA AS organizations, classic text: {@code YYYYMMDD.as-org2info.txt.gz}. */
  AS2ORG("as2org"),
  /** PeeringDB dump (CAIDA archive): {@code peeringdb_2_dump_YYYY_MM_DD.json}. */
  PEERINGDB("peeringdb"),
  /** RIR delegated stats, one series per registry: {@code delegated-<rir>-extended-YYYYMMDD}. */
  RIR_DELEGATED("delegated");

  private final String id;

  SnapshotKind(String id) {
    this.id = id;
  }

  /** Stable lower-case name used in dataset names and provenance ({@code pfx2as-v4}). */
  public String id() {
    return id;
  }
}
