package org.cyberwatch.ingest.spool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readable copies of spooled measurements, {@code incoming/<bucket>/<uid>.post}. They are
 * written after the journal made the record durable (by the {@link PostWriter}), with {@code .tmp}
 * + rename and <em>without</em> fsync: after a crash the journal recovery rewrites any that are
 * missing or damaged ({@link #materializeIfDifferent}). A committed record whose file is not
 * written yet is {@link #stage staged}: kept in memory and served from there.
 */
public final class PostFiles {

  private static final Logger LOG = LoggerFactory.getLogger(PostFiles.class);
  private static final String TMP = ".tmp";

  private final SpoolDirs dirs;
  private final ConcurrentHashMap<String, SpoolRecord> staged = new ConcurrentHashMap<>();

  /** The post files under {@code dirs.incoming()}. */
  public PostFiles(SpoolDirs dirs) {
    this.dirs = dirs;
  }

  /** Writes {@code r}'s post file ({@code .tmp}, then rename over any old one). */
  public void materialize(SpoolRecord r) throws IOException {
    Path target = dirs.incoming().resolve(r.bucket()).resolve(r.uid() + ".post");
    Path tmp = target.resolveSibling(target.getFileName() + TMP);
    for (int attempt = 1; ; attempt++) {
      try {
        Files.write(tmp, r.post());
        break;
      } catch (NoSuchFileException noDir) {
        if (attempt == 3) {
          throw noDir;
        }
        // new bucket, or the sealer just removed the empty directory
        Files.createDirectories(target.getParent());
      }
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Makes {@code r} readable before its file is written ({@link #writeStaged}). */
  void stage(SpoolRecord r) {
    staged.put(r.uid(), r);
  }

  /**
   * Writes the file of staged record {@code uid}, then unstages it; nothing when it is no longer
   * staged (sealed and deleted meanwhile). A record whose file cannot be written stays staged
   * (readable) until it is deleted.
   */
  void writeStaged(String uid) {
    staged.computeIfPresent(uid, (k, r) -> {
      try {
        materialize(r);
        return null;
      } catch (IOException | RuntimeException e) {
        LOG.warn("Cannot write the post file of {} (it is durable in the journal)", uid, e);
        return r;
      }
    });
  }

  /** Records staged and not written yet. */
  int stagedCount() {
    return staged.size();
  }

  /** Writes the post file unless it already holds exactly {@code r.post()}. */
  public void materializeIfDifferent(SpoolRecord r) throws IOException {
    Optional<byte[]> existing = read(r.uid());
    if (existing.isEmpty() || !Arrays.equals(existing.get(), r.post())) {
      materialize(r);
    }
  }

  /**
   * The POST body of {@code uid}, if it is in the spool.
   *
   * @throws IllegalArgumentException naming {@code measurement_uid} when the uid is malformed
   */
  public Optional<byte[]> read(String uid) throws IOException {
    SpoolRecord pending = staged.get(uid);
    if (pending != null) {
      return Optional.of(pending.post());
    }
    try {
      return Optional.of(Files.readAllBytes(dirs.postFile(uid)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Deletes the post file of {@code uid} if present; its bucket directory too once empty. */
  public void delete(String uid) throws IOException {
    staged.remove(uid);
    Path file = dirs.postFile(uid);
    if (Files.deleteIfExists(file)) {
      try {
        Files.deleteIfExists(file.getParent());
      } catch (DirectoryNotEmptyException stillUsed) {
        // other measurements of the bucket are still spooled
      }
    }
  }

  /** Deletes {@code .tmp} files left by a crash between write and rename. */
  public void deleteStrayTmpFiles() throws IOException {
    if (!Files.isDirectory(dirs.incoming())) {
      return;
    }
    try (Stream<Path> files = Files.walk(dirs.incoming(), 2)) {
      List<Path> stray = files.filter(p -> p.getFileName().toString().endsWith(TMP)).toList();
      for (Path p : stray) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
