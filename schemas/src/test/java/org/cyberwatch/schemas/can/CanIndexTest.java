package org.cyberwatch.schemas.can;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanIndexTest {

  private static final String SHA = "ab".repeat(32);
  private static final CanIndex INDEX =
      new CanIndex(
          "2024021409_IT_webconnectivity.n1.0.jsonl.gz",
          CanFormat.JSONL_GZ,
          1234,
          SHA,
          List.of(
              new CanIndexEntry(
                  0,
                  "20240214090000.000001_IT_webconnectivity_0123456789abcdef",
                  "20240214T085959Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmDabcdef",
                  "https://a.example/"),
              new CanIndexEntry(1, null, "", null)));

  @Test
  void theSidecarSitsNextToTheCan() {
    assertEquals(
        Path.of("/a/b/x.n1.0.tar.gz.index.json.gz"),
        CanIndex.sidecarOf(Path.of("/a/b/x.n1.0.tar.gz")));
  }

  @Test
  void findsAnEntryByUid() {
    assertEquals(
        Optional.of(INDEX.entries().get(0)),
        INDEX.findByUid("20240214090000.000001_IT_webconnectivity_0123456789abcdef"));
  }

  @Test
  void writesTheDocumentedJson() throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    CanIndexJson.write(INDEX, json);

    assertEquals(
        "{\"index_version\":1,\"can\":\"2024021409_IT_webconnectivity.n1.0.jsonl.gz\","
            + "\"can_format\":\"jsonl.gz\",\"can_bytes\":1234,\"can_sha256\":\""
            + SHA
            + "\",\"count\":2,"
            + "\"entries\":[{\"linenum\":0,\"measurement_uid\":"
            + "\"20240214090000.000001_IT_webconnectivity_0123456789abcdef\",\"report_id\":"
            + "\"20240214T085959Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmDabcdef\","
            + "\"input\":\"https://a.example/\"},{\"linenum\":1,\"measurement_uid\":null,"
            + "\"report_id\":\"\",\"input\":null}]}",
        json.toString(UTF_8));
  }

  @Test
  void aTruncatedSidecarIsACanFormatException() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    INDEX.writeTo(out);
    byte[] truncated = Arrays.copyOf(out.toByteArray(), out.size() - 20);

    assertThrows(
        CanFormatException.class,
        () -> CanIndex.readFrom(new ByteArrayInputStream(truncated), "x.index.json.gz"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "{\"index_version\":2,\"count\":0,\"entries\":[]}",
        "{\"index_version\":1,\"can\":\"x.jsonl.gz\",\"can_format\":\"jsonl.gz\",\"can_bytes\":1,"
            + "\"can_sha256\":\"00\",\"count\":0,\"entries\":[]}",
        "{\"index_version\":1,\"can\":\"x.jsonl.gz\",\"can_format\":\"jsonl.gz\",\"can_bytes\":1,"
            + "\"can_sha256\":\""
            + "00"
            + "\",\"count\":1,\"entries\":[]}",
        "{\"index_version\":1,\"can\":\"x.jsonl.gz\",\"can_format\":\"zip\",\"can_bytes\":1,"
            + "\"can_sha256\":\""
            + "0000000000000000000000000000000000000000000000000000000000000000"
            + "\",\"count\":0,\"entries\":[]}"
      })
  void aMalformedSidecarIsACanFormatException(String json) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(json.getBytes(UTF_8));
    }

    assertThrows(
        CanFormatException.class,
        () -> CanIndex.readFrom(new ByteArrayInputStream(out.toByteArray()), "x.index.json.gz"));
  }
}
