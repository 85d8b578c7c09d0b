package org.cyberwatch.ingest.upload;

import java.util.regex.Pattern;

/**
 * What a blob store says about a stored object.
 *
 * @param size object size in bytes
 * @param sha256 SHA-256 (64 lower-case hex) as the store reports it (a server-side checksum, or
 *     the value stored with the object), or null when it reports none
 * @param etag the store's entity tag without quotes (S3: the MD5 hex for a single-part upload),
 *     or null
 */
public record BlobInfo(long size, String sha256, String etag) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** Checks the size and the digest's shape. */
  public BlobInfo {
    if (size < 0) {
      throw new IllegalArgumentException("size: must be >= 0, got " + size);
    }
    if (sha256 != null && !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256: must be 64 lower-case hex digits, got '" + sha256 + "'");
    }
  }
}
