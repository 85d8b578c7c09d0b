package org.cyberwatch.pipelines.bench;

/** The steps of figure (a), in order, as {@link ProcessingPass} times them. */
enum Stage {
  /** Reading the entry from the can: gzip and line splitting. */
  READ("read (gzip, lines)"),
  /**
   * {@code MeasurementIdentity.parse}: the Jackson tree and envelope check, with the content
   * digest encoding written and SHA-256'd in the same pass.
   */
  PARSE("parse (tree, envelope, content digest)"),
  /** {@code MeasurementIdentity.identify}: the uid (the content hash is known from the parse). */
  IDENTIFY("identify (uid)"),
  /** {@code ScoredMeasurement.of}: the scorer and the scores dict as JSON. */
  SCORE("score (+ scores JSON)"),
  /** {@code MeasurementEnricher.enrich} from the day's snapshot lookup. */
  ENRICH("enrich (snapshot lookups)"),
  /** {@code RowExtractor.rows}. */
  ROWS("rows (all tables)");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
