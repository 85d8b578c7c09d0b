package org.cyberwatch.ingest.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.luben.zstd.Zstd;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.junit.jupiter.api.Test;

class BenchSubmissionTest {

  private static final URI REPORT = URI.create("http://127.0.0.1:8080/report/20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD");
  private final BenchSubmission submission =
      BenchSubmission.of(REPORT, ApiFixtures.measurement("ts-017-web-connectivity.example.json"));

  @Test
  void everySendCarriesItsOwnSequenceNumber() {
    String first = text(submission.request(0, false).clone());
    String later = text(submission.request(4_294_967_296L, false));

    assertEquals(List.of(true, true, first.length()), List.of(first.contains("\"bench_seq\":\"0000000000\""),
        later.contains("\"bench_seq\":\"4294967296\""), later.length()));
  }

  @Test
  void zstdRequestCarriesThePlainBodyCompressed() {
    byte[] plain = submission.request(7, false).clone();
    byte[] zstd = submission.request(7, true);
    String head = text(zstd).substring(0, text(zstd).indexOf("\r\n\r\n") + 4);
    byte[] body = Arrays.copyOfRange(zstd, head.getBytes(StandardCharsets.ISO_8859_1).length, zstd.length);

    byte[] plainBody = Arrays.copyOfRange(plain, text(plain).indexOf("\r\n\r\n") + 4, plain.length);
    assertArrayEquals(plainBody, Zstd.decompress(body, plainBody.length));
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
