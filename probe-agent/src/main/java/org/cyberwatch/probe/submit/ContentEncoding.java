package org.cyberwatch.probe.submit;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Body encodings for submissions, best first: zstd, then gzip when a collector refuses zstd (415 or
 * 400), then none.
 */
public enum ContentEncoding {
  /** zstd (level 3), {@code Content-Encoding: zstd}. */
  ZSTD("zstd"),
  /** gzip, {@code Content-Encoding: gzip}. */
  GZIP("gzip"),
  /** No compression, no header. */
  IDENTITY(null);

  private final String header;

  ContentEncoding(String header) {
    this.header = header;
  }

  /** The {@code Content-Encoding} value, empty for {@link #IDENTITY}. */
  public Optional<String> header() {
    return Optional.ofNullable(header);
  }

  /** The next encoding to fall back to, empty after {@link #IDENTITY}. */
  public Optional<ContentEncoding> fallback() {
    return this == IDENTITY ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }

  /** {@code body} encoded. */
  public byte[] encode(byte[] body) {
    switch (this) {
      case ZSTD:
        return Zstd.compress(body, 3);
      case GZIP:
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
          gz.write(body);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return out.toByteArray();
      default:
        return body;
    }
  }
}
