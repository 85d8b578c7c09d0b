package org.cyberwatch.ingest.config;

import java.util.Optional;

/**
 * The HTTP side of the collector.
 *
 * @param listen address and port
 * @param maxBodyBytes largest request body as sent
 * @param maxDecompressedBytes largest request body after decompression
 * @param tls HTTPS settings, or null for plain HTTP
 * @param adminToken bearer token of the admin endpoints, or null (admin endpoints disabled)
 */
public record HttpSettings(
    ListenAddress listen, long maxBodyBytes, long maxDecompressedBytes, TlsSettings tls, String adminToken) {

  /** Checks the limits. */
  public HttpSettings {
    if (listen == null) {
      throw new IllegalArgumentException("listen: must not be null");
    }
    if (maxBodyBytes < 1 || maxDecompressedBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes, maxDecompressedBytes: must be >= 1");
    }
    if (adminToken != null && adminToken.length() < 16) {
      throw new IllegalArgumentException("adminToken: must have at least 16 characters");
    }
  }

  /** The TLS settings when HTTPS is on. */
  public Optional<TlsSettings> tlsSettings() {
    return Optional.ofNullable(tls);
  }

  /** The admin token when admin endpoints are on. */
  public Optional<String> admin() {
    return Optional.ofNullable(adminToken);
  }

  @Override
  public String toString() {
    return "HttpSettings[listen=" + listen + ", maxBodyBytes=" + maxBodyBytes + ", maxDecompressedBytes="
        + maxDecompressedBytes + ", tls=" + tls + ", adminToken=" + (adminToken == null ? null : "<redacted>") + "]";
  }
}
