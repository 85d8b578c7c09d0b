package org.cyberwatch.ingest.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NatDetectionProtocolTest {

  /** Columns: source address; source port; answer. */
  @ParameterizedTest
  @CsvSource({"198.51.100.77, 40123, NATDET 7f3a8a0fa312de69 198.51.100.77:40123",
      "2001:db8::77, 40123, NATDET 7f3a8a0fa312de69 [2001:db8::77]:40123"})
  void requestIsAnsweredWithTheTransportAddressSeen(String host, int port, String answer) throws Exception {
    byte[] request = "NATDET 7f3a8a0fa312de69".getBytes(StandardCharsets.US_ASCII);

    Optional<byte[]> reply = NatDetectionProtocol.reply(request, request.length,
        new InetSocketAddress(InetAddress.getByName(host), port));

    assertEquals(answer, new String(reply.orElseThrow(), StandardCharsets.US_ASCII));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NATDET 7F3A8A0FA312DE69", "NATDET 7f3a8a0fa312de6", "NATDET 7f3a8a0fa312de699",
      "natdet 7f3a8a0fa312de69", "NATDET 7f3a8a0fa312de69 1.2.3.4:5", "", "HELLO"})
  void anythingElseIsDropped(String datagram) throws Exception {
    byte[] data = datagram.getBytes(StandardCharsets.US_ASCII);

    assertEquals(Optional.empty(), NatDetectionProtocol.reply(data, data.length,
        new InetSocketAddress(InetAddress.getByName("198.51.100.77"), 40123)));
  }
}
