package org.cyberwatch.probe.dnsfeed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of domains (HMAC-SHA256 with a local secret, hex): the only form in which a feed
 * domain is stored or sent. The key lives in a file readable by the agent only and is created with
 * 32 random bytes on first use, so hashes are stable across restarts but cannot be reversed by a
 * dictionary without the key.
 */
public final class DomainHasher {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int KEY_BYTES = 32;

  private final SecretKeySpec key;

  /** A hasher with this key (at least 16 bytes). */
  public DomainHasher(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("key: must be at least 16 bytes, got " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** Reads the key from {@code file}, creating it (mode 0600) with a random key if absent. */
  public static DomainHasher fromKeyFile(Path file) throws IOException {
    if (!Files.exists(file)) {
      byte[] fresh = new byte[KEY_BYTES];
      new SecureRandom().nextBytes(fresh);
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
      Files.write(tmp, fresh);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
    return new DomainHasher(Files.readAllBytes(file));
  }

  /** The hex HMAC-SHA256 of the normalised domain. */
  public String hash(String domain) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(domain.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
