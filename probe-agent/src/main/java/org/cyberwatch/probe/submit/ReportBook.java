package org.cyberwatch.probe.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open reports, one per (collector, test, probe country, probe AS), reused while that network
 * is unchanged. A report is opened on first use, or taken from a check-in answer when none is open
 * for that key; it is forgotten when the collector says it is gone, and closed when the agent
 * stops. With a {@link ReportFile} the open reports outlive a crash: a measurement submitted again
 * after a restart carries the same report id, so its body is byte for byte the one sent before.
 */
public final class ReportBook {
  private static final Logger LOG = LoggerFactory.getLogger(ReportBook.class);

  private record Key(URI collector, String testName, String cc, String asn) {}

  private record Open(CollectorClient client, String reportId) {}

  private final Map<Key, Open> open = new ConcurrentHashMap<>();
  private final Optional<ReportFile> file;

  /** A book kept in memory only. */
  public ReportBook() {
    this.file = Optional.empty();
  }

  private ReportBook(ReportFile file) {
    this.file = Optional.of(file);
  }

  /**
   * A book kept in {@code file}: the reports a previous run left open on one of {@code clients}
   * are open again (those of other collectors are dropped).
   */
  public static ReportBook persistent(ReportFile file, List<CollectorClient> clients) {
    ReportBook book = new ReportBook(file);
    for (JsonNode r : file.read()) {
      URI collector = URI.create(r.path("collector").asText());
      clients.stream().filter(c -> c.base().equals(collector)).findFirst().ifPresent(c ->
          book.open.put(new Key(collector, r.path("test_name").asText(),
              r.path("probe_cc").asText(), r.path("probe_asn").asText()),
              new Open(c, r.path("report_id").asText())));
    }
    if (!book.open.isEmpty()) {
      LOG.info("event=reports_reopened count={}", book.open.size());
    }
    return book;
  }

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
      save();
    }
    return o.reportId();
  }

  /**
   * Uses {@code reportId} (from a check-in answer) for this network and test on {@code client},
   * unless a report is open for them already (it stays in use).
   */
  public void preset(CollectorClient client, String testName, String cc, String asn,
      String reportId) {
    if (open.putIfAbsent(new Key(client.base(), testName, cc, asn), new Open(client, reportId))
        == null) {
      save();
    }
  }

  /** Forgets the report {@code measurement} would use on {@code client} (it is gone). */
  public void forget(CollectorClient client, JsonNode measurement) {
    open.remove(key(client.base(), measurement));
    save();
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
    save();
  }

  private synchronized void save() {
    if (file.isEmpty()) {
      return;
    }
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    open.forEach((k, o) -> all.addObject().put("collector", k.collector().toString())
        .put("test_name", k.testName()).put("probe_cc", k.cc()).put("probe_asn", k.asn())
        .put("report_id", o.reportId()));
    file.get().write(all);
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
