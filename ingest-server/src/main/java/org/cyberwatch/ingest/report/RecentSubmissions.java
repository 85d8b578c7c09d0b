package org.cyberwatch.ingest.report;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The latest submissions by report id and SHA-512 of the body, so an identical resubmission within
 * the same report (a probe retrying after a lost answer) gets the first uid instead of being stored
 * twice. Bounded (least recently submitted first out) and in memory only: after a restart, or
 * {@link #CAPACITY} submissions later, a resubmission is stored again. Thread-safe.
 */
final class RecentSubmissions {

  /** How many submissions are remembered (about 200 bytes each: no bodies are kept). */
  static final int CAPACITY = 16_384;

  /** A report id and a body digest. */
  private record Key(String reportId, ByteBuffer digest) {}

  private final Map<Key, CompletableFuture<Accepted>> recent = new LinkedHashMap<>(1024, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Accepted>> eldest) {
      return size() > CAPACITY;
    }
  };

  /**
   * Claims the submission of {@code digest} under {@code reportId} for {@code mine}.
   *
   * @return null when it is new (the caller stores it and completes {@code mine}), else the answer
   *     of the first submission (completed once that one is durable)
   */
  synchronized CompletableFuture<Accepted> claim(String reportId, byte[] digest, CompletableFuture<Accepted> mine) {
    return recent.putIfAbsent(new Key(reportId, ByteBuffer.wrap(digest)), mine);
  }

  /** Forgets a claim whose submission was refused or failed, so a retry is stored. */
  synchronized void release(String reportId, byte[] digest, CompletableFuture<Accepted> mine) {
    recent.remove(new Key(reportId, ByteBuffer.wrap(digest)), mine);
  }
}
