package org.cyberwatch.probe.submit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable outbox: one file per finished measurement, written before any submit attempt and
 * removed only after a collector returned its uid. A file is written as {@code .tmp}, fsync'd,
 * renamed and the directory fsync'd, so after a crash a measurement is either complete or absent.
 * No index: on restart the directory is scanned (stale {@code .tmp} files are removed); the file
 * name tells the entry's {@link OutboxKind}. Bounded
 * by a disk budget; entries a collector refused for good are moved to {@code rejected/}, still
 * counted, never deleted.
 */
public final class Outbox {
  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final String SUFFIX = ".json";

  private final Path pending;
  private final Path rejected;
  private final long maxBytes;
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private long bytes;
  private int depth;

  private Outbox(Path dir, long maxBytes, Clock clock) {
    this.pending = dir.resolve("pending");
    this.rejected = dir.resolve("rejected");
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  /** Opens (creating) the outbox in {@code dir} and scans what a previous run left. */
  public static Outbox open(Path dir, long maxBytes, Clock clock) throws IOException {
    Outbox o = new Outbox(dir, maxBytes, clock);
    Files.createDirectories(o.pending);
    Files.createDirectories(o.rejected);
    o.scan();
    return o;
  }

  private synchronized void scan() throws IOException {
    bytes = 0;
    depth = 0;
    for (Path dir : List.of(pending, rejected)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        for (Path f : ds) {
          if (f.getFileName().toString().endsWith(".tmp")) {
            Files.delete(f);
          } else {
            bytes += Files.size(f);
            depth += dir.equals(pending) ? 1 : 0;
          }
        }
      }
    }
    LOG.info("event=outbox_open dir={} pending={} bytes={} max_bytes={}", pending.getParent(),
        depth, bytes, maxBytes);
  }

  /**
   * Stores a finished measurement envelope durably.
   *
   * @throws OutboxFullException when it does not fit the disk budget
   */
  public OutboxEntry put(byte[] measurementJson, String testName)
      throws IOException, OutboxFullException {
    return put(measurementJson, testName, OutboxKind.MEASUREMENT);
  }

  /**
   * Stores a finished measurement of {@code kind} durably.
   *
   * @throws OutboxFullException when it does not fit the disk budget
   */
  public OutboxEntry put(byte[] measurementJson, String testName, OutboxKind kind)
      throws IOException, OutboxFullException {
    synchronized (this) {
      if (bytes + measurementJson.length > maxBytes) {
        throw new OutboxFullException(bytes, maxBytes, measurementJson.length);
      }
      bytes += measurementJson.length;
    }
    String id = STAMP.format(clock.instant()) + "-" + String.format("%06d",
        sequence.incrementAndGet() % 1_000_000) + "-" + testName;
    Path tmp = pending.resolve(id + kind.suffix() + ".tmp");
    Path file = pending.resolve(id + kind.suffix());
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(measurementJson);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      fsyncDir(pending);
    } catch (IOException e) {
      synchronized (this) {
        bytes -= measurementJson.length;
      }
      Files.deleteIfExists(tmp);
      throw e;
    }
    synchronized (this) {
      depth++;
      notifyAll();
    }
    return new OutboxEntry(id, file, measurementJson.length, kind);
  }

  /** Pending entries, oldest first, at most {@code max}. */
  public List<OutboxEntry> list(int max) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(pending, "*" + SUFFIX)) {
      ds.forEach(files::add);
    }
    files.sort(null);
    List<OutboxEntry> out = new ArrayList<>();
    for (Path f : files.subList(0, Math.min(max, files.size()))) {
      String name = f.getFileName().toString();
      OutboxKind kind = OutboxKind.ofFileName(name);
      out.add(new OutboxEntry(name.substring(0, name.length() - kind.suffix().length()), f,
          Files.size(f), kind));
    }
    return out;
  }

  /** The stored measurement. */
  public byte[] read(OutboxEntry entry) throws IOException {
    return Files.readAllBytes(entry.file());
  }

  /** Removes an entry a collector acknowledged with a uid. */
  public void remove(OutboxEntry entry) throws IOException {
    Files.delete(entry.file());
    fsyncDir(pending);
    synchronized (this) {
      bytes -= entry.bytes();
      depth--;
    }
  }

  /** Moves an entry every collector refused for good to {@code rejected/} (kept, not sent). */
  public void reject(OutboxEntry entry) throws IOException {
    Files.move(entry.file(), rejected.resolve(entry.file().getFileName()),
        StandardCopyOption.ATOMIC_MOVE);
    synchronized (this) {
      depth--;
    }
  }

  /** Waits up to {@code millis} for a new entry (returns early when one arrives). */
  public synchronized void awaitPut(long millis) throws InterruptedException {
    wait(Math.max(1, millis));
  }

  /** Pending entries. */
  public synchronized int depth() {
    return depth;
  }

  /** Bytes used, pending and rejected. */
  public synchronized long bytes() {
    return bytes;
  }

  private static void fsyncDir(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }
}
