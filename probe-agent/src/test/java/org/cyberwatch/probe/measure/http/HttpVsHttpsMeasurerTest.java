package org.cyberwatch.probe.measure.http;

import static org.cyberwatch.probe.measure.TestKeysAssert.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.StepClock;
import org.cyberwatch.probe.measure.TestTls;
import org.cyberwatch.schemas.validate.SchemaId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpVsHttpsMeasurerTest {

  private static final InetSocketAddress LOOPBACK =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  private static TestWebServer http;
  private static TestWebServer https;
  private static TestWebServer httpsWrongName;

  @BeforeAll
  static void startServers() throws Exception {
    http = TestWebServer.http(LOOPBACK);
    https = TestWebServer.https(LOOPBACK, TestTls.server(TestTls.GOOD));
    httpsWrongName = TestWebServer.https(LOOPBACK, TestTls.server(TestTls.WRONG_NAME));
  }

  @AfterAll
  static void stopServers() {
    http.close();
    https.close();
    httpsWrongName.close();
  }

  /** Every input here is an IP literal: asking a name service about anything fails the test. */
  private static final HostResolver NO_DNS = HostResolver.literalsOr(host -> {
    throw new AssertionError("asked the name service about " + host);
  });

  private static JsonNode measure(String input, int httpsPort, SSLContext trust)
      throws Exception {
    HttpFetcher fetcher = new HttpFetcher(StepClock.standard(), Duration.ofSeconds(5), trust,
        "cyberwatch-test", NO_DNS);
    return new HttpVsHttpsMeasurer(StepClock.standard(), fetcher,
        new WebPorts(http.port(), httpsPort)).measure(input).testKeys();
  }

  private static String summary(JsonNode keys) {
    return keys.path("http_success") + " " + keys.path("https_success") + " "
        + keys.path("http").path("status_code") + " " + keys.path("https").path("status_code")
        + " " + keys.path("https").path("body_length") + " "
        + keys.path("https").path("failure").asText() + " " + keys.path("ratio");
  }

  @Test
  void sameDocumentFetchedOverBothSchemesAndTimed() throws Exception {
    JsonNode keys = measure("127.0.0.1/doc", https.port(), TestTls.clientTrusting(TestTls.GOOD));
    assertEquals("true true 200 200 1256 null 1.0 0.0015 0.0015", summary(keys) + " "
        + keys.path("http_response_time") + " " + keys.path("https_response_time"));
    assertValid(SchemaId.HTTP_VS_HTTPS_TEST_KEYS, keys);
  }

  @Test
  void urlsNameTheSchemeAndPortOfEachFetch() throws Exception {
    JsonNode keys = measure("https://127.0.0.1/doc?x=1", https.port(),
        TestTls.clientTrusting(TestTls.GOOD));
    assertEquals("http://127.0.0.1:" + http.port() + "/doc?x=1 https://127.0.0.1:" + https.port()
        + "/doc?x=1", keys.path("http").path("url").asText() + " "
        + keys.path("https").path("url").asText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "wrong name, ssl_invalid_hostname",
    "untrusted, ssl_unknown_authority",
    "closed port, connection_refused"
  })
  void httpsFailureIsReportedInOoniVocabulary(String situation, String failure) throws Exception {
    int port = situation.equals("wrong name") ? httpsWrongName.port()
        : situation.equals("untrusted") ? https.port() : closedPort();
    SSLContext trust = situation.equals("untrusted") ? SSLContext.getDefault()
        : TestTls.clientTrusting(situation.equals("wrong name") ? TestTls.WRONG_NAME
            : TestTls.GOOD);
    JsonNode keys = measure("127.0.0.1/doc", port, trust);
    assertEquals("true false 200 null null " + failure + " null", summary(keys));
    assertValid(SchemaId.HTTP_VS_HTTPS_TEST_KEYS, keys);
  }

  @Test
  void connectionClosedWithoutAnswerIsEofError() throws Exception {
    JsonNode keys = measure("127.0.0.1/hangup", https.port(),
        TestTls.clientTrusting(TestTls.GOOD));
    assertEquals("false eof_error", keys.path("http_success") + " "
        + keys.path("http").path("failure").asText());
    assertValid(SchemaId.HTTP_VS_HTTPS_TEST_KEYS, keys);
  }

  @ParameterizedTest
  @CsvSource({"www.example.com/, www.example.com, /", "http://example.org, example.org, /",
      "https://[2001:db8::1]/a?b, [2001:db8::1], /a?b"})
  void inputForms(String input, String host, String path) {
    assertEquals(new WebDocument(host, path), WebDocument.parse(input));
  }

  @ParameterizedTest
  @CsvSource({"ftp://example.org/", "https://example.org:8443/", "'a b/'"})
  void unsupportedInputIsRejected(String input) {
    assertThrows(IllegalArgumentException.class, () -> WebDocument.parse(input));
  }

  private static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
