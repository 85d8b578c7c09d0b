package org.cyberwatch.ingest.spool;

import java.util.concurrent.CompletableFuture;

/** An append waiting for the committer, and how its caller learns the outcome. */
record PendingAppend(SpoolRecord record, CompletableFuture<Void> done) {

  /** A record waiting for its group commit. */
  static PendingAppend of(SpoolRecord record) {
    return new PendingAppend(record, new CompletableFuture<>());
  }

  /** A marker that makes the committer stop after the appends queued before it. */
  static PendingAppend stop() {
    return new PendingAppend(null, new CompletableFuture<>());
  }

  boolean isStop() {
    return record == null;
  }
}
