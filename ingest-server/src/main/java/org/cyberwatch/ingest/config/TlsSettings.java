package org.cyberwatch.ingest.config;

import java.nio.file.Path;

/**
 * HTTPS: a PKCS#12 keystore holding the server key and certificate chain.
 *
 * @param keystore the keystore file
 * @param password its password ("" for none)
 */
public record TlsSettings(Path keystore, String password) {

  /** Requires both. */
  public TlsSettings {
    if (keystore == null || password == null) {
      throw new IllegalArgumentException("keystore, password: must not be null");
    }
  }

  @Override
  public String toString() {
    return "TlsSettings[keystore=" + keystore + ", password=<redacted>]";
  }
}
