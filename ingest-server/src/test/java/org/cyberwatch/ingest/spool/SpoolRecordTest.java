package org.cyberwatch.ingest.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpoolRecordTest {

  private static final String UID = "20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3";
  private static final byte[] POST = "{\"format\":\"json\",\"content\":{}}".getBytes(StandardCharsets.US_ASCII);

  @Test
  void bucketIsTheHourCountryAndCompactTestNameOfTheUid() {
    SpoolRecord r = SpoolRecord.of(UID, POST);

    assertEquals("2025052723_ID_webconnectivity", r.bucket());
    assertEquals("2025052723", r.hour());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "path in uid        | ../20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3 | 2025052723_ID_webconnectivity   | uid:",
    "uppercase hash     | 20250527233111.802678_ID_webconnectivity_5A37EC909DBF14E3    | 2025052723_ID_webconnectivity   | uid:",
    "other hour bucket  | 20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3    | 2025052722_ID_webconnectivity   | bucket:",
    "path in bucket     | 20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3    | ../2025052723_ID_webconnectivity | bucket:",
  })
  void malformedPartsAreRejectedNamingThePart(String name, String uid, String bucket, String field) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpoolRecord.fromJournal(uid, bucket, POST));

    assertEquals(field, e.getMessage().substring(0, field.length()));
  }

  @Test
  void emptyPostIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpoolRecord.of(UID, new byte[0]));

    assertEquals("post:", e.getMessage().substring(0, 5));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "yaml format        | {\"format\":\"yaml\",\"content\":\"---\"}",
    "content not object | {\"format\":\"json\",\"content\":[1]}",
    "no content         | {\"format\":\"json\"}",
    "not JSON           | {\"format\":\"json\",\"content\":{",
  })
  void aPostFromElsewhereIsScannedAndAMalformedOneMakesNoRecord(String name, String post) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpoolRecord.of(UID, post.getBytes(StandardCharsets.UTF_8)));

    assertEquals("post:", e.getMessage().substring(0, 5), e.getMessage());
  }
}
