package org.cyberwatch.schemas.can;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Opens the decompressed content of a can, choosing the format from the file name or, when the name
 * says nothing, from magic bytes: zstd frame magic {@code 28 B5 2F FD} → JSONL zstd; gzip magic
 * {@code 1F 8B} → a tar ({@code ustar} at offset 257 of the decompressed data) is a postcan,
 * anything else JSONL.
 */
final class CanDecoding {

  private static final int BUFFER = 64 * 1024;
  private static final int TAR_MAGIC_OFFSET = 257;
  private static final byte[] USTAR = "ustar".getBytes(StandardCharsets.US_ASCII);

  /** A format and the decompressed stream to read it from. */
  record Decoded(CanFormat format, InputStream content) {}

  private CanDecoding() {}

  static Decoded open(InputStream raw, CanFormat format) throws IOException {
    return new Decoded(format, decompress(new BufferedInputStream(raw, BUFFER), format));
  }

  static Decoded sniff(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    in.mark(4);
    byte[] magic = in.readNBytes(4);
    in.reset();
    if (magic.length == 4
        && (magic[0] & 0xff) == 0x28
        && (magic[1] & 0xff) == 0xb5
        && (magic[2] & 0xff) == 0x2f
        && (magic[3] & 0xff) == 0xfd) {
      return new Decoded(CanFormat.JSONL_ZST, decompress(in, CanFormat.JSONL_ZST));
    }
    if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
      BufferedInputStream content = new BufferedInputStream(gunzip(in), BUFFER);
      content.mark(TAR_MAGIC_OFFSET + USTAR.length);
      byte[] head = content.readNBytes(TAR_MAGIC_OFFSET + USTAR.length);
      content.reset();
      return new Decoded(isTar(head) ? CanFormat.POSTCAN_TAR_GZ : CanFormat.JSONL_GZ, content);
    }
    throw new IOException("neither gzip nor zstd data (unknown can format)");
  }

  private static InputStream decompress(InputStream in, CanFormat format) throws IOException {
    switch (format) {
      case JSONL_ZST:
        return new BufferedInputStream(new ZstdInputStreamNoFinalizer(in), BUFFER);
      case POSTCAN_TAR_GZ:
        return new BufferedInputStream(gunzip(in), BUFFER);
      default:
        return gunzip(in);
    }
  }

  /**
   * Gzip with every member decoded (a can may be several concatenated members). Unlike the JDK's
   * GZIPInputStream this does not rely on {@code available()} to find the next member.
   */
  static InputStream gunzip(InputStream in) throws IOException {
    return new GzipCompressorInputStream(in, true);
  }

  private static boolean isTar(byte[] head) {
    if (head.length < TAR_MAGIC_OFFSET + USTAR.length) {
      return false;
    }
    for (int i = 0; i < USTAR.length; i++) {
      if (head[TAR_MAGIC_OFFSET + i] != USTAR[i]) {
        return false;
      }
    }
    return true;
  }
}
