package org.cyberwatch.pipelines.load.aggregate;

import java.io.Serializable;

/**
 * A part of the AS graph to rebuild from PostgreSQL: one AS (its node, organization, prefixes and
 * IXPs) or one directed AS pair (its ROUTE relationship). Emitted by {@link
 * RecomputeDailyAggregates}, consumed by {@code WriteAsGraph}; coder {@link GraphKeyCoder}
 * (deterministic, so keys can be made distinct).
 *
 * @param kind what the key names
 * @param asn the AS ({@link Kind#AS}) or the source AS ({@link Kind#ROUTE})
 * @param dstAsn the destination AS of a {@link Kind#ROUTE}; -1 for an {@link Kind#AS}
 */
public record GraphKey(Kind kind, long asn, long dstAsn) implements Serializable {
  /** Largest 32-bit AS number. */
  public static final long MAX_ASN = 4_294_967_295L;

  /** What a key names. */
  public enum Kind {
    AS,
    ROUTE
  }

  public GraphKey {
    if (kind == null) {
      throw new IllegalArgumentException("kind: required");
    }
    checkAsn(asn, "asn");
    if (kind == Kind.AS && dstAsn != -1) {
      throw new IllegalArgumentException("dstAsn: must be -1 for an AS key, got " + dstAsn);
    }
    if (kind == Kind.ROUTE) {
      checkAsn(dstAsn, "dstAsn");
    }
  }

  /** The key of one AS. */
  public static GraphKey as(long asn) {
    return new GraphKey(Kind.AS, asn, -1);
  }

  /** The key of the route {@code src → dst}. */
  public static GraphKey route(long srcAsn, long dstAsn) {
    return new GraphKey(Kind.ROUTE, srcAsn, dstAsn);
  }

  private static void checkAsn(long value, String field) {
    if (value < 0 || value > MAX_ASN) {
      throw new IllegalArgumentException(field + ": not an AS number: " + value);
    }
  }
}
