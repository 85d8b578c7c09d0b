package org.cyberwatch.ingest.relay;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cyberwatch.ingest.spool.PostBody;
import org.cyberwatch.ingest.upload.Backoff;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays what waits in the {@link RelayOutbox} (spool POST bodies) to the {@link Upstream},
 * oldest first. A failure ends the pass; the failed measurement is skipped by later passes until
 * its backoff (doubling up to the backoff's maximum) has passed, and retried for ever (the outbox
 * keeps it across restarts). Run {@link #runOnce} from a scheduler; runs are serialized.
 */
public final class RelayWorker {

  private static final Logger LOG = LoggerFactory.getLogger(RelayWorker.class);

  private record Retry(int failures, Instant notBefore) {}

  private final RelayOutbox outbox;
  private final Upstream upstream;
  private final Backoff backoff;
  private final Clock clock;
  private final Map<String, Retry> retries = new HashMap<>();

  /** A worker from {@code outbox} to {@code upstream}. */
  public RelayWorker(RelayOutbox outbox, Upstream upstream, Backoff backoff, Clock clock) {
    this.outbox = outbox;
    this.upstream = upstream;
    this.backoff = backoff;
    this.clock = clock;
  }

  /**
   * One pass over the outbox: relays every measurement that is due.
   *
   * @return the number relayed in this pass
   */
  public synchronized int runOnce() throws IOException, InterruptedException {
    int relayed = 0;
    for (String uid : outbox.pending()) {
      Retry retry = retries.get(uid);
      if (retry != null && clock.instant().isBefore(retry.notBefore())) {
        continue;
      }
      Optional<byte[]> bytes = outbox.read(uid);
      if (bytes.isEmpty()) {
        continue;
      }
      if (!relay(uid, bytes.get(), retry)) {
        break; // the upstream is probably down: try the rest next run
      }
      relayed++;
    }
    return relayed;
  }

  private boolean relay(String uid, byte[] bytes, Retry retry) throws IOException, InterruptedException {
    Measurement m = MeasurementCodec.parse(PostBody.content(bytes));
    try {
      Upstream.Receipt receipt = upstream.submit(m);
      outbox.markRelayed(new RelayRecord(uid, receipt.reportId(), receipt.measurementUid(), clock.instant()));
      retries.remove(uid);
      LOG.debug("Relayed {} as {}", uid, receipt.measurementUid());
      return true;
    } catch (RelayException e) {
      int failures = retry == null ? 1 : retry.failures() + 1;
      var wait = backoff.delayAfter(failures);
      retries.put(uid, new Retry(failures, clock.instant().plus(wait)));
      LOG.warn("Relay of {} failed ({} times), retrying in {}: {}", uid, failures, wait, e.getMessage());
      return false;
    }
  }
}
