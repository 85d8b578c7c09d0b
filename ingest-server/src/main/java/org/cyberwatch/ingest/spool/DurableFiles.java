package org.cyberwatch.ingest.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The durability primitives every stage of the collector uses: a file is durable once its bytes
 * are forced to disk <em>and</em> its directory entry is (the parent directory is forced after a
 * create or rename).
 */
public final class DurableFiles {

  private DurableFiles() {}

  /** Forces a file's content and metadata to disk. */
  public static void fsync(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  /** Forces a directory (its entries: creates, renames, deletes) to disk. */
  public static void fsyncDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }

  /**
   * Creates {@code dir} and missing parents, forcing each parent whose entries changed, so the new
   * directories survive a crash.
   */
  public static Path createDirectories(Path dir) throws IOException {
    Path abs = dir.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      return dir;
    }
    Path parent = abs.getParent();
    if (parent != null) {
      createDirectories(parent);
    }
    try {
      Files.createDirectory(abs);
    } catch (FileAlreadyExistsException raced) {
      if (!Files.isDirectory(abs)) {
        throw raced;
      }
    }
    if (parent != null) {
      fsyncDirectory(parent);
    }
    return dir;
  }

  /**
   * Replaces {@code target} with {@code bytes} atomically and durably: write {@code <name>.tmp},
   * force it, rename it over the target, force the directory.
   */
  public static void writeAtomically(Path target, byte[] bytes) throws IOException {
    writeAndRename(target, bytes);
    fsyncDirectory(target.toAbsolutePath().getParent());
  }

  /**
   * As {@link #writeAtomically} but without forcing the directory: the new name is durable once
   * the caller forces the directory (one force for many files).
   */
  public static void writeAndRename(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Renames {@code from} over {@code to} atomically and forces the target's directory. */
  public static void moveDurably(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    fsyncDirectory(to.toAbsolutePath().getParent());
  }
}
