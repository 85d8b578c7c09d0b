package org.cyberwatch.probe.dnsfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cyberwatch.probe.ratelimit.FakeTime;
import org.cyberwatch.probe.report.EnvelopeBuilder;
import org.cyberwatch.probe.report.ProbeNetwork;
import org.cyberwatch.probe.schedule.Task;
import org.cyberwatch.probe.status.AgentStats;
import org.cyberwatch.probe.submit.CollectorClient;
import org.cyberwatch.probe.submit.Outbox;
import org.cyberwatch.probe.submit.ReportBook;
import org.cyberwatch.probe.submit.StubCollector;
import org.cyberwatch.probe.submit.Submitter;
import org.cyberwatch.probe.target.WorkerShare;
import org.cyberwatch.probe.worker.FakeMeasurer;
import org.cyberwatch.probe.worker.MeasurementRunner;
import org.cyberwatch.probe.worker.MeasurerRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No plain feed domain and no client address leaves the agent: not on disk, not on the wire. */
class DnsFeedPrivacyTest {
  private static final Path LOG = Path.of("src/test/resources/fixtures/dnsfeed/dnsmasq-2.90.log");
  @TempDir Path dir;

  @Test
  void storedAndSentMeasurementsCarryOnlyDomainHashes() throws Exception {
    FakeTime time = new FakeTime(Instant.parse("2026-01-01T00:00:00Z"));
    DnsFeedSettings settings = new DnsFeedSettings(Optional.empty(), Optional.empty(),
        Optional.of(LOG), new DnsFilterRules(List.of(), List.of("in-addr.arpa"),
            List.of("A", "AAAA"), List.of(), List.of(), 100), 2, Duration.ofMinutes(1),
        dir.resolve("dns-feed.key"), List.of("tcp_connect"));
    DomainHasher hasher = DomainHasher.fromKeyFile(settings.secretFile());
    InetAddress resolved = InetAddress.getByName("192.0.2.10");
    DomainResolver resolver = d -> List.of(resolved);
    DnsFeedSource source = new DnsFeedSource(new DnsLogTailer(LOG, true), settings, hasher,
        resolver, Set.of("tcp_connect"), WorkerShare.SOLE, 443, Duration.ofHours(6));
    Outbox outbox = Outbox.open(dir.resolve("outbox"), 1 << 20, time);
    MeasurementRunner runner = new MeasurementRunner(
        MeasurerRegistry.of(List.of(new FakeMeasurer("tcp_connect"))),
        new EnvelopeBuilder("cyberwatch-probe-agent", "0.1.0", time.instant()),
        () -> new ProbeNetwork("ZZ", "AS0", null), outbox, new AgentStats(time));

    List<Task> tasks = source.poll(time.instant());
    for (Task t : tasks) {
      runner.run(t);
    }
    List<String> stored = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        stored.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    List<String> sent = new ArrayList<>();
    try (StubCollector collector = new StubCollector()) {
      new Submitter(outbox, List.of(new CollectorClient(collector.url(),
          HttpClient.newHttpClient(), Duration.ofSeconds(5))), new ReportBook(), time).drain();
      collector.received().forEach(r -> sent.add(r.text()));
    }

    assertEquals(5, tasks.size(), "one task per distinct domain passing the filter");
    assertTrue(sent.stream().anyMatch(s -> s.contains(hasher.hash("ooni.org"))), sent.toString());
    List<String> secrets = List.of("ooni.org", "wikipedia", "torproject", "blocked.example",
        "nonexistent", "127.0.0.1", "127.0.0.2");
    List<String> leaks = new ArrayList<>();
    for (String text : concat(stored, sent)) {
      secrets.stream().filter(text::contains).forEach(leaks::add);
    }
    assertEquals(List.of(), leaks);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
