package org.cyberwatch.pipelines.load.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GraphKeyTest {

  static Stream<GraphKey> keys() {
    return Stream.of(GraphKey.as(0), GraphKey.as(15169), GraphKey.as(GraphKey.MAX_ASN),
        GraphKey.route(15169, 3356), GraphKey.route(3356, 3356), GraphKey.route(GraphKey.MAX_ASN, 0));
  }

  @ParameterizedTest
  @MethodSource("keys")
  void coderRoundTripsTheKey(GraphKey key) throws Exception {
    CoderProperties.coderDecodeEncodeEqual(GraphKeyCoder.of(), key);
  }

  @ParameterizedTest
  @MethodSource("keys")
  void coderEncodesEqualKeysToEqualBytes(GraphKey key) throws Exception {
    CoderProperties.coderDeterministic(GraphKeyCoder.of(), key, new GraphKey(key.kind(), key.asn(), key.dstAsn()));
  }

  @Test
  void coderIsDeterministicForGrouping() throws Coder.NonDeterministicException {
    GraphKeyCoder.of().verifyDeterministic();
  }

  @Test
  void asKeyHasNoDestination() {
    assertEquals(-1, GraphKey.as(15169).dstAsn());
  }

  @Test
  void asKeyWithADestinationIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new GraphKey(GraphKey.Kind.AS, 15169, 3356));
    assertEquals("dstAsn: must be -1 for an AS key, got 3356", e.getMessage());
  }

  @Test
  void asnAbove32BitsIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GraphKey.route(15169, 4_294_967_296L));
    assertEquals("dstAsn: not an AS number: 4294967296", e.getMessage());
  }
}
