package org.cyberwatch.ingest.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.cyberwatch.ingest.geo.GeoInfo;
import org.cyberwatch.ingest.peers.Announcement;
import org.cyberwatch.ingest.peers.Peer;
import org.cyberwatch.ingest.peers.PeerLocator;
import org.cyberwatch.schemas.id.CountryCodes;

/**
 * {@code POST /api/v1/peer-locator}: body {@code {"port": 8080, "proto": "HTTP", "nat": true,
 * "upnp": false}}; answer {@code {"peer": {"peer_id", "address", "port", "proto", "nat", "ts",
 * "asn", "cc"}}} or {@code {"peer": null}}. The address is for connecting only; probes record the
 * peer_id, and the peer's AS ({@code AS<n>}) and country as the collector's snapshots place the
 * address (null when unknown).
 */
final class PeerRoutes {

  private final PeerLocator locator;

  PeerRoutes(PeerLocator locator) {
    this.locator = locator;
  }

  void register(RouteTable table) {
    table.add("POST", "/api/v1/peer-locator", this::announce);
  }

  private CompletionStage<Void> announce(Exchange ex) throws Exception {
    Announcement a = Announcement.parse(ex.jsonObject());
    Optional<Peer> peer = locator.announce(a, ex.clientIp());
    ObjectNode out = HttpJson.MAPPER.createObjectNode();
    if (peer.isEmpty()) {
      out.putNull("peer");
    } else {
      Peer p = peer.get();
      GeoInfo where = locator.whereIs(p);
      out.putObject("peer").put("peer_id", p.peerId()).put("address", p.address()).put("port", p.port())
          .put("proto", p.proto()).put("nat", p.nat()).put("ts", p.ts())
          .put("asn", where.asn() == 0 ? null : where.probeAsn())
          .put("cc", CountryCodes.UNKNOWN.equals(where.cc()) ? null : where.cc());
    }
    ex.json(200, out);
    return Route.DONE;
  }
}
