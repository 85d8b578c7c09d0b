package org.cyberwatch.ingest.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cyberwatch.ingest.spool.DurableFiles;

/**
 * Sealed can sets waiting for upload, one directory each: {@code outbox/seal-<seq 10 digits>/}
 * holding the can files at their archive keys ({@code raw/YYYYMMDD/HH/CC/testname/…}), then the
 * {@value #MANIFEST} manifest (the commit point), then the {@value #CONSUMED} marker once the
 * set's journal segments are deleted. Only consumed sets are uploaded.
 */
public final class Outbox {

  /** The manifest file name. */
  public static final String MANIFEST = "SEALED";
  /** The marker written once the consumed segments are deleted. */
  public static final String CONSUMED = "CONSUMED";

  private static final String PREFIX = "seal-";

  /** Where a seal directory stands. */
  public enum State {
    /** No manifest: a seal that did not complete; its files are garbage. */
    PARTIAL,
    /** Manifest written, segments not (all) deleted yet. */
    SEALED,
    /** Ready for upload. */
    CONSUMED
  }

  /**
   * One seal directory.
   *
   * @param seq its seal number
   * @param dir its path
   */
  public record SealDir(long seq, Path dir) {

    /** The manifest path. */
    public Path manifest() {
      return dir.resolve(MANIFEST);
    }

    /** Where the directory stands, from the files present. */
    public State state() {
      if (!Files.exists(manifest())) {
        return State.PARTIAL;
      }
      return Files.exists(dir.resolve(CONSUMED)) ? State.CONSUMED : State.SEALED;
    }

    /** The local file of an archive key in this set. */
    public Path file(String key) {
      return dir.resolve(key);
    }
  }

  private final Path root;

  /** The outbox in {@code root} (created when missing). */
  public Outbox(Path root) throws IOException {
    this.root = DurableFiles.createDirectories(root);
  }

  /** The directory of seal {@code seq} (not created). */
  public SealDir sealDir(long seq) {
    return new SealDir(seq, root.resolve(String.format("%s%010d", PREFIX, seq)));
  }

  /** Every seal directory, oldest first. */
  public List<SealDir> list() throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches(PREFIX + "\\d{10}"))
          .map(n -> sealDir(Long.parseLong(n.substring(PREFIX.length()))))
          .sorted(Comparator.comparingLong(SealDir::seq))
          .toList();
    }
  }

  /** Marks a sealed directory as consumed (durably). */
  static void markConsumed(SealDir dir) throws IOException {
    Files.write(dir.dir().resolve(CONSUMED), new byte[0]);
    DurableFiles.fsyncDirectory(dir.dir());
  }

  /** Deletes a directory tree (a partial seal, or an uploaded one). */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    DurableFiles.fsyncDirectory(dir.toAbsolutePath().getParent());
  }
}
