package org.cyberwatch.ingest.upload;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where and how to reach the S3 bucket for cans.
 *
 * @param endpoint S3 API endpoint, or null for AWS's own endpoint of the region
 * @param region signing region, e.g. {@code us-east-1}
 * @param bucket bucket name
 * @param keyPrefix prepended to every archive key: "" or a path ending in {@code /}
 * @param forcePathStyle path-style requests ({@code endpoint/bucket/key}), needed by most
 *     S3-compatible servers on an address without DNS names
 * @param accessKey static access key id, or null for the default AWS credentials chain
 * @param secretKey static secret key (with {@code accessKey}), or null
 */
public record S3Settings(URI endpoint, String region, String bucket, String keyPrefix,
    boolean forcePathStyle, String accessKey, String secretKey) {

  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  /** Checks every value (each exception names it). */
  public S3Settings {
    if (region == null || region.isBlank()) {
      throw new IllegalArgumentException("region: must be set");
    }
    if (bucket == null || !BUCKET.matcher(bucket).matches()) {
      throw new IllegalArgumentException("bucket: not an S3 bucket name: '" + bucket + "'");
    }
    if (keyPrefix == null || !(keyPrefix.isEmpty() || keyPrefix.endsWith("/"))
        || keyPrefix.startsWith("/")) {
      throw new IllegalArgumentException("keyPrefix: must be \"\" or end with / (not start), got '" + keyPrefix + "'");
    }
    if ((accessKey == null) != (secretKey == null)) {
      throw new IllegalArgumentException("accessKey, secretKey: set both or neither");
    }
    if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
      throw new IllegalArgumentException("endpoint: must be an absolute URL, got '" + endpoint + "'");
    }
  }

  /** The settings without the secret, for logs. */
  @Override
  public String toString() {
    return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
        + ", keyPrefix=" + keyPrefix + ", forcePathStyle=" + forcePathStyle + ", accessKey="
        + accessKey + ", secretKey=" + (secretKey == null ? null : "<redacted>") + "]";
  }
}
