package org.cyberwatch.ingest.batch;

/**
 * The steps of a seal, in order. A crash after any of them is recovered at the next start (or
 * the next seal run): before {@link #MANIFEST_WRITTEN} the partial directory is deleted and the
 * segments are sealed again; from it on, the consumption is finished.
 */
enum SealStep {
  /** One can pair (postcan + JSONL can, each with its index) is on disk. */
  CAN_PAIR_WRITTEN,
  /** Every can of the set is on disk. */
  CANS_WRITTEN,
  /** The {@code SEALED} manifest is durable: the commit point. */
  MANIFEST_WRITTEN,
  /** One consumed segment is deleted (with its spool index entries). */
  SEGMENT_CONSUMED,
  /** The {@code CONSUMED} marker is durable: the set may be uploaded. */
  CONSUMED_MARKED
}
