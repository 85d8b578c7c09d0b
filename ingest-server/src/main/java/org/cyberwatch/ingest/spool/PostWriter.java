package org.cyberwatch.ingest.spool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The thread that writes the {@code .post} files of committed records, so the committer only
 * writes the journal, forces it and completes the appends' futures. Until its file is written a
 * record is served from memory ({@link PostFiles#stage}); the files are not needed for durability
 * (the journal is; recovery rewrites missing ones). The queue is bounded: when the writer lags that
 * far behind, the committer waits for it, which keeps the staged records' memory bounded.
 */
final class PostWriter implements Runnable {

  private static final String STOP = "";

  private final PostFiles posts;
  private final BlockingQueue<String> uids;
  private final Thread thread;

  private PostWriter(PostFiles posts, int capacity) {
    this.posts = posts;
    this.uids = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(this, "spool-post-writer");
    thread.setDaemon(true);
  }

  /** Starts a writer of {@code posts} with room for {@code capacity} waiting records. */
  static PostWriter start(PostFiles posts, int capacity) {
    PostWriter w = new PostWriter(posts, capacity);
    w.thread.start();
    return w;
  }

  /**
   * Stages {@code records} (readable from now on) and queues their files; waits while the queue
   * is full. When interrupted meanwhile it returns (interrupt flag set): the records not queued stay
   * staged, readable until they are sealed; their files are not needed (recovery writes them at the
   * next start).
   */
  void write(List<SpoolRecord> records) {
    records.forEach(posts::stage);
    try {
      for (SpoolRecord r : records) {
        uids.put(r.uid());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes what is queued, then stops. */
  void stop() throws InterruptedException {
    uids.put(STOP);
    thread.join();
  }

  @Override
  public void run() {
    List<String> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(uids.take());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      uids.drainTo(batch);
      for (String uid : batch) {
        if (uid.equals(STOP)) {
          return;
        }
        posts.writeStaged(uid);
      }
      batch.clear();
    }
  }
}
