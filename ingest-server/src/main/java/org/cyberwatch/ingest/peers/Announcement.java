package org.cyberwatch.ingest.peers;

import com.fasterxml.jackson.databind.JsonNode;
import org.cyberwatch.ingest.report.UploadRejectedException;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;

/**
 * What a probe tells the peer locator about itself ({@code announced} in the peer_locator test
 * keys).
 *
 * @param port TCP port of its test server, 0 when it has none (then it is not listed)
 * @param proto served protocol, {@code HTTP}
 * @param nat whether it believes it is behind NAT
 * @param upnp whether a UPnP mapping is in place
 */
public record Announcement(int port, String proto, boolean nat, boolean upnp) {

  /** The only protocol so far. */
  public static final String HTTP = "HTTP";

  /** Checks the port and protocol. */
  public Announcement {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port: must be 0-65535, got " + port);
    }
    if (!HTTP.equals(proto)) {
      throw new IllegalArgumentException("proto: must be HTTP, got '" + proto + "'");
    }
  }

  /**
   * Reads {@code {"port": 8080, "proto": "HTTP", "nat": true, "upnp": false}}.
   *
   * @throws UploadRejectedException ({@code invalid_request}) when a member is missing or wrong
   */
  public static Announcement parse(JsonNode body) throws UploadRejectedException {
    JsonNode port = body.path("port");
    JsonNode proto = body.path("proto");
    JsonNode nat = body.path("nat");
    if (!port.canConvertToInt() || !port.isIntegralNumber() || !proto.isTextual() || !nat.isBoolean()
        || !(body.path("upnp").isMissingNode() || body.path("upnp").isBoolean())) {
      throw new UploadRejectedException(Reason.INVALID_REQUEST,
          "expected {\"port\": 0-65535, \"proto\": \"HTTP\", \"nat\": true|false, \"upnp\": true|false}");
    }
    try {
      return new Announcement(port.intValue(), proto.asText(), nat.booleanValue(), body.path("upnp").asBoolean(false));
    } catch (IllegalArgumentException e) {
      throw new UploadRejectedException(Reason.INVALID_REQUEST, e.getMessage());
    }
  }
}
