package org.cyberwatch.pipelines.coders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.CoderUtils;
import org.cyberwatch.pipelines.parse.MeasurementIdentity;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.junit.jupiter.api.Test;

class ParsedMeasurementCoderTest {
  private static final String FIXTURE = "/fixtures/ping/ping.json";

  private static byte[] fixture() throws IOException {
    try (InputStream in = ParsedMeasurementCoderTest.class.getResourceAsStream(FIXTURE)) {
      return in.readAllBytes();
    }
  }

  private static ParsedMeasurement parsed(byte[] json) {
    Measurement m = MeasurementCodec.parse(json);
    return MeasurementIdentity.identify(m, null, "can.jsonl.gz", 3);
  }

  @Test
  void carriedBytesAreWrittenAsTheyAreAndKeptOnDecode() throws IOException {
    byte[] json = fixture();
    ParsedMeasurement p = parsed(json).withJson(json);

    ParsedMeasurement decoded = CoderUtils.clone(ParsedMeasurementCoder.INSTANCE, p);

    assertEquals(p, decoded);
    assertArrayEquals(json, decoded.json());
  }

  @Test
  void withoutBytesTheDocumentIsSerializedAndDecodesEqual() throws IOException {
    ParsedMeasurement p = parsed(fixture());

    ParsedMeasurement decoded = CoderUtils.clone(ParsedMeasurementCoder.INSTANCE, p);

    assertEquals(p, decoded);
    assertArrayEquals(MeasurementCodec.toBytes(p.measurement()), decoded.json());
  }

  @Test
  void scoredAndEnrichedCodersCarryTheBytesToo() throws CoderException, IOException {
    byte[] json = fixture();
    ParsedMeasurement p = parsed(json).withJson(json);

    byte[] once = CoderUtils.encodeToByteArray(ParsedMeasurementCoder.INSTANCE, p);
    ParsedMeasurement decoded = CoderUtils.decodeFromByteArray(ParsedMeasurementCoder.INSTANCE, once);

    assertArrayEquals(once, CoderUtils.encodeToByteArray(ParsedMeasurementCoder.INSTANCE, decoded));
  }
}
