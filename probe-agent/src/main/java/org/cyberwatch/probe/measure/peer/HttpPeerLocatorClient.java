package org.cyberwatch.probe.measure.peer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * {@link PeerLocatorClient} over the collector's HTTP API: {@code POST <base>/api/v1/peer-locator}
 * with the announcement {@code {"port":…,"proto":"HTTP","nat":…,"upnp":…}}; the answer is {@code
 * {"peer":null}} or {@code {"peer":{"peer_id":…,"address":…,"port":…,"proto":"HTTP","nat":…,
 * "ts":…,"asn":…,"cc":…}}}, as the collector's {@code PeerRoutes} answers ({@code asn} and {@code
 * cc}, where the collector's snapshots place the peer, may be null or absent). The collector takes the probe's address
 * from the connection (probe-agent/README.md, section Measurers).
 */
public final class HttpPeerLocatorClient implements PeerLocatorClient {

  /** Path of the locator below the collector's base URL. */
  public static final String PATH = "/api/v1/peer-locator";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient client;
  private final URI endpoint;
  private final Duration timeout;

  /**
   * A client of the locator of the collector at {@code baseUrl} (e.g. https://collector:8443 or
   * https://host/prefix/): the locator is {@link #endpoint below} that URL.
   */
  public HttpPeerLocatorClient(HttpClient client, URI baseUrl, Duration timeout) {
    this.client = client;
    this.endpoint = endpoint(baseUrl);
    this.timeout = timeout;
  }

  /**
   * The locator's URL below the collector's base URL, keeping the base's path prefix ({@code
   * https://host/prefix} gives {@code https://host/prefix/api/v1/peer-locator}), as the
   * collector client does for the other probe API routes.
   */
  public static URI endpoint(URI baseUrl) {
    URI base = baseUrl.getRawPath().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
    return base.resolve(PATH.substring(1));
  }

  @Override
  public Optional<LocatedPeer> announce(Announcement self)
      throws IOException, InterruptedException, InvalidLocatorResponseException {
    HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(self.toJson().toString())).build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new InvalidLocatorResponseException("status " + response.statusCode());
    }
    return parse(response.body());
  }

  /** Reads a locator answer. */
  static Optional<LocatedPeer> parse(String body) throws InvalidLocatorResponseException {
    JsonNode answer;
    try {
      answer = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidLocatorResponseException("answer is not JSON");
    }
    JsonNode peer = answer == null ? null : answer.get("peer");
    if (peer == null) {
      throw new InvalidLocatorResponseException("answer has no peer member");
    }
    if (peer.isNull()) {
      return Optional.empty();
    }
    if (!peer.path("peer_id").isTextual() || !peer.path("address").isTextual()
        || !peer.path("port").canConvertToInt() || !peer.path("nat").isBoolean()
        || !peer.path("ts").isNumber()) {
      throw new InvalidLocatorResponseException("peer lacks peer_id, address, port, nat or ts");
    }
    try {
      return Optional.of(new LocatedPeer(peer.get("peer_id").asText(), peer.get("address").asText(),
          peer.get("port").asInt(), peer.path("proto").asText("HTTP"), peer.get("nat")
              .asBoolean(), peer.get("ts").asDouble(), textOrNull(peer.get("asn")),
          textOrNull(peer.get("cc"))));
    } catch (IllegalArgumentException e) {
      throw new InvalidLocatorResponseException("invalid peer: " + e.getMessage());
    }
  }

  private static String textOrNull(JsonNode node) {
    return node == null || !node.isTextual() ? null : node.asText();
  }
}
