package org.cyberwatch.probe.measure.peer;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cyberwatch.probe.measure.StepClock;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.Test;

class PeerLocatorMeasurerTest {

  private static final LocatedPeer PEER = new LocatedPeer("559314adfef56f91955d2a1b95b9730d",
      "192.0.2.44", 41873, "HTTP", false, 1700209311.482);

  private final List<Announcement> announced = new ArrayList<>();
  private final PeerBook book = new PeerBook();

  private JsonNode measure(PeerLocatorClient locator) throws Exception {
    return new PeerLocatorMeasurer(StepClock.standard(), locator, () -> 8080, true, book)
        .measure(null).testKeys();
  }

  private PeerLocatorClient answering(Optional<LocatedPeer> peer) {
    return self -> {
      announced.add(self);
      return peer;
    };
  }

  @Test
  void firstTimeAPeerIsHandedOutItIsNewThenKnown() throws Exception {
    JsonNode first = measure(answering(Optional.of(PEER)));
    JsonNode second = measure(answering(Optional.of(PEER)));
    assertEquals("new_peer known_peer", first.path("status").asText() + " "
        + second.path("status").asText());
    assertValid(SchemaId.PEER_LOCATOR_TEST_KEYS, first);
  }

  @Test
  void announcementCarriesServerPortAndNatFlag() throws Exception {
    JsonNode keys = measure(answering(Optional.empty()));
    assertEquals("{\"port\":8080,\"proto\":\"HTTP\",\"nat\":true,\"upnp\":false} "
        + "[Announcement[port=8080, nat=true, upnp=false]]", keys.path("announced") + " "
        + announced);
  }

  @Test
  void peerIsRememberedWithItsAddressButReportedOnlyByItsId() throws Exception {
    JsonNode keys = measure(answering(Optional.of(PEER)));
    assertEquals("{\"peer_id\":\"559314adfef56f91955d2a1b95b9730d\",\"port\":41873,"
        + "\"proto\":\"HTTP\",\"nat\":false,\"ts\":1.700209311482E9} 192.0.2.44",
        keys.path("peer") + " " + book.find(PEER.peerId()).orElseThrow().address());
    assertEquals(false, keys.toString().contains("192.0.2.44"));
  }

  @Test
  void noPeerIsNoPeerWithoutFailure() throws Exception {
    JsonNode keys = measure(answering(Optional.empty()));
    assertEquals("no_peer null null", keys.path("status").asText() + " " + keys.path("peer")
        + " " + keys.path("failure"));
    assertValid(SchemaId.PEER_LOCATOR_TEST_KEYS, keys);
  }

  @Test
  void unreachableLocatorIsErrorWithFailure() throws Exception {
    JsonNode keys = measure(self -> {
      throw new ConnectException("Connection refused");
    });
    assertEquals("error connection_refused", keys.path("status").asText() + " "
        + keys.path("failure").asText());
    assertValid(SchemaId.PEER_LOCATOR_TEST_KEYS, keys);
  }

  @Test
  void garbledAnswerIsInvalidResponse() throws Exception {
    JsonNode keys = measure(self -> {
      throw new InvalidLocatorResponseException("answer is not JSON");
    });
    assertEquals("invalid_response null", keys.path("status").asText() + " "
        + keys.path("peer"));
    assertValid(SchemaId.PEER_LOCATOR_TEST_KEYS, keys);
  }

  @Test
  void inputIsRefused() {
    PeerLocatorMeasurer measurer = new PeerLocatorMeasurer(StepClock.standard(),
        answering(Optional.empty()), () -> 0, false, book);
    assertThrows(IllegalArgumentException.class, () -> measurer.measure("x"));
  }
}
