package org.cyberwatch.probe.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open reports, one per (collector, test, probe country, probe AS), reused while that network
 * is unchanged. A report is opened on first use, or taken from a check-in answer; it is forgotten
 * when the collector says it is gone, and closed when the agent stops.
 */
public final class ReportBook {
  private static final Logger LOG = LoggerFactory.getLogger(ReportBook.class);

  private record Key(URI collector, String testName, String cc, String asn) {}

  private record Open(CollectorClient client, String reportId) {}

  private final Map<Key, Open> open = new ConcurrentHashMap<>();

  /** The report to submit {@code measurement} to on {@code client}, opening one if needed. */
  public String reportFor(CollectorClient client, JsonNode measurement)
      throws CollectorException, InterruptedException {
    Key key = key(client.base(), measurement);
    Open o = open.get(key);
    if (o == null) {
      String id = client.openReport(openRequest(measurement));
      LOG.info("event=report_opened collector={} test={} cc={} asn={} report_id={}",
          client.base(), key.testName(), key.cc(), key.asn(), id);
      o = new Open(client, id);
      open.put(key, o);
    }
    return o.reportId();
  }

  /** Uses {@code reportId} (from a check-in answer) for this network and test on {@code client}. */
  public void preset(CollectorClient client, String testName, String cc, String asn,
      String reportId) {
    open.put(new Key(client.base(), testName, cc, asn), new Open(client, reportId));
  }

  /** Forgets the report {@code measurement} would use on {@code client} (it is gone). */
  public void forget(CollectorClient client, JsonNode measurement) {
    open.remove(key(client.base(), measurement));
  }

  /** Report ids currently open. */
  public List<String> openIds() {
    return open.values().stream().map(Open::reportId).sorted().toList();
  }

  /** Closes every open report, best effort. */
  public void closeAll() throws InterruptedException {
    for (Map.Entry<Key, Open> e : open.entrySet()) {
      try {
        e.getValue().client().closeReport(e.getValue().reportId());
      } catch (CollectorException x) {
        LOG.warn("event=report_close_failed report_id={} reason={}", e.getValue().reportId(),
            x.getMessage());
      }
    }
    open.clear();
  }

  private static Key key(URI collector, JsonNode m) {
    return new Key(collector, m.path("test_name").asText(), m.path("probe_cc").asText(),
        m.path("probe_asn").asText());
  }

  private static ObjectNode openRequest(JsonNode m) {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("data_format_version", m.path("data_format_version").asText("0.2.0"));
    r.put("format", "json");
    r.put("probe_asn", m.path("probe_asn").asText());
    r.put("probe_cc", m.path("probe_cc").asText());
    r.put("software_name", m.path("software_name").asText());
    r.put("software_version", m.path("software_version").asText());
    r.put("test_name", m.path("test_name").asText());
    r.put("test_start_time", m.path("test_start_time").asText());
    r.put("test_version", m.path("test_version").asText());
    return r;
  }
}
