package org.cyberwatch.schemas.can;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanKeyTest {

  /** The S3 keys in the real rows of OONI's jsonl table. */
  static List<String> realJsonlTableKeys() throws IOException {
    try (InputStream in =
        CanKeyTest.class.getResourceAsStream(
            "/fixtures/ooni/rows/3_clickhouse_populate_jsonl.sql")) {
      Matcher m = Pattern.compile("'(raw/[^']+)'").matcher(new String(in.readAllBytes(), UTF_8));
      return m.results().map(r -> r.group(1)).collect(Collectors.toList());
    }
  }

  @ParameterizedTest
  @MethodSource("realJsonlTableKeys")
  void parsesTheKeysOfOonisJsonlTableAndWritesThemBack(String key) {
    CanKey parsed = CanKey.parse(key);

    assertEquals(
        List.of(key, CanLayout.RAW, CanFormat.JSONL_GZ, true),
        List.of(parsed.toPath(), parsed.layout(), parsed.format(), parsed.collector().isPresent()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "raw/20210817/15/US/webconnectivity/2021081715_US_webconnectivity.n0.0.jsonl.gz"
            + " | RAW | 2021-08-17 | 15 | US | webconnectivity | JSONL_GZ | 0 | 0",
        "raw/20210817/11/GB/webconnectivity/2021081711_GB_webconnectivity.n0.0.tar.gz"
            + " | RAW | 2021-08-17 | 11 | GB | webconnectivity | POSTCAN_TAR_GZ | 0 | 0",
        "s3://ooni-data-eu-fra/raw/20250709/07/US/webconnectivity/2025070907_US_webconnectivity.n1.7.jsonl.gz"
            + " | RAW | 2025-07-09 | 7 | US | webconnectivity | JSONL_GZ | 1 | 7",
        "/tmp/archive/raw/20240214/09/IT/webconnectivity/2024021409_IT_webconnectivity.n1.12.jsonl.zst"
            + " | RAW | 2024-02-14 | 9 | IT | webconnectivity | JSONL_ZST | 1 | 12",
        "raw/20201021/00/IT/tor/2020102100_IT_tor.tar.gz"
            + " | RAW | 2020-10-21 | 0 | IT | tor | POSTCAN_TAR_GZ | - | -",
        "jsonl/webconnectivity/IT/20200921/00/20200921_IT_webconnectivity.l.0.jsonl.gz"
            + " | LEGACY_JSONL | 2020-09-21 | - | IT | webconnectivity | JSONL_GZ | - | -",
        "s3://ooni-data-eu-fra/jsonl/webconnectivity/US/20201021/00/x.jsonl.gz"
            + " | LEGACY_JSONL | 2020-10-21 | - | US | webconnectivity | JSONL_GZ | - | -"
      })
  void parsesDayHourCountryAndTestNameOfEveryLayout(
      String key,
      CanLayout layout,
      LocalDate day,
      Integer hour,
      String cc,
      String testName,
      CanFormat format,
      String collector,
      Integer index) {
    CanKey k = CanKey.parse(key);

    assertEquals(
        List.of(
            layout,
            day,
            hour == null ? OptionalInt.empty() : OptionalInt.of(hour),
            cc,
            testName,
            format,
            Optional.ofNullable(collector),
            index == null ? OptionalInt.empty() : OptionalInt.of(index)),
        List.of(
            k.layout(),
            k.day(),
            k.hour(),
            k.cc(),
            k.testName(),
            k.format(),
            k.collector(),
            k.index()));
  }

  @Test
  void legacyKeysAreWrittenBackInTheirOwnLayout() {
    String key = "jsonl/webconnectivity/IT/20200921/00/20200921_IT_webconnectivity.l.0.jsonl.gz";

    assertEquals(key, CanKey.parse(key).toPath());
  }

  @Test
  void ofBuildsTheHourlyKeyOfACollectorsCan() {
    CanKey k =
        CanKey.of(
            Instant.parse("2024-02-14T09:59:59.999Z"),
            "IT",
            "web_connectivity",
            "1",
            3,
            CanFormat.JSONL_GZ);

    assertEquals(
        List.of(
            "raw/20240214/09/IT/webconnectivity/2024021409_IT_webconnectivity.n1.3.jsonl.gz",
            "raw/20240214/09/IT/webconnectivity/2024021409_IT_webconnectivity.n1.3.jsonl.gz.index.json.gz"),
        List.of(k.toPath(), k.indexPath()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "raw/20240214/09/IT/webconnectivity/2024021409_IT_webconnectivity.n1.0.jsonl.gz.index.json.gz",
        "raw/20240214/09/IT/webconnectivity/notes.txt",
        "raw/20240214/09/IT/webconnectivity/../x.jsonl.gz",
        "raw/20240214/09/IT/webconnectivity/..jsonl.gz",
        "raw/20240214/09/../webconnectivity/x.jsonl.gz",
        "raw/20240214/24/IT/webconnectivity/x.jsonl.gz",
        "raw/20240230/09/IT/webconnectivity/x.jsonl.gz",
        "raw/2024021/09/IT/webconnectivity/x.jsonl.gz",
        "raw/20240214/09/it/webconnectivity/x.jsonl.gz",
        "raw/20240214/09/IT/web_connectivity/x.jsonl.gz",
        "jsonl/webconnectivity/IT/20200921/01/x.jsonl.gz",
        "jsonl/webconnectivity/IT/20200921/00/x.tar.gz",
        "webconnectivity/IT/20200921/00/x.jsonl.gz",
        ""
      })
  void ignoresPathsThatAreNotCansOfAKnownLayout(String key) {
    assertEquals(Optional.empty(), CanKey.tryParse(key));
  }

  @Test
  void parseNamesTheKeyItCannotRead() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CanKey.parse("raw/notes.txt"));

    assertEquals("can key: follows no known layout: 'raw/notes.txt'", e.getMessage());
  }
}
