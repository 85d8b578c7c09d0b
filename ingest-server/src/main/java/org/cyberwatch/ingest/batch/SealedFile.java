package org.cyberwatch.ingest.batch;

import java.util.regex.Pattern;

/**
 * One file of a sealed can set: a can or an index sidecar.
 *
 * @param key archive key, which is also the file's path under the seal directory, e.g. {@code
 *     raw/20250527/23/ID/webconnectivity/2025052723_ID_webconnectivity.n1.0.jsonl.gz}
 * @param bytes file size
 * @param sha256 SHA-256 of the file, 64 lower-case hex digits
 */
public record SealedFile(String key, long bytes, String sha256) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern KEY = Pattern.compile("raw/[A-Za-z0-9._/-]{1,400}");

  /** Checks the key (a relative path below {@code raw/}, no {@code ..}), size and digest. */
  public SealedFile {
    if (key == null || !KEY.matcher(key).matches() || key.contains("..") || key.contains("//")) {
      throw new IllegalArgumentException("key: must be a relative path below raw/, got '" + key + "'");
    }
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes: must be >= 0, got " + bytes);
    }
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256: must be 64 lower-case hex digits");
    }
  }

  /** True for an index sidecar, false for a can. */
  public boolean indexSidecar() {
    return key.endsWith(org.cyberwatch.schemas.can.CanIndex.SIDECAR_SUFFIX);
  }
}
