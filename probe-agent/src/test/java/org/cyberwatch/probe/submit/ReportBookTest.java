package org.cyberwatch.probe.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBookTest {
  private static final String CHECK_IN_ID = "20260101T000000Z_tcpconnect_IT_30722_n1_fromcheckin";

  @TempDir Path dir;
  private StubCollector collector;
  private CollectorClient client;
  private ReportFile file;
  private JsonNode measurement;

  @BeforeEach
  void start() throws Exception {
    collector = new StubCollector();
    client = new CollectorClient(collector.url(), HttpClient.newHttpClient(),
        Duration.ofSeconds(5));
    file = new ReportFile(dir.resolve("reports.json"));
    measurement = new ObjectMapper().readTree("{\"test_name\":\"tcp_connect\","
        + "\"probe_cc\":\"IT\",\"probe_asn\":\"AS30722\"}");
  }

  @AfterEach
  void stop() {
    collector.close();
  }

  @Test
  void anOpenReportOutlivesARestartAndIsNotReplacedByACheckIn() throws Exception {
    String opened = ReportBook.persistent(file, List.of(client)).reportFor(client, measurement);

    ReportBook restarted = ReportBook.persistent(file, List.of(client));
    restarted.preset(client, "tcp_connect", "IT", "AS30722", CHECK_IN_ID);

    assertEquals(opened, restarted.reportFor(client, measurement));
    assertEquals(List.of(opened), restarted.openIds());
  }

  @Test
  void closedReportsAreGoneFromTheFile() throws Exception {
    ReportBook book = ReportBook.persistent(file, List.of(client));
    book.preset(client, "tcp_connect", "IT", "AS30722", CHECK_IN_ID);

    book.closeAll();

    assertEquals("[]", Files.readString(dir.resolve("reports.json")));
    assertEquals(List.of(), ReportBook.persistent(file, List.of(client)).openIds());
    assertEquals(1, collector.received().stream().filter(r -> r.path().equals(
        "/report/" + CHECK_IN_ID + "/close")).count());
  }

  @Test
  void reportsOfACollectorNoLongerConfiguredAreDropped() throws Exception {
    ReportBook.persistent(file, List.of(client)).reportFor(client, measurement);
    try (StubCollector other = new StubCollector()) {
      CollectorClient otherClient = new CollectorClient(other.url(), HttpClient.newHttpClient(),
          Duration.ofSeconds(5));
      assertEquals(List.of(), ReportBook.persistent(file, List.of(otherClient)).openIds());
    }
  }
}
