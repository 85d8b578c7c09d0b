package org.cyberwatch.ingest.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.cyberwatch.ingest.report.UploadRejectedException.Reason;
import org.cyberwatch.ingest.spool.SpoolFullException;
import org.cyberwatch.ingest.spool.SpoolRecord;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.cyberwatch.ingest.testing.MutableClock;
import org.cyberwatch.schemas.id.ReportId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportServiceTest {

  private static final Instant NOW = Instant.parse("2024-02-14T09:06:17.123456789Z");
  private static final String WEB_ID = "20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD";
  private static final String WEB = "ts-017-web-connectivity.example.json";

  private final MutableClock clock = new MutableClock(NOW);
  private final List<SpoolRecord> appended = new ArrayList<>();
  private final ReportService service = new ReportService("1", "0.1.0", clock, new SecureRandom(),
      r -> {
        appended.add(r);
        return CompletableFuture.completedFuture(null);
      });

  /** Columns: probe_asn; probe_cc; test_name (absent = omitted) → test name, cc, asn of the id. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "absent", value = {
    "AS30722; IT; web_connectivity; webconnectivity; IT; 30722",
    "as30722; it; Web_Connectivity; webconnectivity; IT; 30722",
    "30722; IT; tor; tor; IT; 0",
    "AS; IT; tor; tor; IT; 0",
    "AS12345678901; IT; tor; tor; IT; 0",
    "AS1234567890; IT; tor; tor; IT; 1234567890",
    "ASxyz; IT; tor; tor; IT; 0",
    "AS0; I_T; dnscheck; dnscheck; IT; 0",
    "AS3320; DEU; dnscheck; dnscheck; ZZ; 3320",
    "absent; absent; stun_reachability; stunreachability; ZZ; 0"
  })
  void openNormalisesMetadataAsOoniDoes(String asn, String cc, String testName, String idTest, String idCc,
      long idAsn) throws Exception {
    ObjectNode body = ApiFixtures.json("api/open_report_request.json");
    put(body, "probe_asn", asn);
    put(body, "probe_cc", cc);
    put(body, "test_name", testName);

    ReportId id = ReportId.parse(service.open(body).reportId());

    assertEquals(List.of(idTest, idCc, idAsn, "1", Instant.parse("2024-02-14T09:06:17Z")),
        List.of(id.testName(), id.cc(), id.asn(), id.collector(), id.time()));
  }

  @Test
  void openAnswersAsOoniWithAStrongReportId() throws Exception {
    OpenedReport opened = service.open(ApiFixtures.json("api/open_report_request.json"));

    assertEquals(List.of("0.1.0", List.of("yaml", "json")), List.of(opened.backendVersion(), opened.supportedFormats()));
    assertTrue(ReportId.parse(opened.reportId()).hasStrongRandom(), opened.reportId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "web connectivity", "tést", "a/b"})
  void openRefusesATestNameThatCannotFormAReportId(String testName) {
    ObjectNode body = ApiFixtures.json("api/open_report_request.json").put("test_name", testName);

    UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> service.open(body));
    assertEquals(Reason.INVALID_REQUEST, e.reason());
  }

  @Test
  void submissionIsStampedWithReceiveTimeAndBodyHash() throws Exception {
    byte[] body = ApiFixtures.submission(WEB);

    Submission s = service.prepare(WEB_ID, body);

    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(body), 0, 8);
    assertEquals("20240214090617.123456_IT_webconnectivity_" + hash, s.uid().toString());
    assertEquals(s.uid().toString(), s.stored().measurementUid());
    assertEquals(List.of(s.uid().toString(), "2024021409_IT_webconnectivity"),
        List.of(s.record().uid(), s.record().bucket()));
  }

  @Test
  void probeIpIsScrubbedBeforeAnythingIsStored() throws Exception {
    ObjectNode m = ApiFixtures.measurement(WEB).put("probe_ip", "203.0.113.5");

    Submission s = service.prepare(WEB_ID, ApiFixtures.submission(m));

    assertEquals("127.0.0.1", s.stored().probeIp());
    assertFalse(new String(s.record().post(), StandardCharsets.UTF_8).contains("203.0.113.5"));
  }

  @Test
  void storedPostIsTheMeasurementAsSentPlusUidInAJsonPost() throws Exception {
    Submission s = service.prepare(WEB_ID, ApiFixtures.submission(WEB));

    JsonNode post = ApiFixtures.JSON.readTree(s.record().post());
    ObjectNode expected = ApiFixtures.measurement(WEB).put("measurement_uid", s.uid().toString());
    assertEquals(List.of("json", expected), List.of(post.get("format").asText(), post.get("content")));
  }

  /** Columns: member changed; value — the body no longer matches the report id. */
  @ParameterizedTest
  @CsvSource({"probe_cc, DE", "probe_asn, AS3320", "test_name, dnscheck", "test_name, web_connectivity_x"})
  void metadataNotMatchingTheReportIdIsRefused(String member, String value) {
    byte[] body = ApiFixtures.submission(ApiFixtures.measurement(WEB).put(member, value));

    UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> service.prepare(WEB_ID, body));
    assertEquals(Reason.REPORT_ID_MISMATCH, e.reason(), e.getMessage());
    assertTrue(e.getMessage().startsWith(member), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
    "20240214T090617Z_webconnectivity_IT_30722_n1_../../x",
    "20240214T090617Z_webconnectivity_it_30722_n1_1IvUiXNWHooB5rmD",
    "20240214T090617Z_webconnectivity_IT_30722_n1_short",
    "20240214T090617Z_web-connectivity_IT_30722_n1_1IvUiXNWHooB5rmD"})
  void malformedReportIdIsRefused(String reportId) {
    UploadRejectedException e = assertThrows(UploadRejectedException.class,
        () -> service.prepare(reportId, ApiFixtures.submission(WEB)));
    assertEquals(Reason.BAD_REPORT_ID, e.reason());
  }

  /** Columns: body; reason. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "not json | INVALID_JSON",
    "{\"format\":\"json\",\"content\":{} | INVALID_JSON",
    "{\"format\":\"json\",\"content\":{}} trailing | INVALID_JSON",
    "[1,2] | NOT_AN_OBJECT",
    "\"text\" | NOT_AN_OBJECT",
    "{\"format\":\"json\",\"content\":\"x\"} | CONTENT_NOT_OBJECT",
    "{\"format\":\"json\",\"content\":[]} | CONTENT_NOT_OBJECT",
    "{\"format\":\"json\"} | CONTENT_NOT_OBJECT",
    "{\"format\":\"yaml\",\"content\":{}} | UNSUPPORTED_FORMAT",
    "{\"format\":\"json\",\"content\":{}} | INVALID_MEASUREMENT",
    "{\"format\":\"json\",\"content\":{\"test_name\":\"tor\",\"probe_cc\":\"it\"}} | INVALID_MEASUREMENT"
  })
  void malformedBodyIsRefusedWithItsReason(String body, Reason reason) {
    UploadRejectedException e = assertThrows(UploadRejectedException.class,
        () -> service.prepare(WEB_ID, body.getBytes(StandardCharsets.UTF_8)));
    assertEquals(reason, e.reason(), e.getMessage());
  }

  @Test
  void invalidJsonMessageSaysWhereWithoutParserNoise() {
    UploadRejectedException e = assertThrows(UploadRejectedException.class,
        () -> service.prepare(WEB_ID, "{\"format\":\"json\",\"content\":{\"a\":".getBytes(StandardCharsets.UTF_8)));

    assertFalse(e.getMessage().contains("Source"), e.getMessage());
    assertTrue(e.getMessage().startsWith("the body is not well-formed JSON: ") && e.getMessage().endsWith("(line 1, column 33)"),
        e.getMessage());
  }

  @Test
  void olderOoniReportIdShapeIsAcceptedWithoutMetadataComparison() throws Exception {
    ObjectNode tor = ApiFixtures.measurement("tor.json");

    Submission s = service.prepare(tor.get("report_id").asText(), ApiFixtures.submission(tor));

    assertEquals(List.of("IT", "tor"), List.of(s.uid().cc(), s.uid().testName()));
  }

  @Test
  void submitAppendsOnceAndCompletesWithTheStoredUid() throws Exception {
    Accepted a = service.submit(WEB_ID, ApiFixtures.submission(WEB)).get();

    assertEquals(List.of(a.uid().toString()), appended.stream().map(SpoolRecord::uid).toList());
  }

  @Test
  void identicalResubmissionInTheSameReportAnswersTheFirstUidAndIsNotStoredAgain() throws Exception {
    Accepted first = service.submit(WEB_ID, ApiFixtures.submission(WEB)).get();
    clock.advance(java.time.Duration.ofSeconds(5));

    Accepted again = service.submit(WEB_ID, ApiFixtures.submission(WEB)).get();

    assertEquals(List.of(first.uid(), false, true, 1), List.of(again.uid(), first.repeated(), again.repeated(),
        appended.size()));
  }

  /** Columns: report id of the second submission; its body (the first is WEB's under WEB_ID). */
  @ParameterizedTest
  @CsvSource({
    "20240214T090617Z_webconnectivity_IT_30722_n1_2IvUiXNWHooB5rmD, same",
    "20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD, other"
  })
  void sameBodyInAnotherReportOrAnotherBodyIsStoredAgain(String reportId, String body) throws Exception {
    service.submit(WEB_ID, ApiFixtures.submission(WEB)).get();
    byte[] second = body.equals("same") ? ApiFixtures.submission(WEB)
        : ApiFixtures.submission(ApiFixtures.measurement(WEB).put("input", "https://example.org/"));

    Accepted a = service.submit(reportId, second).get();

    assertEquals(List.of(false, 2), List.of(a.repeated(), appended.size()));
  }

  @Test
  void resubmissionAfterAFailedAppendIsStored() throws Exception {
    List<SpoolRecord> stored = new ArrayList<>();
    ReportService flaky = new ReportService("1", "0.1.0", clock, new SecureRandom(), r -> {
      if (stored.isEmpty() && appended.isEmpty()) {
        appended.add(r);
        return CompletableFuture.failedFuture(new java.io.IOException("disk failed"));
      }
      stored.add(r);
      return CompletableFuture.completedFuture(null);
    });
    CompletableFuture<Accepted> failed = flaky.submit(WEB_ID, ApiFixtures.submission(WEB));

    Accepted a = flaky.submit(WEB_ID, ApiFixtures.submission(WEB)).get();

    assertEquals(List.of(true, false, 1), List.of(failed.isCompletedExceptionally(), a.repeated(), stored.size()));
  }

  @Test
  void rejectedSubmissionAppendsNothing() {
    assertThrows(UploadRejectedException.class, () -> service.submit("bad", ApiFixtures.submission(WEB)));
    assertEquals(List.of(), appended);
  }

  @Test
  void fullSpoolIsPassedOnToTheCaller() {
    ReportService full = new ReportService("1", "0.1.0", clock, new SecureRandom(), r -> {
      throw new SpoolFullException(SpoolFullException.Reason.DISK_FLOOR, "test");
    });

    assertThrows(SpoolFullException.class, () -> full.submit(WEB_ID, ApiFixtures.submission(WEB)));
  }

  private static void put(ObjectNode body, String member, String value) {
    if (value == null) {
      body.remove(member);
    } else {
      body.put(member, value);
    }
  }
}
