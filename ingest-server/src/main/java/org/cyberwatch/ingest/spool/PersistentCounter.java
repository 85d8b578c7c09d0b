package org.cyberwatch.ingest.spool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A counter that never goes back, even across crashes: each {@link #next()} durably stores the
 * following value before handing out the current one, so a number is never handed out twice. A
 * crash may skip numbers, never repeat them. The file holds the next value in decimal.
 */
public final class PersistentCounter {

  private final Path file;
  private long next;

  private PersistentCounter(Path file, long next) {
    this.file = file;
    this.next = next;
  }

  /**
   * Opens the counter stored in {@code file}; a missing file starts at {@code first}.
   *
   * @throws IOException when the file exists but does not hold a number
   */
  public static PersistentCounter open(Path file, long first) throws IOException {
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
      return new PersistentCounter(file, Long.parseLong(text));
    } catch (NoSuchFileException e) {
      DurableFiles.createDirectories(file.toAbsolutePath().getParent());
      return new PersistentCounter(file, first);
    } catch (NumberFormatException e) {
      throw new IOException("counter file " + file + " does not hold a number", e);
    }
  }

  /** Hands out the current value after durably storing its successor. */
  public synchronized long next() throws IOException {
    return next(Long.MIN_VALUE);
  }

  /**
   * As {@link #next()}, but hands out at least {@code atLeast} (skipping ahead when the stored
   * value is behind numbers found elsewhere, e.g. after the state file was lost).
   */
  public synchronized long next(long atLeast) throws IOException {
    long value = Math.max(next, atLeast);
    DurableFiles.writeAtomically(file, (value + 1 + "\n").getBytes(StandardCharsets.US_ASCII));
    next = value + 1;
    return value;
  }

  /** The value the next call to {@link #next()} returns. */
  public synchronized long peek() {
    return next;
  }
}
