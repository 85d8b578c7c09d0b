package org.cyberwatch.schemas.can;

import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * The byte pipeline under a {@link CanWriter}: uncompressed counter → buffer → gzip or zstd →
 * compressed counter and SHA-256 → target (a file channel, forced to disk on finish, or a caller's
 * stream, left open).
 */
final class CanOutput {

  private static final int BUFFER = 64 * 1024;
  private static final int ZSTD_LEVEL = 3;

  private final OutputStream target;
  private final FileChannel channel;
  private final MessageDigest sha256;
  private final CountingOutputStream compressed;
  private final OutputStream buffered;
  private final CountingOutputStream uncompressed;

  /**
   * @param channel the file behind {@code target} (forced and closed on finish), or null
   */
  CanOutput(OutputStream target, FileChannel channel, CanFormat format) throws IOException {
    this.target = target;
    this.channel = channel;
    this.sha256 = sha256();
    this.compressed = new CountingOutputStream(target, sha256);
    OutputStream compressor =
        format == CanFormat.JSONL_ZST
            ? new ZstdOutputStreamNoFinalizer(compressed, ZSTD_LEVEL).setChecksum(true)
            : new GZIPOutputStream(compressed, BUFFER);
    this.buffered = new BufferedOutputStream(compressor, BUFFER);
    this.uncompressed = new CountingOutputStream(buffered, null);
  }

  /** Where the uncompressed can content goes. */
  OutputStream stream() {
    return uncompressed;
  }

  long compressedBytes() {
    return compressed.count();
  }

  long uncompressedBytes() {
    return uncompressed.count();
  }

  /** Ends the compressed stream, syncs and closes a file target; returns the SHA-256 (hex). */
  String finish() throws IOException {
    buffered.close();
    target.flush();
    if (channel != null) {
      channel.force(true);
      target.close();
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Closes a file target without finishing (after a failure). */
  void abort() throws IOException {
    if (channel != null) {
      target.close();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
