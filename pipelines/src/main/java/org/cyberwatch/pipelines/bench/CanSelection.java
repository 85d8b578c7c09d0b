package org.cyberwatch.pipelines.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of one runner run: {@code reprocess --input} (a glob or comma-separated can paths) and
 * how many measurements it holds.
 *
 * @param inputs the {@code --input} value
 * @param measurements measurements in those cans
 */
record CanSelection(String inputs, long measurements) {
  CanSelection {
    if (inputs == null || inputs.isBlank() || measurements < 1) {
      throw new IllegalArgumentException("inputs: required; measurements: must be >= 1");
    }
  }

  /** Every can of the corpus. */
  static CanSelection all(Corpus corpus) {
    return new CanSelection(corpus.inputGlob(), corpus.measurements());
  }

  /** The first cans of the corpus (in path order) holding at least {@code atLeast} measurements. */
  static CanSelection first(Corpus corpus, long atLeast) throws IOException {
    if (atLeast >= corpus.measurements()) {
      return all(corpus);
    }
    List<String> paths = new ArrayList<>();
    long n = 0;
    for (Path can : corpus.cans()) {
      if (n >= atLeast) {
        break;
      }
      paths.add(can.toAbsolutePath().toString());
      n += Corpus.countEntries(can);
    }
    return new CanSelection(String.join(",", paths), n);
  }
}
