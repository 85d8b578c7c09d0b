package org.cyberwatch.ingest.http;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.cyberwatch.ingest.report.UploadRejectedException;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;

/**
 * Reads a request body with hard limits: at most {@code maxBytes} as sent (checked against {@code
 * Content-Length} first, then while reading) and at most {@code maxDecompressedBytes} after
 * {@code Content-Encoding: gzip} or {@code zstd} is undone, so a decompression bomb stops at the
 * cap instead of filling memory.
 *
 * @param maxBytes limit as sent
 * @param maxDecompressedBytes limit after decompression
 */
record RequestBody(long maxBytes, long maxDecompressedBytes) {

  private static final int CHUNK = 64 * 1024;

  /**
   * The body, decompressed.
   *
   * @param in the raw body stream
   * @param contentLength the declared length, or -1
   * @param contentEncoding the {@code Content-Encoding} header, or null
   * @throws UploadRejectedException {@code body_too_large}, {@code decompressed_too_large}, {@code
   *     bad_encoding} (corrupt or truncated data) or {@code unsupported_encoding}
   */
  byte[] read(InputStream in, long contentLength, String contentEncoding)
      throws UploadRejectedException, IOException {
    if (contentLength > maxBytes) {
      throw tooLarge(contentLength);
    }
    byte[] raw = contentLength >= 0 ? readExactly(in, (int) contentLength) : readCapped(in, maxBytes, false, CHUNK);
    String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
    return switch (encoding) {
      case "", "identity" -> raw;
      case "gzip", "x-gzip" -> decode(raw, "gzip");
      case "zstd" -> decode(raw, "zstd");
      default -> throw new UploadRejectedException(Reason.UNSUPPORTED_ENCODING,
          "Content-Encoding must be gzip, zstd or none, got '" + contentEncoding + "'");
    };
  }

  private byte[] decode(byte[] raw, String encoding) throws UploadRejectedException {
    if (encoding.equals("zstd") && isOneSizedZstdFrame(raw)) {
      return decodeZstdFrame(raw);
    }
    try (InputStream in = encoding.equals("gzip")
        ? new GZIPInputStream(new ByteArrayInputStream(raw), Math.max(512, Math.min(CHUNK, raw.length)))
        : new ZstdInputStream(new ByteArrayInputStream(raw))) {
      return readCapped(in, maxDecompressedBytes, true, (int) Math.min(maxDecompressedBytes, raw.length * 4L + 1));
    } catch (UploadRejectedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UploadRejectedException(Reason.BAD_ENCODING,
          "the body is not valid " + encoding + " data: " + e.getMessage());
    }
  }

  /**
   * True when {@code raw} is exactly one zstd frame that declares its decompressed size (what
   * {@code zstd} and most libraries write): decompressed in one call, without a stream.
   */
  private static boolean isOneSizedZstdFrame(byte[] raw) {
    try {
      return Zstd.findFrameCompressedSize(raw) == raw.length && Zstd.getFrameContentSize(raw) >= 0;
    } catch (RuntimeException notAFrame) {
      return false; // the stream decoder names the problem
    }
  }

  private byte[] decodeZstdFrame(byte[] raw) throws UploadRejectedException {
    long size = Zstd.getFrameContentSize(raw);
    if (size > maxDecompressedBytes) {
      throw new UploadRejectedException(Reason.DECOMPRESSED_TOO_LARGE,
          "the decompressed body (" + size + " bytes, as its zstd frame declares) exceeds the limit of "
              + maxDecompressedBytes + " bytes");
    }
    try {
      byte[] out = Zstd.decompress(raw, (int) size);
      if (out.length != size) {
        throw new UploadRejectedException(Reason.BAD_ENCODING,
            "the body is not valid zstd data: " + out.length + " bytes instead of the declared " + size);
      }
      return out;
    } catch (RuntimeException e) {
      throw new UploadRejectedException(Reason.BAD_ENCODING, "the body is not valid zstd data: " + e.getMessage());
    }
  }

  /**
   * Reads a body of a declared length (at most {@code maxBytes}, checked before) into one array of
   * that size; more data than declared cannot arrive (HTTP/1.1 framing), less is an error.
   */
  private static byte[] readExactly(InputStream in, int length) throws IOException {
    byte[] body = new byte[length];
    int total = 0;
    while (total < length) {
      int n = in.read(body, total, length - total);
      if (n < 0) {
        throw new IOException("the body ended after " + total + " of " + length + " bytes");
      }
      total += n;
    }
    return body;
  }

  /**
   * Reads until the end, at most {@code cap} bytes, into a buffer growing from {@code expected}
   * bytes (a guess: the declared or compressed size).
   */
  private byte[] readCapped(InputStream in, long cap, boolean decompressed, int expected)
      throws IOException, UploadRejectedException {
    byte[] buf = new byte[Math.max(expected, 1024)];
    int total = 0;
    int n;
    while ((n = in.read(buf, total, buf.length - total)) >= 0) {
      total += n;
      if (total > cap) {
        throw decompressed
            ? new UploadRejectedException(Reason.DECOMPRESSED_TOO_LARGE,
                "the decompressed body exceeds the limit of " + cap + " bytes")
            : tooLarge(total);
      }
      if (total == buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(buf.length * 2L, cap + 1));
      }
    }
    return total == buf.length ? buf : Arrays.copyOf(buf, total);
  }

  private UploadRejectedException tooLarge(long size) {
    return new UploadRejectedException(Reason.BODY_TOO_LARGE,
        "the body (" + size + "+ bytes) exceeds the limit of " + maxBytes + " bytes");
  }
}
