package org.cyberwatch.probe.measure.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;
import org.cyberwatch.probe.measure.Seconds;

/**
 * {@code http_vs_https}: GETs the same document over plain HTTP and over HTTPS, one after the
 * other, and times both (after the CENO2 test of the same name). Input: {@code host/path}, or a URL
 * with either scheme; the ports are those of {@link WebPorts} (80 and 443 in production).
 */
public final class HttpVsHttpsMeasurer implements Measurer {

  private final Clock clock;
  private final HttpFetcher fetcher;
  private final WebPorts ports;

  public HttpVsHttpsMeasurer(Clock clock, HttpFetcher fetcher, WebPorts ports) {
    this.clock = clock;
    this.fetcher = fetcher;
    this.ports = ports;
  }

  @Override
  public String testName() {
    return "http_vs_https";
  }

  @Override
  public String testVersion() {
    return "0.1.0";
  }

  @Override
  public MeasurementResult measure(String input) throws InterruptedException {
    WebDocument document = WebDocument.parse(input);
    Instant start = clock.instant();
    Fetch http = fetcher.get(document.uri("http", ports.http()));
    Fetch https = fetcher.get(document.uri("https", ports.https()));
    ObjectNode keys = JsonNodeFactory.instance.objectNode();
    keys.put("host", document.host());
    keys.put("http_success", http.success()).put("http_response_time", http.seconds());
    keys.put("https_success", https.success()).put("https_response_time", https.seconds());
    keys.set("http", http.toJson());
    keys.set("https", https.toJson());
    keys.put("ratio", http.success() && https.success() && http.seconds() > 0
        ? Seconds.round(https.seconds() / http.seconds(), 3) : null);
    return new MeasurementResult(input, start, Seconds.between(start, clock.instant()), keys);
  }
}
