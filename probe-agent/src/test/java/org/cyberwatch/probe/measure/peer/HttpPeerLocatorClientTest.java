package org.cyberwatch.probe.measure.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpPeerLocatorClientTest {

  @Test
  void announcesAsJsonPostAndReadsThePeer() throws Exception {
    AtomicReference<String> request = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        0), 4);
    server.createContext(HttpPeerLocatorClient.PATH, exchange -> {
      request.set(exchange.getRequestMethod() + " " + new String(exchange.getRequestBody()
          .readAllBytes(), StandardCharsets.UTF_8));
      byte[] body = ("{\"peer\":{\"peer_id\":\"559314adfef56f91955d2a1b95b9730d\","
          + "\"address\":\"192.0.2.44\",\"port\":41873,\"proto\":\"HTTP\",\"nat\":false,"
          + "\"ts\":1700209311.482}}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      HttpPeerLocatorClient client = new HttpPeerLocatorClient(HttpClient.newHttpClient(),
          URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
          Duration.ofSeconds(5));
      Optional<LocatedPeer> peer = client.announce(new Announcement(8080, true, false));
      assertEquals("POST {\"port\":8080,\"proto\":\"HTTP\",\"nat\":true,\"upnp\":false} "
          + "192.0.2.44:41873", request.get() + " " + peer.orElseThrow().address() + ":"
          + peer.orElseThrow().port());
    } finally {
      server.stop(0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://collector.example, https://collector.example/api/v1/peer-locator",
    "https://collector.example/, https://collector.example/api/v1/peer-locator",
    "https://host:8443/prefix, https://host:8443/prefix/api/v1/peer-locator",
    "https://host/prefix/, https://host/prefix/api/v1/peer-locator",
    "http://192.0.2.1/a/b/, http://192.0.2.1/a/b/api/v1/peer-locator",
  })
  void locatorIsBelowTheCollectorsBaseUrlKeepingItsPathPrefix(String base, String expected) {
    assertEquals(expected, HttpPeerLocatorClient.endpoint(URI.create(base)).toString());
  }

  @Test
  void announcementReachesALocatorBehindAPathPrefix() throws Exception {
    AtomicReference<String> path = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        0), 4);
    server.createContext("/", exchange -> {
      path.set(exchange.getRequestURI().getPath());
      byte[] body = "{\"peer\":null}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      new HttpPeerLocatorClient(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:"
          + server.getAddress().getPort() + "/cw/probe"), Duration.ofSeconds(5))
          .announce(new Announcement(8080, true, false));
      assertEquals("/cw/probe/api/v1/peer-locator", path.get());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void peersAsAndCountryAreReadWhenTheLocatorSaysThem() throws Exception {
    LocatedPeer peer = HttpPeerLocatorClient.parse("{\"peer\":{\"peer_id\":"
        + "\"559314adfef56f91955d2a1b95b9730d\",\"address\":\"192.0.2.44\",\"port\":41873,"
        + "\"proto\":\"HTTP\",\"nat\":false,\"ts\":1700209311.482,\"asn\":\"AS23969\","
        + "\"cc\":\"TH\"}}").orElseThrow();
    LocatedPeer unknown = HttpPeerLocatorClient.parse("{\"peer\":{\"peer_id\":"
        + "\"559314adfef56f91955d2a1b95b9730d\",\"address\":\"192.0.2.44\",\"port\":41873,"
        + "\"proto\":\"HTTP\",\"nat\":false,\"ts\":1700209311.482,\"asn\":null}}")
        .orElseThrow();
    assertEquals("AS23969 TH null null", peer.asn() + " " + peer.cc() + " " + unknown.asn() + " "
        + unknown.cc());
  }

  @Test
  void nullPeerMeansNoPeer() throws Exception {
    assertEquals(Optional.empty(), HttpPeerLocatorClient.parse("{\"peer\":null}"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "not json | answer is not JSON",
    "{} | answer has no peer member",
    "{\"peer\":{\"peer_id\":\"x\"}} | peer lacks peer_id, address, port, nat or ts",
    "{\"peer\":{\"peer_id\":\"ABC\",\"address\":\"192.0.2.1\",\"port\":1,\"nat\":true,\"ts\":1}} | invalid peer: peerId must be 32 lower-case hex digits: ABC"
  })
  void malformedAnswerIsInvalid(String body, String message) {
    InvalidLocatorResponseException e = assertThrows(InvalidLocatorResponseException.class,
        () -> HttpPeerLocatorClient.parse(body));
    assertEquals(message, e.getMessage());
  }
}
