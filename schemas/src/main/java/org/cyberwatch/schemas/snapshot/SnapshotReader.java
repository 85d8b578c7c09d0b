package org.cyberwatch.schemas.snapshot;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/** Opens a snapshot file, decompressing by its name: {@code .gz}, {@code .bz2}, else plain. */
final class SnapshotReader {

  private static final int BUFFER = 1 << 16;

  private SnapshotReader() {}

  /** A buffered byte stream of the decompressed content. */
  static InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    String name = file.getFileName().toString();
    try {
      if (name.endsWith(".gz")) {
        return new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
      }
      if (name.endsWith(".bz2")) {
        return new BufferedInputStream(new BZip2CompressorInputStream(raw, true), BUFFER);
      }
      return raw;
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /** A UTF-8 line reader of the decompressed content (bad bytes become U+FFFD). */
  static BufferedReader lines(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8), BUFFER);
  }
}
