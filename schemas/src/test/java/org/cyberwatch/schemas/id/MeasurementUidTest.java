package org.cyberwatch.schemas.id;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementUidTest {

  @Test
  void parsesTheFastpathSampleUid() {
    MeasurementUid uid =
        MeasurementUid.parse("20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3");

    assertEquals(Instant.parse("2025-05-27T23:31:11.802678Z"), uid.receivedAt());
    assertEquals(
        List.of("ID", "webconnectivity", "5a37ec909dbf14e3"),
        List.of(uid.cc(), uid.testName(), uid.hash()));
    assertEquals("20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3", uid.toString());
  }

  @ParameterizedTest
  @CsvFileSource(resources = "/fixtures/ooni/rows/fastpath_ids.csv", numLinesToSkip = 1)
  void parsesRealOoniUids(String text, String reportId, String cc, long asn, String testName) {
    MeasurementUid uid = MeasurementUid.parse(text);

    assertEquals(
        List.of(text, cc, TestNames.compact(testName)),
        List.of(uid.toString(), uid.cc(), uid.testName()));
  }

  @Test
  void hashesTheBodyWithSha512LikeOonisCollector() throws IOException {
    // Expected value from an independent implementation:
    // python3 -c "import hashlib;print(hashlib.sha512(open(f,'rb').read()).hexdigest()[:16])"
    byte[] body;
    try (InputStream in =
        getClass()
            .getResourceAsStream(
                "/fixtures/ooni/measurements/20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3.json")) {
      body = in.readAllBytes();
    }

    MeasurementUid uid =
        MeasurementUid.of(
            Instant.parse("2025-05-27T23:31:11.802678999Z"), "ID", "web_connectivity", body);

    assertEquals("20250527233111.802678_ID_webconnectivity_8337f3a6c7f3c6de", uid.toString());
  }

  @Test
  void ofKeepsMicrosecondsOnly() {
    MeasurementUid uid =
        MeasurementUid.of(
            Instant.parse("2024-01-01T00:00:01.000000999Z"),
            "SE",
            "dnscheck",
            "{}".getBytes(UTF_8));

    assertEquals(Instant.parse("2024-01-01T00:00:01Z"), uid.receivedAt());
    assertTrue(uid.toString().startsWith("20240101000001.000000_SE_dnscheck_"), uid.toString());
  }

  @Test
  void naturalOrderIsReceiveTimeOrderAndMatchesTextOrder() throws IOException {
    List<String> texts;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/ooni/rows/fastpath_ids.csv")) {
      texts =
          new String(in.readAllBytes(), UTF_8)
              .lines()
              .skip(1)
              .map(line -> line.substring(0, line.indexOf(',')))
              .collect(Collectors.toList());
    }
    List<MeasurementUid> shuffled =
        texts.stream().map(MeasurementUid::parse).collect(Collectors.toList());
    Collections.shuffle(shuffled, new Random(3));

    List<MeasurementUid> sorted = new ArrayList<>(shuffled);
    Collections.sort(sorted);

    List<String> sortedTexts = new ArrayList<>(texts);
    Collections.sort(sortedTexts);
    assertEquals(
        sortedTexts, sorted.stream().map(MeasurementUid::toString).collect(Collectors.toList()));
    assertEquals(
        sorted.stream().map(MeasurementUid::receivedAt).sorted().collect(Collectors.toList()),
        sorted.stream().map(MeasurementUid::receivedAt).collect(Collectors.toList()));
  }

  @Test
  void namesTheHourDirectoryLikeOonisSpool() {
    MeasurementUid uid =
        MeasurementUid.parse("20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3");

    assertEquals("2025052723_ID_webconnectivity", uid.hourDirName());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e",
        "20250527233111.802678_ID_webconnectivity_5A37EC909DBF14E3",
        "20250527233111.80267_ID_webconnectivity_5a37ec909dbf14e3",
        "20251327233111.802678_ID_webconnectivity_5a37ec909dbf14e3",
        "20250527233111.802678_id_webconnectivity_5a37ec909dbf14e3",
        "20250527233111.802678_ID_web_connectivity_5a37ec909dbf14e3",
        "20250527233111.802678_ID_../../etc_5a37ec909dbf14e3",
        "20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3/../x",
        "20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3.post"
      })
  void rejectsAnythingElse(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MeasurementUid.parse(text));

    assertTrue(e.getMessage().startsWith("measurement_uid:"), e.getMessage());
  }
}
