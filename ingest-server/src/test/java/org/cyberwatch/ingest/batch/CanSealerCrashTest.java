package org.cyberwatch.ingest.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.spool.SpoolFixtures;
import org.cyberwatch.ingest.spool.SpoolQueue;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.ingest.spool.SpoolSettings;
import org.cyberwatch.schemas.can.CanFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A seal stopped after any of its steps — as by a crash — is recovered so that every spooled
 * measurement ends up in exactly one committed can set, in both formats: by a restart (reopen
 * spool and sealer) or by the next seal run in the same process.
 */
class CanSealerCrashTest {

  private static final Instant T0 = Instant.parse("2025-05-27T23:31:11.802678Z");
  private static final SealSettings SMALL_CANS = new SealSettings("1", 4_000);

  @TempDir Path dir;

  /** Thrown by the probe where the test stops the seal. */
  static final class SimulatedCrash extends RuntimeException {
    SimulatedCrash(SealStep step) {
      super("simulated crash after " + step);
    }
  }

  private static SealProbe crashAfter(SealStep step, int occurrence) {
    int[] seen = {0};
    return s -> {
      if (s == step && ++seen[0] == occurrence) {
        throw new SimulatedCrash(s);
      }
    };
  }

  private SpoolQueue openSpool() throws IOException {
    return SpoolQueue.open(SpoolSettings.defaults(dir).withDiskFloorBytes(0), new IngestMetrics());
  }

  @ParameterizedTest(name = "after {0} #{1}, restart={2}")
  @CsvSource({
    "CAN_PAIR_WRITTEN, 1, true",
    "CAN_PAIR_WRITTEN, 3, false",
    "CANS_WRITTEN,     1, true",
    "CANS_WRITTEN,     1, false",
    "MANIFEST_WRITTEN, 1, true",
    "MANIFEST_WRITTEN, 1, false",
    "SEGMENT_CONSUMED, 1, true",
    "SEGMENT_CONSUMED, 1, false",
    "CONSUMED_MARKED,  1, true",
    "CONSUMED_MARKED,  1, false",
  })
  void everyMeasurementEndsUpInExactlyOneSet(SealStep step, int occurrence, boolean restart)
      throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(30, T0);
    SpoolQueue spool = openSpool();
    CanSealerTest.append(spool, records.subList(0, 12));
    spool.roll();
    CanSealerTest.append(spool, records.subList(12, 30));
    CanSealer crashing = CanSealer.open(spool, SMALL_CANS, new IngestMetrics(), crashAfter(step, occurrence));
    assertThrows(SimulatedCrash.class, crashing::sealNow);

    CanSealer sealer;
    if (restart) {
      spool.close();
      spool = openSpool();
      sealer = CanSealer.open(spool, SMALL_CANS, new IngestMetrics());
    } else {
      sealer = crashing;
    }
    sealer.sealNow();

    List<String> uids = records.stream().map(SpoolRecord::uid).sorted().toList();
    assertEquals(List.of(uids, uids, List.of(), 0L, List.of()), List.of(
        SealedSets.sortedUids(SealedSets.entries(sealer.outbox(), CanFormat.POSTCAN_TAR_GZ)),
        SealedSets.sortedUids(SealedSets.entries(sealer.outbox(), CanFormat.JSONL_GZ)),
        notConsumed(sealer.outbox()),
        spool.depth(),
        spool.journal().index().segments()));
    spool.close();
  }

  @ParameterizedTest(name = "after {0}")
  @CsvSource({"CAN_PAIR_WRITTEN", "CANS_WRITTEN"})
  void canNumbersOfAnAbandonedSealAreNotReused(SealStep step) throws IOException {
    try (SpoolQueue spool = openSpool()) {
      CanSealerTest.append(spool, SpoolFixtures.records(20, T0));
      CanSealer crashing = CanSealer.open(spool, SMALL_CANS, new IngestMetrics(), crashAfter(step, 1));
      assertThrows(SimulatedCrash.class, crashing::sealNow);
      List<String> abandoned = cans(SealedSets.fileNames(dir.resolve("outbox")));

      CanSealer.open(spool, SMALL_CANS, new IngestMetrics()).sealNow();

      List<String> all = new ArrayList<>(abandoned);
      all.addAll(cans(SealedSets.fileNames(dir.resolve("outbox"))));
      assertEquals(all.size(), all.stream().distinct().count(), all.toString());
    }
  }

  private static List<String> cans(List<String> names) {
    return names.stream().filter(n -> n.endsWith(".tar.gz") || n.endsWith(".jsonl.gz")).toList();
  }

  private static List<Long> notConsumed(Outbox outbox) throws IOException {
    return outbox.list().stream()
        .filter(d -> d.state() != Outbox.State.CONSUMED)
        .map(Outbox.SealDir::seq)
        .toList();
  }
}
