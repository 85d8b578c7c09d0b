package org.cyberwatch.pipelines.rows;

/** The value types a {@link Table} column holds, and how each is exported and bound to SQL. */
public enum ColumnType {
  /** {@link String}. */
  TEXT,
  /** {@link Long}. */
  BIGINT,
  /** {@link Integer}. */
  INTEGER,
  /** {@link Double}. */
  DOUBLE,
  /** {@link Boolean}. */
  BOOLEAN,
  /** {@link java.time.Instant}, exported as ISO-8601 UTC, bound as timestamptz. */
  TIMESTAMPTZ,
  /** {@link java.time.LocalDate}, exported as ISO-8601, bound as date. */
  DATE,
  /** A JSON text ({@link String}), exported as embedded JSON, bound as jsonb. */
  JSONB,
  /** An IP address ({@link String}), bound as inet. */
  INET,
  /** {@code double[]}, bound as double precision[]. */
  DOUBLE_ARRAY,
  /** A UUID ({@link String}), bound as uuid. */
  UUID
}
