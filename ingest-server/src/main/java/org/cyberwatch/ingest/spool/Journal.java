package org.cyberwatch.ingest.spool;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The write-ahead journal: the durable copy of every acknowledged measurement.
 *
 * <p>Segments are files {@code journal/<seq 10 digits>.wal} of {@link JournalFrame frames}.
 * Exactly one segment is open; {@link #append} writes a group of records to it with one
 * gathering write and <em>one</em> force. {@link #roll()} closes the open segment and opens the
 * next; closed segments never change again and are what the can sealer consumes, reads ({@link
 * #reader}) and finally {@link #delete}s. Segment numbers come from a {@link PersistentCounter},
 * so they never repeat, even once every segment has been sealed and deleted.
 *
 * <p>Every record made durable is entered in the {@link SpoolIndex} (uid → frame position,
 * positions by bucket), rebuilt from the segments at open; {@link #read} serves a spooled
 * measurement from its frame, CRC checked.
 *
 * <p>A failed write or force is undone (the segment is cut back to where the group started) and
 * reported; if even that fails, the journal refuses every further append until restart, because
 * frames after a torn one would be lost at recovery. Thread-safe.
 */
public final class Journal implements Closeable {

  private final Path dir;
  private final PersistentCounter seqs;
  private final Forcer forcer;
  private final TreeMap<Long, SegmentInfo> closed = new TreeMap<>();
  private final SpoolIndex index = new SpoolIndex();
  private OpenSegment open;
  private IOException failed;

  private Journal(Path dir, PersistentCounter seqs, Forcer forcer) {
    this.dir = dir;
    this.seqs = seqs;
    this.forcer = forcer;
  }

  /**
   * Opens the journal in {@code dir}: recovers the existing segments (see {@link
   * JournalRecovery}), indexing each valid record and handing it to {@code recovered}; all of
   * them are closed, and a new segment is opened.
   */
  static Journal open(Path dir, PersistentCounter seqs, Forcer forcer,
      Consumer<SpoolRecord> recovered) throws IOException {
    DurableFiles.createDirectories(dir);
    Journal j = new Journal(dir, seqs, forcer);
    JournalRecovery.FrameSink sink = (seq, f) -> {
      j.index.add(seq, f.record().uid(), f.record().bucket(), f.position());
      recovered.accept(f.record());
    };
    for (SegmentInfo info : JournalRecovery.recover(dir, sink)) {
      j.closed.put(info.seq(), info);
    }
    j.open = j.newSegment();
    return j;
  }

  /** The file of segment {@code seq} in {@code dir}. */
  static Path segmentPath(Path dir, long seq) {
    return dir.resolve(String.format("%010d.wal", seq));
  }

  /** Writes {@code records} to the open segment and forces them to disk once. */
  synchronized void append(List<SpoolRecord> records) throws IOException {
    if (records.isEmpty()) {
      return;
    }
    if (failed != null) {
      throw new IOException("journal failed earlier and refuses appends until restart", failed);
    }
    long start = open.channel.position();
    try {
      List<ByteBuffer> buffers = new ArrayList<>(records.size() * 2);
      records.forEach(r -> buffers.addAll(List.of(JournalFrame.encode(r))));
      ByteBuffer[] all = buffers.toArray(ByteBuffer[]::new);
      while (all[all.length - 1].hasRemaining()) {
        open.channel.write(all);
      }
      forcer.force(open.channel);
    } catch (IOException e) {
      undo(start, e);
      throw e;
    }
    long position = start;
    long seq = open.info().seq();
    for (SpoolRecord r : records) {
      long size = JournalFrame.size(r);
      open.appended(r, size);
      index.add(seq, r.uid(), r.bucket(), position);
      position += size;
    }
  }

  /**
   * The record {@code uid} while it is spooled (durable, not sealed yet), read from its journal
   * frame (see {@link FrameLookup}); empty when there is none.
   *
   * @throws TornFrameException when the frame fails its checks (CRC): damaged acknowledged data
   */
  public Optional<SpoolRecord> read(String uid) throws IOException {
    return new FrameLookup(dir, index).read(uid);
  }

  /** Where the spooled records are: uid → position, positions by bucket. */
  public SpoolIndex index() {
    return index;
  }

  /**
   * Closes the open segment and opens the next one.
   *
   * @return the closed segment's seq; empty (and nothing changes) when the open segment is empty
   */
  public synchronized OptionalLong roll() throws IOException {
    SegmentInfo info = open.info();
    if (info.records() == 0) {
      return OptionalLong.empty();
    }
    OpenSegment next = newSegment();
    open.channel.close();
    closed.put(info.seq(), info);
    open = next;
    return OptionalLong.of(info.seq());
  }

  /** The closed segments, oldest first. */
  public synchronized List<SegmentInfo> closedSegments() {
    return List.copyOf(closed.values());
  }

  /** The open segment as it is now. */
  public synchronized SegmentInfo openSegment() {
    return open.info();
  }

  /** Records in all segments, open and closed: acknowledged and not sealed yet. */
  public long records() {
    return index.records();
  }

  /** A reader of closed segment {@code seq}. */
  public SegmentReader reader(long seq) throws IOException {
    synchronized (this) {
      if (!closed.containsKey(seq)) {
        throw new IllegalArgumentException("seq: " + seq + " is not a closed segment");
      }
    }
    return SegmentReader.open(segmentPath(dir, seq));
  }

  /** True when {@code seq} is a closed segment (not yet deleted). */
  public synchronized boolean isClosed(long seq) {
    return closed.containsKey(seq);
  }

  /**
   * Deletes closed segment {@code seq} durably (once its records are sealed).
   *
   * @return false when there is no such closed segment (already deleted)
   */
  public synchronized boolean delete(long seq) throws IOException {
    if (!closed.containsKey(seq)) {
      return false;
    }
    Files.deleteIfExists(segmentPath(dir, seq));
    DurableFiles.fsyncDirectory(dir);
    closed.remove(seq);
    index.drop(seq);
    return true;
  }

  @Override
  public synchronized void close() throws IOException {
    open.channel.close();
  }

  private OpenSegment newSegment() throws IOException {
    long atLeast = closed.isEmpty() ? 0 : closed.lastKey() + 1;
    if (open != null) {
      atLeast = Math.max(atLeast, open.info().seq() + 1);
    }
    return OpenSegment.create(dir, seqs.next(atLeast));
  }

  private void undo(long start, IOException cause) {
    try {
      open.channel.truncate(start);
      open.channel.position(start);
      forcer.force(open.channel);
    } catch (IOException e) {
      e.addSuppressed(cause);
      failed = e;
    }
  }
}
