package org.cyberwatch.ingest.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.cyberwatch.ingest.report.UploadRejectedException;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBodyTest {

  private static final byte[] BODY = ApiFixtures.submission("ts-017-web-connectivity.example.json");
  private final RequestBody limits = new RequestBody(64 * 1024, 128 * 1024);

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "GZIP", "x-gzip", "zstd", "zstd-frame", "identity", ""})
  void encodedBodyIsDecodedToTheBytesSent(String encoding) throws Exception {
    byte[] sent = encode(BODY, encoding);

    assertArrayEquals(BODY, read(sent, encoding));
  }

  @Test
  void bodyWithoutEncodingHeaderIsReadAsIs() throws Exception {
    assertArrayEquals(BODY, limits.read(new ByteArrayInputStream(BODY), BODY.length, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "zstd", "zstd-frame"})
  void corruptCompressedBodyIsABadEncoding(String encoding) throws Exception {
    byte[] sent = encode(BODY, encoding);
    sent[sent.length / 2] ^= 0x5a;
    sent[sent.length / 2 + 1] ^= 0x5a;

    assertEquals(Reason.BAD_ENCODING, rejection(sent, encoding));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "zstd", "zstd-frame"})
  void compressedBodyWithDamagedHeaderIsABadEncoding(String encoding) throws Exception {
    byte[] sent = encode(BODY, encoding);
    sent[0] ^= 0x7f;

    assertEquals(Reason.BAD_ENCODING, rejection(sent, encoding));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "zstd", "zstd-frame"})
  void truncatedCompressedBodyIsABadEncoding(String encoding) throws Exception {
    byte[] sent = encode(BODY, encoding);

    assertEquals(Reason.BAD_ENCODING, rejection(Arrays.copyOf(sent, sent.length - 9), encoding));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "zstd"})
  void plainTextLabelledCompressedIsABadEncoding(String encoding) {
    assertEquals(Reason.BAD_ENCODING, rejection(BODY, encoding));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "zstd", "zstd-frame"})
  void decompressionBombStopsAtTheCap(String encoding) throws Exception {
    byte[] bomb = encode(new byte[8 * 1024 * 1024], encoding); // 8 MiB of zeros, a few KiB compressed

    assertEquals(Reason.DECOMPRESSED_TOO_LARGE, rejection(bomb, encoding));
  }

  @Test
  void declaredLengthOverTheLimitIsRefusedBeforeReading() {
    UploadRejectedException e = assertThrows(UploadRejectedException.class,
        () -> limits.read(new ByteArrayInputStream(new byte[0]), 64 * 1024 + 1, null));
    assertEquals(Reason.BODY_TOO_LARGE, e.reason());
  }

  @Test
  void streamedBodyOverTheLimitIsRefused() {
    UploadRejectedException e = assertThrows(UploadRejectedException.class,
        () -> limits.read(new ByteArrayInputStream(new byte[64 * 1024 + 1]), -1, null));
    assertEquals(Reason.BODY_TOO_LARGE, e.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"br", "deflate", "gzip, zstd"})
  void otherEncodingsAreUnsupported(String encoding) {
    assertEquals(Reason.UNSUPPORTED_ENCODING, rejection(BODY, encoding));
  }

  @Test
  void zstdFramesOneAfterTheOtherAreDecodedAsOneBody() throws Exception {
    byte[] half = Arrays.copyOf(BODY, BODY.length / 2);
    byte[] rest = Arrays.copyOfRange(BODY, BODY.length / 2, BODY.length);
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    sent.writeBytes(Zstd.compress(half));
    sent.writeBytes(Zstd.compress(rest));

    assertArrayEquals(BODY, read(sent.toByteArray(), "zstd"));
  }

  /** Reads {@code sent} as it arrives with {@code encoding} ({@code zstd-frame} is sent as zstd). */
  private byte[] read(byte[] sent, String encoding) throws Exception {
    return limits.read(new ByteArrayInputStream(sent), sent.length, encoding.replace("zstd-frame", "zstd"));
  }

  private Reason rejection(byte[] sent, String encoding) {
    return assertThrows(UploadRejectedException.class, () -> read(sent, encoding)).reason();
  }

  static byte[] encode(byte[] body, String encoding) throws IOException {
    switch (encoding.toLowerCase()) {
      case "gzip", "x-gzip" -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
          gz.write(body);
        }
        return out.toByteArray();
      }
      case "zstd" -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZstdOutputStream z = new ZstdOutputStream(out)) {
          z.setChecksum(true); // as zstd's command line does by default
          z.write(body);
        }
        return out.toByteArray();
      }
      case "zstd-frame" -> {
        try (ZstdCompressCtx one = new ZstdCompressCtx()) { // one frame declaring its size
          return one.setChecksum(true).setContentSize(true).compress(body);
        }
      }
      default -> {
        return body;
      }
    }
  }
}
