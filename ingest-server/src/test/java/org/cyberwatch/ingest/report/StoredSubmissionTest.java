package org.cyberwatch.ingest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.cyberwatch.ingest.testing.MutableClock;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stored measurement is spliced from the bytes as received (no tree); it must be the same JSON
 * document the tree path ({@link ReportService#stamp}) stores: {@code probe_ip} scrubbed, {@code
 * measurement_uid} set, everything else as sent.
 */
class StoredSubmissionTest {

  private static final Instant NOW = Instant.parse("2024-02-14T09:06:17.123456789Z");
  private static final String WEB_ID = "20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD";
  private static final String WEB = "ts-017-web-connectivity.example.json";
  private static final String CASES = """
      absent          | false |
      escaped value   | false | "probe_ip":"203.0.113.\\u0035",
      escaped name    | false | "probe\\u005fip":"203.0.113.5",
      null            | false | "probe_ip":null,
      uid first       | false | "measurement_uid":"20200101000000.000000_IT_webconnectivity_0000000000000000","probe_ip":"203.0.113.5",
      uid null        | false | "measurement_uid":null,"probe_ip":"203.0.113.5",
      nested names    | false | "extra":{"probe_ip":"198.51.100.7","measurement_uid":"x","in":{"probe_ip":"198.51.100.7"}},"probe_ip":"203.0.113.5",
      escapes around  | false | "note":"quote \\" backslash \\\\ slash \\/ tab \\t nul \\u0000 }{,:","probe_ip":"203.0.113.5",
      unicode         | false | "probe_network_name":"Telecom Itália 🇮🇹 \\ud83d\\ude00 日本","probe_ip":"203.0.113.5",
      duplicate ip    | false | "probe_ip":"203.0.113.5","probe_ip":"203.0.113.6",
      duplicate uid   | false | "measurement_uid":"a","probe_ip":"203.0.113.5","measurement_uid":"b",
      pretty absent   | true  |
      pretty          | true  | "probe_ip" : "203.0.113.5" ,
      pretty uid      | true  | "measurement_uid" :<TAB>"x" ,<CR><LF> "probe_ip":<LF>"203.0.113.5",
      """;

  private final ReportService service = new ReportService("1", "0.1.0", new MutableClock(NOW), new SecureRandom(),
      r -> CompletableFuture.completedFuture(null));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = CASES)
  void splicedMeasurementIsTheDocumentTheTreePathStores(String name, boolean pretty, String members)
      throws Exception {
    byte[] content = content(pretty, members);
    byte[] body = post(content);

    JsonNode stored = ApiFixtures.JSON.readTree(service.prepare(WEB_ID, body).record().post());

    byte[] expected = ReportService.stamp(MeasurementCodec.parse(content), body, NOW).record().post();
    assertEquals(ApiFixtures.JSON.readTree(expected), stored);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = CASES)
  void noSubmittedProbeAddressIsStored(String name, boolean pretty, String members) throws Exception {
    byte[] body = post(content(pretty, members));

    String stored = new String(service.prepare(WEB_ID, body).record().post(), StandardCharsets.UTF_8);

    assertFalse(stored.contains("203.0.113."), stored);
  }

  /**
   * The fixture without probe_ip, measurement_uid, probe_network_name; {@code members} first (with
   * {@code <TAB>}, {@code <CR>}, {@code <LF>} standing for whitespace).
   */
  private static byte[] content(boolean pretty, String members) throws Exception {
    ObjectNode m = ApiFixtures.measurement(WEB);
    m.remove(java.util.List.of("probe_ip", "measurement_uid", "probe_network_name"));
    String base = pretty ? ApiFixtures.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m)
        : ApiFixtures.JSON.writeValueAsString(m);
    String inserted = members == null ? "" : members.replace("<TAB>", "\t").replace("<CR>", "\r").replace("<LF>", "\n");
    String text = "{" + (pretty ? "\n  " : "") + inserted + base.substring(1);
    return (pretty ? text + "\n" : text).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] post(byte[] content) {
    return ("{\"format\":\"json\",\"content\":" + new String(content, StandardCharsets.UTF_8) + "}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
