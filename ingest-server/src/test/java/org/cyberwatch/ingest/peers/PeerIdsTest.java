package org.cyberwatch.ingest.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PeerIdsTest {

  @Test
  void idIsTheFirst128BitsOfHmacSha256OfIpAndPort() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = HexFormat.of().formatHex(mac.doFinal("198.51.100.1:8080".getBytes(StandardCharsets.US_ASCII)), 0, 16);

    assertEquals(expected, PeerIds.of("s3cret", new SecureRandom()).of("198.51.100.1", 8080));
  }

  @Test
  void idMatchesThePeerLocatorSchemaPattern() {
    assertTrue(PeerIds.of(null, new SecureRandom()).of("2001:db8::1", 41873).matches("[0-9a-f]{32}"));
  }

  @Test
  void idsDifferBetweenSecretsAndPorts() {
    PeerIds a = PeerIds.of("a", new SecureRandom());

    assertNotEquals(a.of("198.51.100.1", 8080), PeerIds.of("b", new SecureRandom()).of("198.51.100.1", 8080));
    assertNotEquals(a.of("198.51.100.1", 8080), a.of("198.51.100.1", 8081));
  }
}
