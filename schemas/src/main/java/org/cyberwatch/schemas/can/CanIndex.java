package org.cyberwatch.schemas.can;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The index of one can, written by {@link CanWriter} as a sidecar next to it: the can's file name
 * plus {@value #SIDECAR_SUFFIX} (e.g. {@code 2024021409_IT_webconnectivity.n1.0.jsonl.gz} {@code
 * .index.json.gz}), so a postcan and a JSONL can of the same hour each have their own.
 *
 * <p>The sidecar is one gzip-compressed JSON object:
 *
 * <pre>{@code
 * {"index_version":1,"can":"<file name>","can_format":"jsonl.gz","can_bytes":123456,
 *  "can_sha256":"<64 hex>","count":2,
 *  "entries":[{"linenum":0,"measurement_uid":"…","report_id":"…","input":"…"}, …]}
 * }</pre>
 *
 * {@code can_bytes} and {@code can_sha256} cover the compressed can file as written, so an upload
 * can be verified against it.
 *
 * @param canName the can's file name
 * @param format the can's format
 * @param canBytes size of the can file in bytes
 * @param canSha256 SHA-256 of the can file, 64 lower-case hex digits
 * @param entries one per measurement, in can order
 */
public record CanIndex(
    String canName,
    CanFormat format,
    long canBytes,
    String canSha256,
    List<CanIndexEntry> entries) {

  /** Appended to the can's file name to name its index. */
  public static final String SIDECAR_SUFFIX = ".index.json.gz";

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** Validates the parts and copies the entry list. */
  public CanIndex {
    if (canName == null || canName.isEmpty() || canName.contains("/")) {
      throw new IllegalArgumentException("canName: must be a file name, got '" + canName + "'");
    }
    if (format == null) {
      throw new IllegalArgumentException("format: must not be null");
    }
    if (canBytes < 0) {
      throw new IllegalArgumentException("canBytes: must be >= 0, got " + canBytes);
    }
    if (canSha256 == null || !SHA256.matcher(canSha256).matches()) {
      throw new IllegalArgumentException("canSha256: must be 64 lower-case hex digits");
    }
    entries = List.copyOf(entries);
  }

  /** The sidecar path of {@code can}: same directory, name + {@value #SIDECAR_SUFFIX}. */
  public static Path sidecarOf(Path can) {
    return can.resolveSibling(can.getFileName() + SIDECAR_SUFFIX);
  }

  /** The entry with this uid, if any (linear search). */
  public Optional<CanIndexEntry> findByUid(String measurementUid) {
    return entries.stream().filter(e -> measurementUid.equals(e.measurementUid())).findFirst();
  }

  /** Writes the sidecar to {@code path} (replacing it). */
  public void write(Path path) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
      writeTo(out);
    }
  }

  /** Writes the gzip-compressed sidecar to {@code out}; does not close {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 8192);
    CanIndexJson.write(this, gzip);
    gzip.finish();
  }

  /**
   * Reads a sidecar file.
   *
   * @throws CanFormatException when it is not a well-formed index
   */
  public static CanIndex read(Path path) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      return readFrom(in, path.getFileName().toString());
    }
  }

  /**
   * Reads a gzip-compressed sidecar from {@code in}.
   *
   * @param source name used in error messages
   * @throws CanFormatException when it is not a well-formed index
   */
  public static CanIndex readFrom(InputStream in, String source) throws IOException {
    return CanIndexJson.read(CanDecoding.gunzip(in), source);
  }
}
