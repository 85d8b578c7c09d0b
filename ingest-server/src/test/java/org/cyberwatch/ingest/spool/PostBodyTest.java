package org.cyberwatch.ingest.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostBodyTest {

  private static final String UID = "20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3";

  @Test
  void contentOfARealPostIsTheMeasurementObjectBytesAsSent() {
    String file = SpoolFixtures.FILES.get(0);
    String measurement = new String(SpoolFixtures.measurement(file), StandardCharsets.UTF_8);

    assertEquals(measurement.strip(),
        new String(PostBody.content(SpoolFixtures.post(file)), StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "no uid yet             | {\"content\":{\"a\":1}}                                | {\"a\":1,\"measurement_uid\":\"" + UID + "\"}",
    "empty content          | {\"format\":\"json\",\"content\":{ }}                  | { \"measurement_uid\":\"" + UID + "\"}",
    "same uid kept as sent  | {\"content\":{\"measurement_uid\" : \"" + UID + "\"}} | {\"measurement_uid\" : \"" + UID + "\"}",
    "other uid replaced     | {\"content\":{\"measurement_uid\":\"x\",\"b\":[1]}}  | {\"measurement_uid\":\"" + UID + "\",\"b\":[1]}",
    "null uid replaced      | {\"content\":{\"measurement_uid\":null}}             | {\"measurement_uid\":\"" + UID + "\"}",
    "nested uid not touched | {\"content\":{\"k\":{\"measurement_uid\":\"x\"}}}     | {\"k\":{\"measurement_uid\":\"x\"},\"measurement_uid\":\"" + UID + "\"}",
  })
  void contentWithUidSetsTheTopLevelMember(String name, String post, String expected) {
    byte[] out = PostBody.contentWithUid(post.getBytes(StandardCharsets.UTF_8), UID);

    assertEquals(expected, new String(out, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", "[]", "{\"content\":[1]}", "{\"format\":\"yaml\",\"content\":{}}", "{\"content\":{}} x",
    "{\"content\":{\"a\":}", "{\"format\":\"json\"}",
  })
  void malformedPostsAreRejectedNamingThePost(String post) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PostBody.check(post.getBytes(StandardCharsets.UTF_8)));

    assertEquals("post:", e.getMessage().substring(0, 5));
  }
}
