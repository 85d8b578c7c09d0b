package org.cyberwatch.ingest.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the clients sent and what the collector acknowledged, shared by every client thread.
 *
 * <p>A measurement uid ends with the first 16 hex digits of SHA-512 over the POST body as received
 * (decompressed), so every measurement found in a can leads back to the body that was sent, by
 * that hash — also measurements whose acknowledgement a kill swallowed.
 */
final class SubmissionLedger {

  private final Map<String, JsonNode> sentByHash = new ConcurrentHashMap<>();
  private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
  private final List<String> anomalies = new ArrayList<>();
  private final AtomicInteger connectionErrors = new AtomicInteger();
  private final AtomicInteger unavailable = new AtomicInteger();

  /** The uid hash of a POST body: first 16 hex digits of its SHA-512. */
  static String uidHash(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(body)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Records the content about to be sent in a body with {@code hash}. */
  void sending(String hash, JsonNode content) {
    sentByHash.put(hash, content);
  }

  /** Records an acknowledgement; a uid acknowledged twice or not of the body's hash is an anomaly. */
  void acknowledged(String uid, String hash) {
    if (!uid.endsWith("_" + hash)) {
      anomaly("acknowledged uid " + uid + " does not end with the body's hash " + hash);
    }
    if (acknowledged.putIfAbsent(uid, hash) != null) {
      anomaly("uid acknowledged twice: " + uid);
    }
  }

  /** An answer no correct collector gives. */
  synchronized void anomaly(String what) {
    anomalies.add(what);
  }

  void connectionError() {
    connectionErrors.incrementAndGet();
  }

  void serviceUnavailable() {
    unavailable.incrementAndGet();
  }

  /** The content sent in the body whose uid hash is {@code hash}. */
  Optional<JsonNode> sent(String hash) {
    return Optional.ofNullable(sentByHash.get(hash));
  }

  Set<String> acknowledgedUids() {
    return Set.copyOf(acknowledged.keySet());
  }

  synchronized List<String> anomalies() {
    return List.copyOf(anomalies);
  }

  int connectionErrors() {
    return connectionErrors.get();
  }

  int unavailable() {
    return unavailable.get();
  }
}
