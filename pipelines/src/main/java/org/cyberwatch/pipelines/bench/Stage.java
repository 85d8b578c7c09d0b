package org.cyberwatch.pipelines.bench;

/** The steps of figure (a), in order, as {@link ProcessingPass} times them. */
enum Stage {
  /** Reading the entry from the can: gzip and line splitting. */
  READ("read (gzip, lines)"),
  /** {@code MeasurementCodec.parse}. */
  PARSE("parse (Jackson tree, envelope)"),
  /** {@code MeasurementIdentity.identify}: canonical bytes, SHA-256, uid. */
  IDENTIFY("identify (canonical JSON, SHA-256)"),
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
