package org.cyberwatch.probe.submit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cyberwatch.probe.submit.CollectorException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox to the collectors, oldest first. Each measurement goes to the first collector
 * that takes it (later ones are backups); it leaves the outbox only when a collector returned its
 * uid. Tunnel telemetry reports ({@link OutboxKind#TUNNEL_REPORT}) are POSTed as they are to
 * {@code /report} and leave only after a 201. A pass stops at the first measurement no collector
 * could take because none answered, so a collector outage costs one attempt per pass, not one per
 * measurement.
 */
public final class Submitter {
  private static final Logger LOG = LoggerFactory.getLogger(Submitter.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 100;

  private enum Outcome { SUBMITTED, REJECTED, UNAVAILABLE }

  private final Outbox outbox;
  private final List<CollectorClient> collectors;
  private final ReportBook reports;
  private final Clock clock;
  private final AtomicReference<Instant> lastSubmit = new AtomicReference<>();

  /** A submitter of {@code outbox} to {@code collectors} (in order of preference). */
  public Submitter(Outbox outbox, List<CollectorClient> collectors, ReportBook reports,
      Clock clock) {
    this.outbox = outbox;
    this.collectors = List.copyOf(collectors);
    this.reports = reports;
    this.clock = clock;
  }

  /** One pass over everything pending. */
  public DrainResult drain() throws IOException, InterruptedException {
    int submitted = 0;
    int rejected = 0;
    while (true) {
      List<OutboxEntry> batch = outbox.list(BATCH);
      if (batch.isEmpty()) {
        return new DrainResult(submitted, rejected, false);
      }
      for (OutboxEntry e : batch) {
        Outcome o = submitOne(e);
        if (o == Outcome.UNAVAILABLE) {
          return new DrainResult(submitted, rejected, true);
        }
        submitted += o == Outcome.SUBMITTED ? 1 : 0;
        rejected += o == Outcome.REJECTED ? 1 : 0;
      }
    }
  }

  /** When a collector last acknowledged a measurement, or null. */
  public Instant lastSubmit() {
    return lastSubmit.get();
  }

  /** The open reports. */
  public ReportBook reports() {
    return reports;
  }

  private Outcome submitOne(OutboxEntry entry) throws IOException, InterruptedException {
    byte[] stored = outbox.read(entry);
    ObjectNode m = entry.kind() == OutboxKind.MEASUREMENT ? (ObjectNode) JSON.readTree(stored)
        : null;
    boolean unavailable = collectors.isEmpty();
    for (CollectorClient c : collectors) {
      try {
        String uid = m != null ? submitTo(c, m) : c.submitTunnelReport(stored);
        outbox.remove(entry);
        lastSubmit.set(clock.instant());
        LOG.debug("event=submitted entry={} collector={} uid={}", entry.id(), c.base(), uid);
        return Outcome.SUBMITTED;
      } catch (CollectorException x) {
        unavailable |= x.kind() != Kind.REJECTED;
        LOG.warn("event=submit_failed entry={} collector={} kind={} reason={}", entry.id(),
            c.base(), x.kind(), x.getMessage());
      }
    }
    if (unavailable) {
      return Outcome.UNAVAILABLE;
    }
    outbox.reject(entry);
    LOG.error("event=measurement_rejected entry={} action=kept_in_outbox_rejected", entry.id());
    return Outcome.REJECTED;
  }

  private String submitTo(CollectorClient c, ObjectNode m)
      throws CollectorException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      m.put("report_id", reports.reportFor(c, m));
      try {
        return c.submit(m.get("report_id").asText(), JSON.writeValueAsBytes(m));
      } catch (CollectorException x) {
        if (x.kind() != Kind.REPORT_GONE || attempt > 0) {
          throw x;
        }
        reports.forget(c, m);
      } catch (IOException x) {
        throw new IllegalStateException("cannot serialise a parsed measurement", x);
      }
    }
  }
}
