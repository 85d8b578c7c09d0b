package org.cyberwatch.ingest.batch;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cyberwatch.ingest.spool.Frame;
import org.cyberwatch.ingest.spool.Journal;
import org.cyberwatch.ingest.spool.SegmentInfo;
import org.cyberwatch.ingest.spool.SegmentReader;
import org.cyberwatch.ingest.spool.SpoolRecord;

/**
 * The first pass of a seal: which frames of the consumed segments belong to which bucket, in
 * journal order. Only positions are kept in memory; the second pass reads each bucket's records
 * at their positions through the readers held here, so one bucket's cans are written at a time.
 */
final class SealPlan implements Closeable {

  private final List<Long> segments;
  private final SortedMap<String, List<FramePos>> buckets;
  private final Map<Long, SegmentReader> readers;
  private final long records;

  private SealPlan(List<Long> segments, SortedMap<String, List<FramePos>> buckets,
      Map<Long, SegmentReader> readers, long records) {
    this.segments = segments;
    this.buckets = buckets;
    this.readers = readers;
    this.records = records;
  }

  /** Scans the closed segments {@code infos} of {@code journal}. */
  static SealPlan scan(Journal journal, List<SegmentInfo> infos) throws IOException {
    SortedMap<String, List<FramePos>> buckets = new TreeMap<>();
    Map<Long, SegmentReader> readers = new LinkedHashMap<>();
    long records = 0;
    try {
      for (SegmentInfo info : infos) {
        SegmentReader reader = journal.reader(info.seq());
        readers.put(info.seq(), reader);
        Optional<Frame> f;
        while ((f = reader.next()).isPresent()) {
          buckets.computeIfAbsent(f.get().record().bucket(), b -> new ArrayList<>())
              .add(new FramePos(info.seq(), f.get().position()));
          records++;
        }
      }
    } catch (IOException | RuntimeException e) {
      closeAll(readers);
      throw e;
    }
    return new SealPlan(infos.stream().map(SegmentInfo::seq).toList(), buckets, readers, records);
  }

  /** The consumed segment numbers, ascending. */
  List<Long> segments() {
    return segments;
  }

  /** Frame positions by bucket, buckets in name order. */
  SortedMap<String, List<FramePos>> buckets() {
    return buckets;
  }

  /** Records in the consumed segments. */
  long records() {
    return records;
  }

  /** The record at {@code pos}. */
  SpoolRecord read(FramePos pos) throws IOException {
    return readers.get(pos.seq()).readAt(pos.position())
        .orElseThrow(() -> new IOException("no frame at " + pos))
        .record();
  }

  @Override
  public void close() throws IOException {
    closeAll(readers);
  }

  private static void closeAll(Map<Long, SegmentReader> readers) throws IOException {
    for (SegmentReader r : readers.values()) {
      r.close();
    }
  }
}
