package org.cyberwatch.ingest.peers;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Peer ids: the first 128 bits of HMAC-SHA256(collector secret, {@code "<ip>:<port>"}) as 32
 * lower-case hex digits ({@code test_keys/peer_locator.schema.json}). The ip is the canonical
 * literal ({@link java.net.InetAddress#getHostAddress()}, IPv6 without brackets). Stable for one
 * secret, not reversible without it.
 */
public final class PeerIds {

  private static final String HMAC = "HmacSHA256";

  private final SecretKeySpec key;

  private PeerIds(byte[] secret) {
    this.key = new SecretKeySpec(secret, HMAC);
  }

  /** Ids keyed by {@code secret} (UTF-8), or by 32 random bytes when it is null. */
  public static PeerIds of(String secret, SecureRandom random) {
    if (secret != null && !secret.isEmpty()) {
      return new PeerIds(secret.getBytes(StandardCharsets.UTF_8));
    }
    byte[] k = new byte[32];
    random.nextBytes(k);
    return new PeerIds(k);
  }

  /** The id of {@code ip:port}. */
  public String of(String ip, int port) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      byte[] h = mac.doFinal((ip + ":" + port).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
