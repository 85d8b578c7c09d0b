package org.cyberwatch.probe.submit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cyberwatch.probe.ratelimit.FakeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
  @TempDir Path dir;
  private final FakeTime time = new FakeTime(Instant.parse("2026-01-01T00:00:00Z"));

  private static byte[] json(String s) {
    return ("{\"m\":\"" + s + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void entriesAreListedOldestFirstAndSurviveReopen() throws Exception {
    Outbox outbox = Outbox.open(dir, 10_000, time);
    outbox.put(json("a"), "ping");
    time.advance(Duration.ofSeconds(1));
    outbox.put(json("b"), "tcp_connect");

    Outbox reopened = Outbox.open(dir, 10_000, time);
    List<OutboxEntry> entries = reopened.list(10);
    assertEquals(2, reopened.depth());
    assertArrayEquals(json("a"), reopened.read(entries.get(0)));
    assertArrayEquals(json("b"), reopened.read(entries.get(1)));
  }

  @Test
  void halfWrittenTmpFileOfACrashIsDiscardedOnOpen() throws Exception {
    Files.createDirectories(dir.resolve("pending"));
    Files.write(dir.resolve("pending/20260101T000000.000Z-000001-ping.json.tmp"), json("torn"));
    Outbox outbox = Outbox.open(dir, 10_000, time);
    assertEquals(0, outbox.depth());
    assertFalse(Files.exists(dir.resolve("pending/20260101T000000.000Z-000001-ping.json.tmp")));
  }

  @Test
  void removeFreesTheBudget() throws Exception {
    byte[] m = json("x");
    Outbox outbox = Outbox.open(dir, m.length, time);
    OutboxEntry e = outbox.put(m, "ping");
    assertThrows(OutboxFullException.class, () -> outbox.put(m, "ping"));
    outbox.remove(e);
    outbox.put(m, "ping");
    assertEquals(1, outbox.depth());
  }

  @Test
  void fullOutboxRefusesWithoutWritingAFile() throws Exception {
    Outbox outbox = Outbox.open(dir, 5, time);
    OutboxFullException e = assertThrows(OutboxFullException.class,
        () -> outbox.put(json("too big"), "ping"));
    assertTrue(e.getMessage().contains("outbox full"), e.getMessage());
    try (var files = Files.list(dir.resolve("pending"))) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void rejectedEntriesAreKeptAndStillCountAgainstTheBudget() throws Exception {
    Outbox outbox = Outbox.open(dir, 1000, time);
    OutboxEntry e = outbox.put(json("bad"), "ping");
    outbox.reject(e);
    assertEquals(0, outbox.depth());
    assertEquals(e.bytes(), Outbox.open(dir, 1000, time).bytes());
    assertTrue(Files.exists(dir.resolve("rejected").resolve(e.file().getFileName())));
  }

  @Test
  void theKindOfAnEntrySurvivesReopenAndOrderIsByTimeWhateverTheKind() throws Exception {
    Outbox outbox = Outbox.open(dir, 10_000, time);
    outbox.put(json("report"), "tunnel_telemetry", OutboxKind.TUNNEL_REPORT);
    time.advance(Duration.ofSeconds(1));
    outbox.put(json("envelope"), "tcp_connect");

    List<OutboxEntry> entries = Outbox.open(dir, 10_000, time).list(10);

    assertEquals(List.of(OutboxKind.TUNNEL_REPORT, OutboxKind.MEASUREMENT),
        entries.stream().map(OutboxEntry::kind).toList());
    assertTrue(entries.get(0).file().getFileName().toString().endsWith(
        "-tunnel_telemetry.tunnel.json"), entries.get(0).file().toString());
    assertTrue(entries.get(0).id().endsWith("-tunnel_telemetry"), entries.get(0).id());
  }
}
