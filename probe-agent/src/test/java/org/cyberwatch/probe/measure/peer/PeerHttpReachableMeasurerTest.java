package org.cyberwatch.probe.measure.peer;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.StepClock;
import org.cyberwatch.probe.measure.http.HttpFetcher;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.Test;

class PeerHttpReachableMeasurerTest {

  private static final String ID = "559314adfef56f91955d2a1b95b9730d";

  private static JsonNode measure(PeerBook book) throws Exception {
    HttpFetcher fetcher = new HttpFetcher(StepClock.standard(), Duration.ofSeconds(5),
        SSLContext.getDefault(), "cyberwatch-test", HostResolver.SYSTEM);
    return new PeerHttpReachableMeasurer(StepClock.standard(), fetcher, book).measure(ID)
        .testKeys();
  }

  private static PeerBook bookWith(int port) {
    PeerBook book = new PeerBook();
    book.remember(new LocatedPeer(ID, "127.0.0.1", port, "HTTP", true, 1700209311.5));
    return book;
  }

  @Test
  void peerServingTheTestDocumentIsReachable() throws Exception {
    try (PeerTestServer server = PeerTestServer.start(new InetSocketAddress(
        InetAddress.getLoopbackAddress(), 0), 4096)) {
      JsonNode keys = measure(bookWith(server.port()));
      assertEquals("true 200 4096 0.0015 true 1.7002093115E9 null", keys.path("http_success")
          + " " + keys.path("status_code") + " " + keys.path("body_length") + " "
          + keys.path("http_response_time") + " " + keys.path("peer_nat") + " "
          + keys.path("peer_ts") + " " + keys.path("failure"));
      assertValid(SchemaId.PEER_HTTP_REACHABLE_TEST_KEYS, keys);
      assertEquals(false, keys.toString().contains("127.0.0.1"));
    }
  }

  @Test
  void peersAsAndCountryFromTheLocatorAreRecordedButNeverItsAddress() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    PeerBook book = new PeerBook();
    book.remember(new LocatedPeer(ID, "127.0.0.1", port, "HTTP", false, 1700209311.5, "AS23969",
        "TH"));
    JsonNode keys = measure(book);
    assertEquals("AS23969 TH false", keys.path("peer_asn").asText() + " "
        + keys.path("peer_cc").asText() + " " + keys.toString().contains("127.0.0.1"));
    assertValid(SchemaId.PEER_HTTP_REACHABLE_TEST_KEYS, keys);
  }

  @Test
  void peerWithoutAsOrCountryHasNeitherKey() throws Exception {
    JsonNode keys = measure(bookWith(1));
    assertEquals("false false", keys.has("peer_asn") + " " + keys.has("peer_cc"));
  }

  @Test
  void peerNotListeningIsConnectionRefused() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    JsonNode keys = measure(bookWith(port));
    assertEquals("false null connection_refused", keys.path("http_success") + " "
        + keys.path("http_response_time") + " " + keys.path("failure").asText());
    assertValid(SchemaId.PEER_HTTP_REACHABLE_TEST_KEYS, keys);
  }

  @Test
  void unknownPeerIdIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> measure(new PeerBook()));
  }

  @Test
  void onlyPeersAnnouncedWithinMaxAgeAreFresh() {
    PeerBook book = new PeerBook();
    book.remember(new LocatedPeer(ID, "192.0.2.1", 80, "HTTP", false, 1_000_000));
    book.remember(new LocatedPeer("0".repeat(32), "192.0.2.2", 80, "HTTP", false, 1_000_900));
    assertEquals(java.util.List.of("0".repeat(32)), book.freshPeerIds(
        Instant.ofEpochSecond(1_001_000), Duration.ofSeconds(500)));
  }
}
