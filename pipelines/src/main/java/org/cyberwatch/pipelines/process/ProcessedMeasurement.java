package org.cyberwatch.pipelines.process;

import java.util.List;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.pipelines.rows.Row;

/**
 * What one copy of a measurement gives once scored, enriched and turned into rows: its identity
 * (what the dedupe keys and chooses on) and either its rows or the failure of the stage that gave
 * up. Much smaller than the document it came from, so this, not the document, crosses the dedupe
 * grouping.
 *
 * @param uid the copy's measurement_uid
 * @param contentHash SHA-256 (hex) of its canonical document without the uid
 * @param sourceCan the can it was read from
 * @param sourceLine its line or member number there
 * @param rows its rows (empty when it failed)
 * @param failure the failure of stage {@code score}, {@code enrich} or {@code rows}, or null
 */
public record ProcessedMeasurement(String uid, String contentHash, String sourceCan,
    long sourceLine, List<Row> rows, Failure failure) {
  public ProcessedMeasurement {
    if (uid == null || contentHash == null || sourceCan == null) {
      throw new IllegalArgumentException("uid, contentHash, sourceCan: required");
    }
    if (sourceLine < 0) {
      throw new IllegalArgumentException("sourceLine: must be >= 0, got " + sourceLine);
    }
    rows = List.copyOf(rows);
    if (failure != null && !rows.isEmpty()) {
      throw new IllegalArgumentException("rows: must be empty for a failed measurement");
    }
  }

  /** The rows of {@code p}. */
  public static ProcessedMeasurement ofRows(ParsedMeasurement p, List<Row> rows) {
    return new ProcessedMeasurement(p.uid(), p.contentHash(), p.sourceCan(), p.sourceLine(), rows, null);
  }

  /** The failure of {@code p}. */
  public static ProcessedMeasurement ofFailure(ParsedMeasurement p, Failure failure) {
    if (failure == null) {
      throw new IllegalArgumentException("failure: required");
    }
    return new ProcessedMeasurement(p.uid(), p.contentHash(), p.sourceCan(), p.sourceLine(),
        List.of(), failure);
  }

  /** Whether it passed scoring (it has rows, or failed later). */
  public boolean scored() {
    return failure == null || !failure.stage().equals("score");
  }

  /** Whether it passed enrichment (it has rows, or failed at the rows stage). */
  public boolean enriched() {
    return failure == null || failure.stage().equals("rows");
  }
}
