package org.cyberwatch.ingest.spool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.cyberwatch.ingest.metrics.IngestMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes the journal: takes every waiting append (up to the batch limits),
 * writes them with one force (group commit), which also indexes them (readable at once, see
 * {@link SpoolIndex}), then completes their futures. While it forces, new appends queue up and
 * form the next group, so the group size follows the load. Rolls the journal when a group starts
 * a new hour and when the open segment reaches its size limit.
 */
final class Committer implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(Committer.class);

  private final BlockingQueue<PendingAppend> queue;
  private final Journal journal;
  private final SpoolSettings settings;
  private final IngestMetrics metrics;

  Committer(BlockingQueue<PendingAppend> queue, Journal journal, SpoolSettings settings,
      IngestMetrics metrics) {
    this.queue = queue;
    this.journal = journal;
    this.settings = settings;
    this.metrics = metrics;
  }

  @Override
  public void run() {
    List<PendingAppend> batch = new ArrayList<>(settings.maxBatchRecords());
    PendingAppend stop = null;
    while (stop == null) {
      try {
        stop = collect(queue.take(), batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      commit(batch);
      batch.clear();
    }
    stop.done().complete(null);
  }

  /** Fills {@code batch} starting with {@code first}; returns the stop marker if one was met. */
  private PendingAppend collect(PendingAppend first, List<PendingAppend> batch) {
    PendingAppend next = first;
    long bytes = 0;
    while (next != null) {
      if (next.isStop()) {
        return next;
      }
      batch.add(next);
      bytes += JournalFrame.size(next.record());
      if (batch.size() >= settings.maxBatchRecords() || bytes >= settings.maxBatchBytes()) {
        return null;
      }
      next = queue.poll();
    }
    return null;
  }

  private void commit(List<PendingAppend> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<SpoolRecord> records = batch.stream().map(PendingAppend::record).toList();
    try {
      rollIfNewHour(records);
      journal.append(records);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Group commit of {} measurements failed; none acknowledged", records.size(), e);
      batch.forEach(p -> p.done().completeExceptionally(e));
      return;
    }
    metrics.commitBatchSize.observe(records.size());
    metrics.spoolDepth.set(journal.records());
    rollIfFull();
    batch.forEach(p -> p.done().complete(null));
  }

  private void rollIfNewHour(List<SpoolRecord> records) throws IOException {
    SegmentInfo open = journal.openSegment();
    String latest = records.stream().map(SpoolRecord::hour).max(String::compareTo).orElseThrow();
    if (open.records() > 0 && latest.compareTo(open.maxHour()) > 0) {
      journal.roll();
    }
  }

  private void rollIfFull() {
    if (journal.openSegment().bytes() >= settings.maxSegmentBytes()) {
      try {
        journal.roll();
      } catch (IOException e) {
        LOG.warn("Cannot roll the journal; the open segment keeps growing", e);
      }
    }
  }
}
