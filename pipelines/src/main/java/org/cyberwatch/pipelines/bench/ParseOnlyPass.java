package org.cyberwatch.pipelines.bench;

import java.io.IOException;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * Figure (b), the limit: one thread reads the cans (gzip, line splitting) and parses every line
 * with {@link MeasurementCodec#parse} (Jackson's streaming parser into the immutable tree, plus the
 * envelope check), and nothing else.
 */
final class ParseOnlyPass {
  private long sink;

  /** Parses the first {@code limit} measurements of {@code corpus}. */
  PassResult run(Corpus corpus, long limit) throws IOException {
    long[] bytes = new long[1];
    ResourceMeter meter = ResourceMeter.start();
    long n = corpus.forEachEntry(limit, (can, e) -> {
      Measurement m = MeasurementCodec.parse(e.json());
      sink += m.json().size();
      bytes[0] += e.json().length;
    });
    return meter.stop(n, bytes[0]);
  }

  /** Keeps the parse results observable, so the JIT cannot drop the work. */
  long sink() {
    return sink;
  }
}
