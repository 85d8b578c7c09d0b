package org.cyberwatch.probe.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cyberwatch.probe.measure.MeasurementResult;

/**
 * Wraps a measurer's result in the OONI base data format (df-000, data_format_version 0.2.0):
 * annotations, input, start time, runtime, probe country and AS, software name and version, test
 * name and version, test keys. {@code probe_ip} is never written, nor any resolver address.
 * {@code report_id} is left empty: the submitter fills it per collector at submit time.
 */
public final class EnvelopeBuilder {
  /** df-000 version written. */
  public static final String DATA_FORMAT_VERSION = "0.2.0";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final String softwareName;
  private final String softwareVersion;
  private final Instant testStartTime;

  /**
   * A builder for this agent.
   *
   * @param testStartTime the envelope's {@code test_start_time}: when this agent run started
   */
  public EnvelopeBuilder(String softwareName, String softwareVersion, Instant testStartTime) {
    this.softwareName = Objects.requireNonNull(softwareName, "softwareName");
    this.softwareVersion = Objects.requireNonNull(softwareVersion, "softwareVersion");
    this.testStartTime = Objects.requireNonNull(testStartTime, "testStartTime");
  }

  /** Software name written to envelopes and open-report requests. */
  public String softwareName() {
    return softwareName;
  }

  /** Software version written to envelopes and open-report requests. */
  public String softwareVersion() {
    return softwareVersion;
  }

  /** The envelope of {@code result}, with members in df-000 order. */
  public ObjectNode build(ProbeNetwork network, String testName, String testVersion,
      MeasurementResult result, Map<String, String> annotations) {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    ObjectNode a = m.putObject("annotations");
    a.put("engine_name", softwareName);
    a.put("engine_version", softwareVersion);
    a.put("platform", "linux");
    new TreeMap<>(annotations).forEach(a::put);
    m.put("data_format_version", DATA_FORMAT_VERSION);
    if (result.input() == null) {
      m.putNull("input");
    } else {
      m.put("input", result.input());
    }
    m.put("measurement_start_time", TIME.format(result.startTime()));
    m.put("probe_asn", network.asn());
    m.put("probe_cc", network.cc());
    if (network.networkName() != null) {
      m.put("probe_network_name", network.networkName());
    }
    m.put("report_id", "");
    m.put("software_name", softwareName);
    m.put("software_version", softwareVersion);
    m.set("test_keys", result.testKeys().deepCopy());
    m.put("test_name", testName);
    m.put("test_runtime", result.runtimeSeconds());
    m.put("test_start_time", TIME.format(testStartTime));
    m.put("test_version", testVersion);
    return m;
  }
}
