package org.cyberwatch.ingest.spool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where every spooled measurement is in the journal: uid → {@link FramePos}, and per segment the
 * frame positions of each bucket ({@code YYYYMMDDHH_CC_testname}, the spool group a can is cut
 * from). It replaces the per-measurement {@code .post} files: the journal is the only copy on
 * disk, and this index is rebuilt from it at start-up ({@link JournalRecovery}).
 *
 * <p>Compact: primitive arrays per segment ({@link SegmentIndex}), no object per record. A uid is
 * kept as a 64-bit hash only, so {@link #candidates} may name a frame of another uid (rarely); the
 * reader compares the uid in the frame. A segment's entries go when the segment is deleted
 * ({@link #drop}). Thread-safe.
 */
public final class SpoolIndex {

  private final TreeMap<Long, SegmentIndex> segments = new TreeMap<>();
  private long records;

  /** Adds the record {@code uid} of {@code bucket} at {@code position} of segment {@code seq}. */
  public synchronized void add(long seq, String uid, String bucket, long position) {
    segments.computeIfAbsent(seq, s -> new SegmentIndex()).add(uid, bucket, position);
    records++;
  }

  /**
   * The positions that may hold {@code uid}, oldest first: every indexed frame whose uid has the
   * same 64-bit hash. Usually one or none.
   */
  public List<FramePos> candidates(String uid) {
    long key = SegmentIndex.key(uid);
    List<FramePos> found = new ArrayList<>(1);
    synchronized (this) {
      for (Map.Entry<Long, SegmentIndex> e : segments.entrySet()) {
        for (long position : e.getValue().candidates(key)) {
          found.add(new FramePos(e.getKey(), position));
        }
      }
    }
    return found;
  }

  /**
   * The frame positions of segment {@code seq} by bucket, buckets in name order and positions in
   * journal order; empty when the segment is not indexed.
   */
  public synchronized SortedMap<String, long[]> positionsByBucket(long seq) {
    SegmentIndex s = segments.get(seq);
    return s == null ? Collections.emptySortedMap() : s.positionsByBucket();
  }

  /** Records indexed in segment {@code seq}. */
  public synchronized int records(long seq) {
    SegmentIndex s = segments.get(seq);
    return s == null ? 0 : s.size();
  }

  /** Records indexed in all segments. */
  public synchronized long records() {
    return records;
  }

  /** Forgets segment {@code seq} (it was deleted, its records sealed). */
  public synchronized void drop(long seq) {
    SegmentIndex s = segments.remove(seq);
    if (s != null) {
      records -= s.size();
    }
  }

  /** The indexed segment numbers, ascending. */
  public synchronized List<Long> segments() {
    return List.copyOf(segments.keySet());
  }

  /** Positions by bucket over several segments, for a seal: bucket → positions in journal order. */
  public SortedMap<String, List<FramePos>> positionsByBucket(List<Long> seqs) {
    SortedMap<String, List<FramePos>> out = new TreeMap<>();
    for (long seq : seqs) {
      for (Map.Entry<String, long[]> e : positionsByBucket(seq).entrySet()) {
        List<FramePos> list = out.computeIfAbsent(e.getKey(), b -> new ArrayList<>());
        for (long position : e.getValue()) {
          list.add(new FramePos(seq, position));
        }
      }
    }
    return out;
  }
}
