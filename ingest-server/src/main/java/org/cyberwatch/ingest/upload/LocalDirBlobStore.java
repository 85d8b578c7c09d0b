package org.cyberwatch.ingest.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cyberwatch.ingest.spool.DurableFiles;

/**
 * A blob store in a local directory (the {@code cans-dir} option): key {@code raw/…} is file
 * {@code <root>/raw/…}. A put copies to {@code <name>.tmp}, forces it, checks its SHA-256,
 * renames it into place and forces the directory. {@link #head} reports the SHA-256 of the stored
 * bytes, so a verification against it is real.
 */
public final class LocalDirBlobStore implements BlobStore {

  private static final String TMP = ".tmp";

  private final Path root;

  /** The store rooted at {@code root} (created when missing). */
  public LocalDirBlobStore(Path root) throws IOException {
    this.root = DurableFiles.createDirectories(root);
  }

  @Override
  public void put(String key, Path file, String sha256Hex) throws BlobStoreException {
    Path target = root.resolve(BlobKeys.check(key));
    Path tmp = target.resolveSibling(target.getFileName() + TMP);
    try {
      DurableFiles.createDirectories(target.getParent());
      try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
          FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
        long size = in.size();
        for (long done = 0; done < size; ) {
          done += in.transferTo(done, size - done, out);
        }
        out.force(true);
      }
      String stored = FileDigest.sha256Hex(tmp);
      if (!stored.equals(sha256Hex)) {
        Files.deleteIfExists(tmp);
        throw new BlobStoreException("SHA-256 of " + key + " is " + stored + ", expected " + sha256Hex);
      }
      DurableFiles.moveDurably(tmp, target);
    } catch (BlobStoreException e) {
      throw e;
    } catch (IOException e) {
      throw new BlobStoreException("cannot store " + key + " in " + root, e);
    }
  }

  @Override
  public Optional<BlobInfo> head(String key) throws BlobStoreException {
    Path file = root.resolve(BlobKeys.check(key));
    try {
      return Optional.of(new BlobInfo(Files.size(file), FileDigest.sha256Hex(file), null));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new BlobStoreException("cannot read " + key + " in " + root, e);
    }
  }

  @Override
  public InputStream open(String key) throws BlobStoreException {
    try {
      return Files.newInputStream(root.resolve(BlobKeys.check(key)));
    } catch (IOException e) {
      throw new BlobStoreException("cannot open " + key + " in " + root, e);
    }
  }

  @Override
  public List<String> list(String prefix) throws BlobStoreException {
    BlobKeys.checkPrefix(prefix);
    int slash = prefix.lastIndexOf('/');
    Path start = slash < 0 ? root : root.resolve(prefix.substring(0, slash));
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(start)) {
      return files.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(k -> k.startsWith(prefix) && !k.endsWith(TMP))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new BlobStoreException("cannot list " + prefix + " in " + root, e);
    }
  }
}
