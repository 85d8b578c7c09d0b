package org.cyberwatch.ingest.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.cyberwatch.ingest.spool.PostBody;
import org.cyberwatch.ingest.spool.SpoolFixtures;
import org.cyberwatch.ingest.spool.SpoolFullException;
import org.cyberwatch.ingest.spool.SpoolQueue;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.ingest.spool.SpoolSettings;
import org.cyberwatch.schemas.can.CanFormat;
import org.cyberwatch.schemas.can.CanIndex;
import org.cyberwatch.schemas.can.CanIndexEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanSealerTest {

  private static final Instant T0 = Instant.parse("2025-05-27T23:31:11.802678Z");

  @TempDir Path dir;
  private final IngestMetrics metrics = new IngestMetrics();

  private SpoolQueue openSpool() throws IOException {
    return SpoolQueue.open(SpoolSettings.defaults(dir).withDiskFloorBytes(0), metrics);
  }

  static void append(SpoolQueue spool, List<SpoolRecord> records) {
    records.stream().map(r -> {
      try {
        return spool.append(r);
      } catch (SpoolFullException e) {
        throw new AssertionError(e);
      }
    }).toList().forEach(f -> f.join());
  }

  /**
   * What a can holds for each record: the measurement as posted; in JSONL with its uid and line
   * breaks (JSON whitespace) turned into spaces.
   */
  private static List<SealedSets.Entry> expected(List<SpoolRecord> records, boolean jsonl) {
    return records.stream()
        .map(r -> SealedSets.Entry.of(r.uid(), jsonl
            ? new String(PostBody.contentWithUid(r.post(), r.uid()), StandardCharsets.UTF_8)
                .replace('\n', ' ').replace('\r', ' ').getBytes(StandardCharsets.UTF_8)
            : PostBody.content(r.post())))
        .sorted(Comparator.comparing(SealedSets.Entry::uid))
        .toList();
  }

  private static List<SealedSets.Entry> sorted(List<SealedSets.Entry> entries) {
    return entries.stream().sorted(Comparator.comparing(SealedSets.Entry::uid)).toList();
  }

  @Test
  void postcansHoldThePostedMeasurementsAsSent() throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(24, T0);
    try (SpoolQueue spool = openSpool()) {
      append(spool, records);
      CanSealer sealer = CanSealer.open(spool, SealSettings.of("1"), metrics);
      sealer.sealNow();

      assertEquals(expected(records, false),
          sorted(SealedSets.entries(sealer.outbox(), CanFormat.POSTCAN_TAR_GZ)));
    }
  }

  @Test
  void jsonlCansHoldTheMeasurementsWithTheirUid() throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(24, T0);
    try (SpoolQueue spool = openSpool()) {
      append(spool, records);
      CanSealer sealer = CanSealer.open(spool, SealSettings.of("1"), metrics);
      sealer.sealNow();

      assertEquals(expected(records, true),
          sorted(SealedSets.entries(sealer.outbox(), CanFormat.JSONL_GZ)));
    }
  }

  @Test
  void cansFollowTheOoniLayoutAndTheirIndexesMatchThem() throws IOException {
    SpoolRecord r = SpoolFixtures.record(SpoolFixtures.FILES.get(0), T0);
    try (SpoolQueue spool = openSpool()) {
      append(spool, List.of(r));
      CanSealer sealer = CanSealer.open(spool, SealSettings.of("7"), metrics);
      SealManifest m = sealer.sealNow().orElseThrow();

      String base = "raw/20250527/23/ID/webconnectivity/2025052723_ID_webconnectivity.n7.0.";
      assertEquals(List.of(base + "tar.gz", base + "tar.gz.index.json.gz", base + "jsonl.gz",
          base + "jsonl.gz.index.json.gz"), m.files().stream().map(SealedFile::key).toList());
      Outbox.SealDir sd = sealer.outbox().sealDir(m.sealSeq());
      CanIndex index = CanIndex.read(sd.file(m.files().get(3).key()));
      assertEquals(List.of(r.uid()), index.entries().stream().map(CanIndexEntry::measurementUid).toList());
      assertEquals(m.files().get(2).sha256(), index.canSha256());
      assertEquals(Files.size(sd.file(m.files().get(2).key())), index.canBytes());
    }
  }

  @Test
  void sealingConsumesSegmentsAndTheirIndexEntries() throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(10, T0);
    try (SpoolQueue spool = openSpool()) {
      append(spool, records);
      CanSealer sealer = CanSealer.open(spool, SealSettings.of("1"), metrics);
      SealManifest m = sealer.sealNow().orElseThrow();

      assertEquals(10, m.measurements());
      assertEquals(0, spool.depth());
      assertEquals(List.of(), spool.journal().closedSegments());
      assertEquals(List.of(), spool.journal().index().segments());
      assertEquals(Optional.empty(), spool.read(records.get(0).uid()));
      assertEquals(Outbox.State.CONSUMED, sealer.outbox().sealDir(m.sealSeq()).state());
      assertEquals(16.0, metrics.cansWritten.get());
    }
  }

  @Test
  void cansAreCutAtTheSizeLimitWithBothFormatsCutTogether() throws IOException {
    List<SpoolRecord> records = SpoolFixtures.records(16, T0);
    try (SpoolQueue spool = openSpool()) {
      append(spool, records);
      CanSealer sealer = CanSealer.open(spool, new SealSettings("1", 1), metrics);
      SealManifest m = sealer.sealNow().orElseThrow();

      Outbox.SealDir sd = sealer.outbox().sealDir(m.sealSeq());
      List<List<String>> postcans = new ArrayList<>();
      List<List<String>> jsonls = new ArrayList<>();
      for (SealedFile f : m.files()) {
        if (!f.indexSidecar()) {
          List<String> uids = SealedSets.read(sd.file(f.key())).stream().map(SealedSets.Entry::uid).toList();
          (f.key().endsWith(".tar.gz") ? postcans : jsonls).add(uids);
        }
      }
      assertEquals(16, postcans.size());
      assertEquals(postcans, jsonls);
    }
  }

  @Test
  void sealClosedHoursLeavesTheCurrentHourSpooled() throws IOException {
    List<SpoolRecord> hour23 = SpoolFixtures.records(5, Instant.parse("2025-05-27T23:59:00Z"));
    List<SpoolRecord> hour00 = SpoolFixtures.records(3, Instant.parse("2025-05-28T00:00:01Z"));
    try (SpoolQueue spool = openSpool()) {
      append(spool, hour23);
      append(spool, hour00);
      CanSealer sealer = CanSealer.open(spool, SealSettings.of("1"), metrics);

      SealManifest first = sealer.sealClosedHours(Instant.parse("2025-05-28T00:30:00Z")).orElseThrow();
      assertEquals(5, first.measurements());
      assertEquals(3, spool.depth());
      SealManifest second = sealer.sealClosedHours(Instant.parse("2025-05-28T01:00:00Z")).orElseThrow();
      assertEquals(3, second.measurements());
      assertEquals(0, spool.depth());
    }
  }

  @Test
  void nothingToSealGivesNoSet() throws IOException {
    try (SpoolQueue spool = openSpool()) {
      CanSealer sealer = CanSealer.open(spool, SealSettings.of("1"), metrics);

      assertTrue(sealer.sealNow().isEmpty());
      assertEquals(List.of(), sealer.outbox().list());
    }
  }

  @Test
  void canNumbersNeverRepeatAcrossRestartsEvenWhenLocalFilesAreGone() throws IOException {
    List<String> names = new ArrayList<>();
    for (int run = 0; run < 3; run++) {
      try (SpoolQueue spool = openSpool()) {
        append(spool, SpoolFixtures.records(4, T0.plusSeconds(run)));
        CanSealer sealer = CanSealer.open(spool, SealSettings.of("1"), metrics);
        sealer.sealNow();
        SealedSets.fileNames(dir.resolve("outbox")).stream()
            .filter(n -> n.endsWith(".gz")).forEach(names::add);
        Outbox.deleteTree(dir.resolve("outbox"));
      }
    }
    assertEquals(names.size(), names.stream().distinct().count(), names.toString());
    assertFalse(names.isEmpty());
  }
}
