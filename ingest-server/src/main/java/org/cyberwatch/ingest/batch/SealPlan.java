package org.cyberwatch.ingest.batch;

import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.cyberwatch.ingest.spool.FramePos;
import org.cyberwatch.ingest.spool.Journal;
import org.cyberwatch.ingest.spool.SegmentInfo;
import org.cyberwatch.ingest.spool.SegmentReader;
import org.cyberwatch.ingest.spool.SpoolRecord;

/**
 * What a seal consumes: which frames of the chosen segments belong to which bucket, in journal
 * order, taken from the spool index (no pass over the segments). Only positions are kept in
 * memory; the records are read at their positions (CRC checked) through the readers held here,
 * so one bucket's cans are written at a time.
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

  /** Plans the seal of the closed segments {@code infos} of {@code journal}. */
  static SealPlan plan(Journal journal, List<SegmentInfo> infos) throws IOException {
    List<Long> seqs = infos.stream().map(SegmentInfo::seq).toList();
    Map<Long, SegmentReader> readers = new LinkedHashMap<>();
    long records = 0;
    try {
      for (SegmentInfo info : infos) {
        readers.put(info.seq(), journal.reader(info.seq()));
        int indexed = journal.index().records(info.seq());
        if (indexed != info.records()) {
          throw new IllegalStateException("segment " + info.seq() + " holds " + info.records()
              + " records, the spool index " + indexed);
        }
        records += indexed;
      }
    } catch (IOException | RuntimeException e) {
      closeAll(readers);
      throw e;
    }
    return new SealPlan(seqs, journal.index().positionsByBucket(seqs), readers, records);
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
