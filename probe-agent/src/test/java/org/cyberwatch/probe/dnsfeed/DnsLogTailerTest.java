package org.cyberwatch.probe.dnsfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DnsLogTailerTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/dnsfeed/dnsmasq-2.90.log");
  @TempDir Path dir;

  @Test
  void startsAtTheEndThenReadsOnlyAppendedCompleteLines() throws Exception {
    List<String> lines = Files.readAllLines(FIXTURE);
    Path log = dir.resolve("pihole.log");
    Files.write(log, lines.subList(0, 6));
    DnsLogTailer tailer = new DnsLogTailer(log, false);
    assertEquals(List.of(), tailer.readNew(100));

    Files.writeString(log, lines.get(6) + "\n" + lines.get(7) + "\n" + "Nov 21 06:54:39 dnsm",
        StandardOpenOption.APPEND);
    assertEquals(List.of(new DnsQueryEvent("AAAA", "www.wikipedia.org", "127.0.0.1")),
        tailer.readNew(100));
    Files.writeString(log, "asq[13377]: query[A] ooni.org from 127.0.0.3\n",
        StandardOpenOption.APPEND);
    assertEquals(List.of(new DnsQueryEvent("A", "ooni.org", "127.0.0.3")), tailer.readNew(100));
  }

  @Test
  void rotatedLogIsReadFromItsStart() throws Exception {
    List<String> lines = Files.readAllLines(FIXTURE);
    Path log = dir.resolve("pihole.log");
    Files.write(log, lines);
    DnsLogTailer tailer = new DnsLogTailer(log, false);
    tailer.readNew(100);
    Files.delete(log);
    Files.write(log, List.of(lines.get(4)));
    assertEquals(List.of(new DnsQueryEvent("A", "ooni.org", "127.0.0.1")), tailer.readNew(100));
  }

  @Test
  void onceModeReadsTheWholeFile() throws Exception {
    assertEquals(9, new DnsLogTailer(FIXTURE, true).readNew(100).size());
  }
}
