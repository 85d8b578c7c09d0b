package org.cyberwatch.schemas.can;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.cyberwatch.schemas.measurement.MeasurementParseException;

/**
 * Reads a can one entry at a time. Memory is bounded by one entry plus fixed buffers, whatever the
 * can's size: nothing is read ahead of the entry being returned.
 *
 * <p>Damage is reported at two levels. A bad line or member (malformed JSON, failed envelope check,
 * not a POST, over {@link #DEFAULT_MAX_ENTRY_BYTES}) yields a {@link CanEntry} with a {@link
 * CanEntry.Problem} and reading goes on. A truncated or corrupt compressed stream or tar ends the
 * read: {@link #hasNext()} throws {@link CanFormatException} after every entry before the damage
 * has been returned.
 *
 * <p>The format comes from the file name ({@link CanFormat#fromFileName}) or, failing that, from
 * magic bytes. Close the reader (or the stream from {@link #stream()}) when done.
 */
public final class CanReader implements Iterator<CanEntry>, Closeable {

  /** Whether entries are parsed into {@link Measurement}s. */
  public enum Mode {
    /** Parse every entry; parse failures become problem entries. */
    PARSE,
    /** Hand out bytes only (parsing happens later, e.g. in a pipeline stage). */
    RAW
  }

  /** Largest line or member accepted (64 MiB); longer ones become problem entries. */
  public static final int DEFAULT_MAX_ENTRY_BYTES = 64 * 1024 * 1024;

  private final String name;
  private final CanFormat format;
  private final InputStream content;
  private final EntrySource source;
  private final Mode mode;
  private CanEntry pending;
  private boolean done;
  private long returned;

  private CanReader(String name, CanDecoding.Decoded decoded, Mode mode, int maxEntryBytes) {
    this.name = name;
    this.format = decoded.format();
    this.content = decoded.content();
    this.mode = mode;
    this.source =
        format == CanFormat.POSTCAN_TAR_GZ
            ? new PostcanSource(content, maxEntryBytes)
            : new JsonlSource(content, maxEntryBytes);
  }

  /** Opens a can file, parsing entries. */
  public static CanReader open(Path path) throws IOException {
    return open(path, Mode.PARSE);
  }

  /** Opens a can file. */
  public static CanReader open(Path path, Mode mode) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return open(in, path.getFileName().toString(), mode);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads a can from {@code in} (closed with the reader).
   *
   * @param name the can's file name: gives the format when it ends in a can extension, and names
   *     the can in errors
   * @throws CanFormatException when the data is not a can of any format
   */
  public static CanReader open(InputStream in, String name, Mode mode) throws IOException {
    return open(in, name, mode, DEFAULT_MAX_ENTRY_BYTES);
  }

  /** As {@link #open(InputStream, String, Mode)} with a cap on entry size. */
  public static CanReader open(InputStream in, String name, Mode mode, int maxEntryBytes)
      throws IOException {
    Optional<CanFormat> byName = CanFormat.fromFileName(name);
    try {
      CanDecoding.Decoded decoded =
          byName.isPresent() ? CanDecoding.open(in, byName.get()) : CanDecoding.sniff(in);
      return new CanReader(name, decoded, mode, maxEntryBytes);
    } catch (IOException e) {
      throw new CanFormatException(name, 0, "cannot open: " + e.getMessage(), e);
    }
  }

  /** The can's format. */
  public CanFormat format() {
    return format;
  }

  /** Entries returned so far. */
  public long entriesRead() {
    return returned;
  }

  /**
   * Reads the next entry if there is one.
   *
   * @throws CanFormatException when the stream is truncated or corrupt
   */
  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    if (done) {
      return false;
    }
    RawEntry raw;
    try {
      raw = source.next();
    } catch (IOException e) {
      done = true;
      throw new CanFormatException(
          name, returned, "truncated or corrupt " + format.id() + " stream: " + e.getMessage(), e);
    }
    if (raw == null) {
      done = true;
      return false;
    }
    pending = toEntry(raw);
    return true;
  }

  @Override
  public CanEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException(name + ": no more entries");
    }
    CanEntry e = pending;
    pending = null;
    returned++;
    return e;
  }

  /** The remaining entries as a sequential stream that closes this reader when closed. */
  public Stream<CanEntry> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::closeUnchecked);
  }

  @Override
  public void close() throws IOException {
    done = true;
    content.close();
  }

  private CanEntry toEntry(RawEntry raw) {
    if (raw.problem() != null || mode == Mode.RAW) {
      return new CanEntry(
          raw.number(), raw.memberName(), raw.uidFromName(), raw.json(), null, raw.problem());
    }
    try {
      Measurement m = MeasurementCodec.parse(raw.json());
      String uid = raw.uidFromName() != null ? raw.uidFromName() : m.measurementUid();
      return new CanEntry(raw.number(), raw.memberName(), uid, raw.json(), m, null);
    } catch (MeasurementParseException e) {
      String reason =
          MeasurementParseException.DOCUMENT.equals(e.field())
              ? "parse/invalid_json"
              : "parse/invalid_" + e.field();
      return new CanEntry(
          raw.number(),
          raw.memberName(),
          raw.uidFromName(),
          raw.json(),
          null,
          new CanEntry.Problem(reason, e.getMessage()));
    }
  }

  private void closeUnchecked() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
