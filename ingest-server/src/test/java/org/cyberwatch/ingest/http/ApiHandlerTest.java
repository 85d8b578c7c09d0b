package org.cyberwatch.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cyberwatch.ingest.checkin.TargetList;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.LocalConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP layer without sockets: routing, status mapping, JSON errors, durable acknowledgement. */
class ApiHandlerTest {

  private static final String WEB_ID = "20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD";
  private static final byte[] WEB = ApiFixtures.submission("ts-017-web-connectivity.example.json");

  private LocalApi api;

  @BeforeEach
  void start() throws Exception {
    api = new LocalApi(TargetList.EMPTY);
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  private HttpTester.Response submit(String reportId, byte[] body, String... headers) throws Exception {
    return api.send(LocalApi.request("POST", "/report/" + reportId, body, headers));
  }

  private static JsonNode json(HttpTester.Response r) throws Exception {
    return ApiFixtures.JSON.readTree(r.getContentBytes());
  }

  @Test
  void openAnswersWithAReportIdForTheBody() throws Exception {
    HttpTester.Response r = api.send(LocalApi.request("POST", "/report",
        ApiFixtures.bytes("api/open_report_request.json"), "Content-Type", "application/json"));

    assertEquals(200, r.getStatus());
    assertTrue(json(r).get("report_id").asText().startsWith("20240214T090617Z_webconnectivity_IT_30722_n1_"), r.getContent());
  }

  @Test
  void submissionIsAnsweredWithItsUidOnceDurable() throws Exception {
    HttpTester.Response r = submit(WEB_ID, WEB, "Content-Type", "application/json");

    assertEquals(200, r.getStatus(), r.getContent());
    assertEquals(api.appended.get(0).uid(), json(r).get("measurement_uid").asText());
  }

  @Test
  void identicalResubmissionIsAnsweredWithTheFirstUidAndCountedOnce() throws Exception {
    String first = json(submit(WEB_ID, WEB, "Content-Type", "application/json")).get("measurement_uid").asText();

    HttpTester.Response again = submit(WEB_ID, WEB, "Content-Type", "application/json");

    assertEquals(List.of(200, first, 1, true), List.of(again.getStatus(), json(again).get("measurement_uid").asText(),
        api.appended.size(), metrics().contains("cyberwatch_ingest_measurements_accepted_total{test_name=\"web_connectivity\"} 1.0")));
  }

  @Test
  void submissionIsNotAnsweredBeforeTheSpoolHasIt() throws Exception {
    api.mode = LocalApi.SinkMode.HOLD;
    LocalConnector.LocalEndPoint endPoint = api.start(LocalApi.request("POST", "/report/" + WEB_ID, WEB));

    java.util.concurrent.CompletableFuture<Void> durable = api.nextHeld();
    ByteBuffer early = endPoint.waitForResponse(false, 300, TimeUnit.MILLISECONDS);
    durable.complete(null);
    ByteBuffer answer = endPoint.waitForResponse(false, 10, TimeUnit.SECONDS);

    assertNull(early);
    assertEquals(200, HttpTester.parseResponse(answer).getStatus());
  }

  @Test
  void spoolWriteFailureIsA503AndNoUid() throws Exception {
    api.mode = LocalApi.SinkMode.HOLD;
    LocalConnector.LocalEndPoint endPoint = api.start(LocalApi.request("POST", "/report/" + WEB_ID, WEB));
    api.nextHeld().completeExceptionally(new java.io.IOException("disk gone"));

    HttpTester.Response r = HttpTester.parseResponse(endPoint.waitForResponse(false, 10, TimeUnit.SECONDS));

    assertEquals(List.of(503, "storage_unavailable", "60"),
        List.of(r.getStatus(), json(r).get("error").asText(), r.get("Retry-After")));
  }

  @Test
  void fullSpoolIsA503WithRetryAfter() throws Exception {
    api.mode = LocalApi.SinkMode.FULL;

    HttpTester.Response r = submit(WEB_ID, WEB);

    assertEquals(List.of(503, "spool_full", "60"),
        List.of(r.getStatus(), json(r).get("error").asText(), r.get("Retry-After")));
  }

  /**
   * Every class of bad input: path suffix after /report/; body (fixture name, or text); headers;
   * expected status and error code. Nothing reaches the spool.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "not-a-report-id | @web | | 400 | bad_report_id",
    "20240214T090617Z_webconnectivity_DE_30722_n1_1IvUiXNWHooB5rmD | @web | | 400 | report_id_mismatch",
    "20240214T090617Z_dnscheck_IT_30722_n1_1IvUiXNWHooB5rmD | @web | | 400 | report_id_mismatch",
    WEB_ID + " | {\"format\":\"json\",\"content\": | | 400 | invalid_json",
    WEB_ID + " | {\"format\":\"json\",\"content\":[1]} | | 400 | content_not_object",
    WEB_ID + " | [] | | 400 | not_an_object",
    WEB_ID + " | {\"format\":\"yaml\",\"content\":{}} | | 400 | unsupported_format",
    WEB_ID + " | @web | Content-Type=text/plain | 415 | unsupported_media_type",
    WEB_ID + " | @web | Content-Type=application/x-www-form-urlencoded | 415 | unsupported_media_type",
    WEB_ID + " | @web | Content-Encoding=gzip | 400 | bad_encoding",
    WEB_ID + " | @web | Content-Encoding=zstd | 400 | bad_encoding",
    WEB_ID + " | @web | Content-Encoding=br | 415 | unsupported_encoding",
    WEB_ID + " | @huge | | 413 | body_too_large",
    WEB_ID + " | @bomb | Content-Encoding=gzip | 413 | decompressed_too_large",
  })
  void badInputIsRefusedWithAJsonReasonAndNothingStored(String reportId, String body, String header,
      int status, String code) throws Exception {
    String[] headers = header == null ? new String[0] : header.split("=", 2);

    HttpTester.Response r = submit(reportId, body(body), headers);

    assertEquals(List.of(status, code, "application/json", 0),
        List.of(r.getStatus(), json(r).get("error").asText(), r.get("Content-Type"), api.appended.size()), r.getContent());
  }

  @Test
  void refusalsAreCountedByReason() throws Exception {
    submit("not-a-report-id", WEB);

    String metrics = metrics();
    assertTrue(metrics.contains("cyberwatch_ingest_rejected_total{reason=\"bad_report_id\"} 1.0"), metrics);
    assertTrue(metrics.contains("cyberwatch_ingest_requests_total{route=\"/report/{report_id}\",status=\"400\"} 1.0"), metrics);
  }

  @Test
  void serverKeepsServingAfterBadInput() throws Exception {
    submit(WEB_ID, body("@bomb"), "Content-Encoding", "gzip");
    submit(WEB_ID, "{".getBytes(StandardCharsets.UTF_8));

    assertEquals(200, submit(WEB_ID, WEB).getStatus());
  }

  @Test
  void encodedSeparatorInTheReportIdIsRefusedAsJson() throws Exception {
    HttpTester.Response r = api.sendRaw("POST /report/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: x\r\n"
        + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");

    assertEquals(List.of(400, "http_400"), List.of(r.getStatus(), json(r).get("error").asText()));
  }

  @Test
  void dotSegmentsCannotReachAnotherEndpoint() throws Exception {
    HttpTester.Response r = api.sendRaw("POST /report/../../admin/seal HTTP/1.1\r\nHost: x\r\n"
        + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");

    assertEquals(400, r.getStatus());
    assertEquals(0, api.seals.get());
  }

  @ParameterizedTest
  @CsvSource({"GET, /nowhere, 404, not_found", "GET, /report, 405, method_not_allowed",
      "DELETE, /report/" + WEB_ID + ", 405, method_not_allowed"})
  void unknownRoutesAnswerJson(String method, String path, int status, String code) throws Exception {
    HttpTester.Response r = api.send(LocalApi.request(method, path, null));

    assertEquals(List.of(status, code), List.of(r.getStatus(), json(r).get("error").asText()));
  }

  @Test
  void closeAnswersAnEmptyObject() throws Exception {
    HttpTester.Response r = api.send(LocalApi.request("POST", "/report/" + WEB_ID + "/close", new byte[0]));

    assertEquals(List.of(200, "{}"), List.of(r.getStatus(), r.getContent()));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "none", value = {"none, 401", "Bearer wrong-token-0123456789, 401",
      "Basic dGVzdA==, 401", "Bearer " + LocalApi.ADMIN_TOKEN + ", 200"})
  void sealNeedsTheAdminBearerToken(String authorization, int status) throws Exception {
    HttpTester.Response r = authorization == null
        ? api.send(LocalApi.request("POST", "/admin/seal", new byte[0]))
        : api.send(LocalApi.request("POST", "/admin/seal", new byte[0], "Authorization", authorization));

    assertEquals(List.of(status, status == 200 ? 1 : 0), List.of(r.getStatus(), api.seals.get()));
  }

  @Test
  void storedMeasurementIsServedByUid() throws Exception {
    api.stored.put("20240214090618.000001_IT_webconnectivity_0123456789abcdef", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

    HttpTester.Response found = api.send(LocalApi.request("GET",
        "/api/v1/measurement/20240214090618.000001_IT_webconnectivity_0123456789abcdef", null));
    HttpTester.Response missing = api.send(LocalApi.request("GET",
        "/api/v1/measurement/20240214090618.000002_IT_webconnectivity_0123456789abcdef", null));
    HttpTester.Response bad = api.send(LocalApi.request("GET", "/api/v1/measurement/nope", null));

    assertEquals(List.of(200, "{\"a\":1}", 404, 400),
        List.of(found.getStatus(), found.getContent(), missing.getStatus(), bad.getStatus()));
  }

  @Test
  void metricsAreServedAsPrometheusText() throws Exception {
    HttpTester.Response r = api.send(LocalApi.request("GET", "/metrics", null));

    assertTrue(r.get("Content-Type").startsWith("text/plain"), r.get("Content-Type"));
    assertTrue(r.getContent().contains("cyberwatch_ingest_spool_depth"), r.getContent());
  }

  private String metrics() throws Exception {
    return api.send(LocalApi.request("GET", "/metrics", null)).getContent();
  }

  private static byte[] body(String spec) throws Exception {
    return switch (spec) {
      case "@web" -> WEB;
      case "@huge" -> new byte[LocalApi.MAX_BODY + 1];
      case "@bomb" -> RequestBodyTest.encode(new byte[LocalApi.MAX_DECOMPRESSED * 4], "gzip");
      default -> spec.getBytes(StandardCharsets.UTF_8);
    };
  }
}
