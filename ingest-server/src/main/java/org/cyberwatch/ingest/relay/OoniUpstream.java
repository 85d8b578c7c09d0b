package org.cyberwatch.ingest.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.cyberwatch.ingest.report.ReportService;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * An OONI-compatible collector reached over HTTP(S), used the way a probe uses it: {@code POST
 * /report} (open), {@code POST /report/{id}} (submit, the measurement with the upstream's report
 * id and without our uid), {@code POST /report/{id}/close}.
 */
public final class OoniUpstream implements Upstream {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final HttpClient client;

  /** An upstream at {@code base} (e.g. {@code https://api.ooni.io}). */
  public OoniUpstream(URI base, HttpClient client) {
    String s = base.toString();
    this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    this.client = client;
  }

  @Override
  public Receipt submit(Measurement m) throws RelayException, InterruptedException {
    JsonNode opened = post("/report", openRequest(m));
    String reportId = opened.path("report_id").asText("");
    if (!reportId.matches("[A-Za-z0-9_]{1,200}")) {
      throw new RelayException("upstream answered no usable report_id: " + opened);
    }
    Measurement relayed = m.withoutField("measurement_uid").withField("report_id", TextNode.valueOf(reportId));
    JsonNode submitted = post("/report/" + reportId, ReportService.post(relayed));
    post("/report/" + reportId + "/close", "{}".getBytes(StandardCharsets.US_ASCII));
    JsonNode uid = submitted.get("measurement_uid");
    return new Receipt(reportId, uid == null || uid.isNull() ? null : uid.asText());
  }

  static byte[] openRequest(Measurement m) {
    ObjectNode o = JSON.createObjectNode();
    o.put("data_format_version", m.dataFormatVersion() == null ? "0.2.0" : m.dataFormatVersion());
    o.put("format", "json");
    o.put("probe_asn", m.probeAsn());
    o.put("probe_cc", m.probeCc());
    o.put("software_name", m.softwareName());
    o.put("software_version", m.softwareVersion());
    o.put("test_name", m.testName());
    o.put("test_start_time", m.field("test_start_time").asText(""));
    o.put("test_version", m.testVersion());
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }

  private JsonNode post(String path, byte[] body) throws RelayException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() / 100 != 2) {
        throw new RelayException("POST " + path + " answered " + r.statusCode());
      }
      JsonNode answer = JSON.readTree(r.body());
      return answer == null ? JSON.createObjectNode() : answer;
    } catch (IOException e) {
      throw new RelayException("POST " + path + " failed: " + e.getMessage(), e);
    }
  }
}
