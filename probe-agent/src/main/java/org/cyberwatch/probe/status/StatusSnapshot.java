package org.cyberwatch.probe.status;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The agent's state at one moment, as the {@code status} command and the control endpoint show it.
 *
 * @param time when it was taken
 * @param worker worker number
 * @param queueDepth tasks waiting
 * @param running measurements running
 * @param outboxDepth measurements waiting for a collector
 * @param outboxBytes outbox disk use
 * @param lastSubmit when a collector last took a measurement, or null
 * @param measuredLastMinute measurements finished in the last minute
 * @param measuredTotal measurements finished since start
 * @param failedTotal of which with a network failure
 * @param invalidTotal tasks that could not be measured
 * @param outboxFullTotal measurements lost to a full outbox
 * @param droppedTasks tasks dropped because the queue was full
 * @param ratePerMinute effective token-bucket rate
 * @param probeCc probe country in use
 * @param probeAsn probe AS in use
 * @param openReports report ids open
 */
public record StatusSnapshot(Instant time, int worker, int queueDepth, int running,
    int outboxDepth, long outboxBytes, Instant lastSubmit, int measuredLastMinute,
    long measuredTotal, long failedTotal, long invalidTotal, long outboxFullTotal,
    long droppedTasks, double ratePerMinute, String probeCc, String probeAsn,
    List<String> openReports) {
  public StatusSnapshot {
    Objects.requireNonNull(time, "time");
    openReports = List.copyOf(openReports);
  }

  /** As a JSON object (snake_case members). */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("time", time.toString());
    o.put("worker", worker);
    o.put("queue_depth", queueDepth);
    o.put("running", running);
    o.put("outbox_depth", outboxDepth);
    o.put("outbox_bytes", outboxBytes);
    if (lastSubmit == null) {
      o.putNull("last_submit");
    } else {
      o.put("last_submit", lastSubmit.toString());
    }
    o.put("measured_last_minute", measuredLastMinute);
    o.put("measured_total", measuredTotal);
    o.put("failed_total", failedTotal);
    o.put("invalid_total", invalidTotal);
    o.put("outbox_full_total", outboxFullTotal);
    o.put("dropped_tasks", droppedTasks);
    o.put("rate_per_minute", ratePerMinute);
    o.put("probe_cc", probeCc);
    o.put("probe_asn", probeAsn);
    openReports.forEach(o.putArray("open_reports")::add);
    return o;
  }
}
