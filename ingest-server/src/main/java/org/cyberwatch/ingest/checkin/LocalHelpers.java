package org.cyberwatch.ingest.checkin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test helpers this collector hosts, announced at check-in: the peer locator (an HTTP(S)
 * endpoint of the API) and, when enabled, the UDP NAT-detection remotes.
 *
 * @param natHost address the NAT remote listens on, or "" when it listens on all addresses (the
 *     host the probe reached the API at is announced then)
 * @param natPort main UDP port, 0 when NAT detection is off
 * @param natAltPort alternate UDP port on the main host, 0 when none
 * @param natAltAddress alternate address answering on the main port, or null
 */
public record LocalHelpers(String natHost, int natPort, int natAltPort, String natAltAddress) {

  /** Helper names in {@code conf.test_helpers}. */
  public static final String PEER_LOCATOR = "peer-locator";
  public static final String NAT_DETECTION = "nat-detection";
  public static final String NAT_DETECTION_ALT = "nat-detection-alt";
  /** Path of the peer locator on the API. */
  public static final String PEER_LOCATOR_PATH = "/api/v1/peer-locator";

  /** Without NAT remotes. */
  public static final LocalHelpers PEER_LOCATOR_ONLY = new LocalHelpers("", 0, 0, null);

  /** Checks the ports. */
  public LocalHelpers {
    if (natHost == null || natPort < 0 || natPort > 65535 || natAltPort < 0 || natAltPort > 65535) {
      throw new IllegalArgumentException("natHost: must not be null; ports: must be 0-65535");
    }
  }

  /**
   * The helpers as seen by a probe that reached the API at {@code apiHost}.
   *
   * @param apiHost host of the request (Host header, without port)
   * @param baseUrl scheme, host and port of the API, e.g. {@code https://collector.example:443}
   */
  public Map<String, List<TestHelper>> announce(String apiHost, String baseUrl) {
    Map<String, List<TestHelper>> out = new LinkedHashMap<>();
    out.put(PEER_LOCATOR, List.of(TestHelper.of(baseUrl + PEER_LOCATOR_PATH, baseUrl.startsWith("https") ? "https" : "http")));
    if (natPort == 0) {
      return out;
    }
    String host = hostPart(natHost.isEmpty() || natHost.equals("0.0.0.0") || natHost.equals("::") ? apiHost : natHost);
    out.put(NAT_DETECTION, List.of(TestHelper.of(host + ":" + natPort, "udp")));
    List<TestHelper> alt = new ArrayList<>();
    if (natAltPort != 0) {
      alt.add(TestHelper.of(host + ":" + natAltPort, "udp"));
    }
    if (natAltAddress != null) {
      alt.add(TestHelper.of(hostPart(natAltAddress) + ":" + natPort, "udp"));
    }
    if (!alt.isEmpty()) {
      out.put(NAT_DETECTION_ALT, List.copyOf(alt));
    }
    return out;
  }

  private static String hostPart(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
