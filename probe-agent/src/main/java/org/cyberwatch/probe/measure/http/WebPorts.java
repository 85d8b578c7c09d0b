package org.cyberwatch.probe.measure.http;

/**
 * The ports {@code http_vs_https} uses for each scheme.
 *
 * @param http port of plain HTTP
 * @param https port of HTTPS
 */
public record WebPorts(int http, int https) {
  public WebPorts {
    if (http < 1 || http > 65535) {
      throw new IllegalArgumentException("http port must be 1..65535: " + http);
    }
    if (https < 1 || https > 65535) {
      throw new IllegalArgumentException("https port must be 1..65535: " + https);
    }
  }

  /** 80 and 443. */
  public static WebPorts standard() {
    return new WebPorts(80, 443);
  }
}
