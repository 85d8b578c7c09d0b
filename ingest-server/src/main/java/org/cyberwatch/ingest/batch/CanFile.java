package org.cyberwatch.ingest.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.cyberwatch.ingest.spool.DurableFiles;
import org.cyberwatch.schemas.can.CanIndex;
import org.cyberwatch.schemas.can.CanKey;
import org.cyberwatch.schemas.can.CanWriter;

/**
 * One can being written under a seal directory at its archive key: into {@code <name>.tmp},
 * forced, renamed; then its index sidecar the same way. The caller forces the directory once
 * after the last can of the directory.
 */
final class CanFile {

  private final CanKey key;
  private final Path path;
  private final Path tmp;
  private final FileChannel channel;
  private final CanWriter writer;

  private CanFile(CanKey key, Path path, Path tmp, FileChannel channel, CanWriter writer) {
    this.key = key;
    this.path = path;
    this.tmp = tmp;
    this.channel = channel;
    this.writer = writer;
  }

  /** Starts the can {@code key} below {@code sealDir}. */
  static CanFile create(Path sealDir, CanKey key) throws IOException {
    Path path = sealDir.resolve(key.toPath());
    DurableFiles.createDirectories(path.getParent());
    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    try {
      return new CanFile(key, path, tmp, ch,
          CanWriter.open(Channels.newOutputStream(ch), key.format(), key.fileName()));
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  CanWriter writer() {
    return writer;
  }

  /** Finishes the can and its sidecar durably; returns both files (can first). */
  List<SealedFile> finish() throws IOException {
    CanIndex index;
    try (channel) {
      index = writer.finish();
      channel.force(true);
    }
    Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    ByteArrayOutputStream sidecar = new ByteArrayOutputStream();
    index.writeTo(sidecar);
    byte[] bytes = sidecar.toByteArray();
    DurableFiles.writeAndRename(CanIndex.sidecarOf(path), bytes);
    return List.of(
        new SealedFile(key.toPath(), index.canBytes(), index.canSha256()),
        new SealedFile(key.indexPath(), bytes.length, sha256(bytes)));
  }

  /** Releases the file after a failure (the partial seal is cleaned up by recovery). */
  void abandon() throws IOException {
    channel.close();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
