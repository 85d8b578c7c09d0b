package org.cyberwatch.pipelines.reprocess;

import java.io.PrintStream;
import org.cyberwatch.pipelines.metrics.PipelineMetrics;

/** The end-of-run summary an operator reads: what went in, what came out, whether it adds up. */
final class RunSummary {
  private RunSummary() {}

  static void print(PrintStream out, ReprocessConfig c, RunCounts n, String digest, double seconds) {
    long read = n.get(PipelineMetrics.ENTRIES_READ);
    out.printf("reprocess %s: %d cans, %d entries in %.1f s (%.0f entries/s)%n", c.runId(),
        n.get(PipelineMetrics.CANS_READ), read, seconds, read / Math.max(seconds, 1e-9));
    out.printf("  loaded       %d measurements%n", n.get(PipelineMetrics.EXTRACTED));
    out.printf("  duplicates   %d exact, %d same content%n", n.get(PipelineMetrics.DUPLICATES_EXACT),
        n.get(PipelineMetrics.DUPLICATES_CONTENT));
    out.printf("  filtered     %d (--ccs/--testNames), %d beyond --stopAfter%n",
        n.get(PipelineMetrics.FILTERED), n.beyondStopAfter());
    out.printf("  failures     read %d, parse %d, score %d, enrich %d, rows %d; corrupt cans %d%n",
        n.get(PipelineMetrics.READ_FAILURES), n.get(PipelineMetrics.PARSE_FAILURES),
        n.get(PipelineMetrics.SCORE_FAILURES), n.get(PipelineMetrics.ENRICH_FAILURES),
        n.get(PipelineMetrics.ROW_FAILURES), n.get(PipelineMetrics.CORRUPT_CANS));
    out.printf("  reconcile    %s%n", n.unaccounted() == 0 ? "ok (read = loaded + duplicates + filtered + failures)"
        : "MISMATCH: " + n.unaccounted() + " entries unaccounted for");
    if (digest != null) {
      out.printf("  export       %s (sha256 %s)%n", c.exportDir(), digest);
    }
  }
}
