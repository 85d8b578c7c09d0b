package org.cyberwatch.probe.measure.peer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a probe tells the peer locator about itself.
 *
 * @param port TCP port of its test server, 0 when none runs (the locator then does not list it)
 * @param nat whether it believes it is behind NAT
 * @param upnp whether a UPnP port mapping for the test server is in place
 */
public record Announcement(int port, boolean nat, boolean upnp) {
  public Announcement {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
  }

  /** Protocol of the test server: HTTP, the only one so far. */
  public String proto() {
    return "HTTP";
  }

  /** {@code {port, proto, nat, upnp}}: the request body and the test keys' {@code announced}. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    return node.put("port", port).put("proto", proto()).put("nat", nat).put("upnp", upnp);
  }
}
