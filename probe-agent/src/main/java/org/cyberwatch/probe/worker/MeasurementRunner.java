package org.cyberwatch.probe.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;
import org.cyberwatch.probe.report.EnvelopeBuilder;
import org.cyberwatch.probe.report.ProbeNetwork;
import org.cyberwatch.probe.schedule.Outcome;
import org.cyberwatch.probe.schedule.Task;
import org.cyberwatch.probe.status.AgentStats;
import org.cyberwatch.probe.submit.Outbox;
import org.cyberwatch.probe.submit.OutboxFullException;
import org.cyberwatch.probe.submit.OutboxKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task: measures, wraps the result in the envelope (except for tests whose result is a
 * report of its own, {@link #STANDALONE_REPORTS}) and stores it durably in the outbox before
 * anything tries to submit it. A full outbox is logged as an ERROR (an operator must act)
 * and reported to the caller, which pauses measuring.
 */
public final class MeasurementRunner {
  private static final Logger LOG = LoggerFactory.getLogger(MeasurementRunner.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Tests whose result is a report of its own, stored and sent without the df-000 envelope: the
   * Open Tunnel Telemetry report ({@link OutboxKind#TUNNEL_REPORT}).
   */
  static final Set<String> STANDALONE_REPORTS = Set.of("tunnel_telemetry");

  private final MeasurerRegistry measurers;
  private final EnvelopeBuilder envelopes;
  private final Supplier<ProbeNetwork> network;
  private final Outbox outbox;
  private final AgentStats stats;

  /** A runner storing into {@code outbox}. */
  public MeasurementRunner(MeasurerRegistry measurers, EnvelopeBuilder envelopes,
      Supplier<ProbeNetwork> network, Outbox outbox, AgentStats stats) {
    this.measurers = measurers;
    this.envelopes = envelopes;
    this.network = network;
    this.outbox = outbox;
    this.stats = stats;
  }

  /**
   * Measures {@code task}.
   *
   * @throws OutboxFullException when the finished measurement did not fit (it is lost)
   */
  public Outcome run(Task task) throws InterruptedException, IOException, OutboxFullException {
    Optional<Measurer> measurer = measurers.forTest(task.testName());
    if (measurer.isEmpty()) {
      stats.invalid();
      return Outcome.INVALID;
    }
    MeasurementResult result;
    try {
      result = measurer.get().measure(task.target().input());
    } catch (IllegalArgumentException e) {
      stats.invalid();
      LOG.warn("event=invalid_input test={} source={} reason={}", task.testName(), task.source(),
          e.getMessage());
      return Outcome.INVALID;
    }
    boolean failure = isFailure(result.testKeys());
    try {
      if (STANDALONE_REPORTS.contains(task.testName())) {
        outbox.put(JSON.writeValueAsBytes(result.testKeys()), task.testName(),
            OutboxKind.TUNNEL_REPORT);
      } else {
        outbox.put(JSON.writeValueAsBytes(envelope(task, measurer.get(), result)),
            task.testName(), OutboxKind.MEASUREMENT);
      }
    } catch (OutboxFullException e) {
      stats.outboxFull();
      LOG.error("event=outbox_full action=measurement_dropped_and_measuring_paused test={} {}",
          task.testName(), e.getMessage());
      throw e;
    }
    stats.measured(failure);
    return failure ? Outcome.FAILURE : Outcome.SUCCESS;
  }

  private ObjectNode envelope(Task task, Measurer measurer, MeasurementResult result) {
    Map<String, String> annotations = new HashMap<>(task.target().annotations());
    annotations.put("cyberwatch_target_source", task.source());
    return envelopes.build(network.get(), task.testName(), measurer.testVersion(), result,
        annotations);
  }

  /**
   * A failure at {@code failure} (a token, or tunnel telemetry's {@code {op, error}}) or {@code
   * status.failure} of the test keys.
   */
  static boolean isFailure(JsonNode testKeys) {
    JsonNode top = testKeys.path("failure");
    JsonNode status = testKeys.path("status").path("failure");
    return (top.isTextual() && !top.asText().isEmpty()) || top.isObject()
        || (status.isTextual() && !status.asText().isEmpty());
  }
}
