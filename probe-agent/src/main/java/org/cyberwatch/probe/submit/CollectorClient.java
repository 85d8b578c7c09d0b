package org.cyberwatch.probe.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.cyberwatch.probe.submit.CollectorException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One collector's OONI probe API: open a report ({@code POST /report}), submit a measurement
 * ({@code POST /report/{id}}, body {@code {"format":"json","content":…}}, zstd-compressed,
 * falling back to gzip and then plain when the collector answers 415 or 400 to an encoding), close
 * a report, check in ({@code POST /api/v1/check-in}) and submit tunnel telemetry reports ({@code
 * POST /report} with {@code report-type}). The encoding that worked is remembered.
 */
public final class CollectorClient {
  private static final Logger LOG = LoggerFactory.getLogger(CollectorClient.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient http;
  private final Duration timeout;
  private volatile ContentEncoding encoding = ContentEncoding.ZSTD;

  /** A client of the collector at {@code base} (e.g. {@code https://collector.example/}). */
  public CollectorClient(URI base, HttpClient http, Duration timeout) {
    this.base = base.getPath().endsWith("/") ? base : URI.create(base + "/");
    this.http = http;
    this.timeout = timeout;
  }

  /** The collector's base URL. */
  public URI base() {
    return base;
  }

  /** The body encoding used for the next submission. */
  public ContentEncoding encoding() {
    return encoding;
  }

  /** Opens a report; returns its {@code report_id}. */
  public String openReport(ObjectNode request) throws CollectorException, InterruptedException {
    JsonNode answer = postJson("report", request);
    JsonNode id = answer.path("report_id");
    if (!id.isTextual() || id.asText().isEmpty()) {
      throw new CollectorException(Kind.REJECTED, 200, base + ": open answer has no report_id",
          null);
    }
    return id.asText();
  }

  /** Submits one measurement under {@code reportId}; returns the collector's measurement_uid. */
  public String submit(String reportId, byte[] measurementJson)
      throws CollectorException, InterruptedException {
    byte[] body = wrap(measurementJson);
    while (true) {
      ContentEncoding e = encoding;
      HttpRequest.Builder b = request("report/" + reportId).header("Content-Type",
          "application/json");
      e.header().ifPresent(h -> b.header("Content-Encoding", h));
      HttpResponse<byte[]> r = send(b.POST(HttpRequest.BodyPublishers.ofByteArray(e.encode(body)))
          .build());
      int s = r.statusCode();
      if ((s == 415 || s == 400) && e.fallback().isPresent()) {
        LOG.warn("event=encoding_fallback collector={} status={} from={} to={}", base, s, e,
            e.fallback().get());
        encoding = e.fallback().get();
        continue;
      }
      if (s == 404 || s == 410) {
        throw new CollectorException(Kind.REPORT_GONE, s, base + ": report " + reportId
            + " is gone (" + s + ")", null);
      }
      JsonNode uid = parse(checkStatus(r, "submit")).path("measurement_uid");
      if (!uid.isTextual() || uid.asText().isEmpty()) {
        throw new CollectorException(Kind.REJECTED, s, base + ": no measurement_uid in answer",
            null);
      }
      return uid.asText();
    }
  }

  /**
   * Submits an Open Tunnel Telemetry report as it is ({@code POST /report} with {@code
   * "report-type": "tunnel-telemetry"}); returns the stored measurement's uid from the {@code
   * Location} header, or "" when there is none. Only 201 counts: a collector that answers
   * anything else did not store the report.
   */
  public String submitTunnelReport(byte[] reportJson)
      throws CollectorException, InterruptedException {
    HttpResponse<byte[]> r = send(request("report").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(reportJson)).build());
    checkStatus(r, "tunnel report");
    if (r.statusCode() != 201) {
      throw new CollectorException(Kind.REJECTED, r.statusCode(), base + ": tunnel report "
          + "answered " + r.statusCode() + ", not 201: no tunnel telemetry here", null);
    }
    String location = r.headers().firstValue("Location").orElse("");
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /** Closes a report (best effort: a failure is only logged by the caller). */
  public void closeReport(String reportId) throws CollectorException, InterruptedException {
    checkStatus(send(request("report/" + reportId + "/close")
        .POST(HttpRequest.BodyPublishers.noBody()).build()), "close");
  }

  /** Checks in; returns the collector's answer. */
  public JsonNode checkIn(ObjectNode request) throws CollectorException, InterruptedException {
    return postJson("api/v1/check-in", request);
  }

  private JsonNode postJson(String path, ObjectNode body)
      throws CollectorException, InterruptedException {
    HttpRequest req = request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toString()
            .getBytes(StandardCharsets.UTF_8))).build();
    return parse(checkStatus(send(req), path));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
        .header("User-Agent", "cyberwatch-probe-agent");
  }

  private HttpResponse<byte[]> send(HttpRequest req)
      throws CollectorException, InterruptedException {
    try {
      return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new CollectorException(Kind.UNAVAILABLE, 0, base + ": " + e, e);
    }
  }

  private byte[] checkStatus(HttpResponse<byte[]> r, String what) throws CollectorException {
    int s = r.statusCode();
    if (s >= 200 && s < 300) {
      return r.body();
    }
    String snippet = new String(r.body(), 0, Math.min(200, r.body().length),
        StandardCharsets.UTF_8);
    Kind kind = s >= 500 || s == 429 || s == 408 ? Kind.UNAVAILABLE : Kind.REJECTED;
    throw new CollectorException(kind, s, base + ": " + what + " answered " + s + " " + snippet,
        null);
  }

  private JsonNode parse(byte[] body) throws CollectorException {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new CollectorException(Kind.REJECTED, 200, base + ": answer is not JSON", e);
    }
  }

  private static byte[] wrap(byte[] measurementJson) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(measurementJson.length + 32);
    out.writeBytes("{\"format\":\"json\",\"content\":".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(measurementJson);
    out.write('}');
    return out.toByteArray();
  }
}
