package org.cyberwatch.probe.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.cyberwatch.probe.measure.HostResolver;
import org.cyberwatch.probe.measure.nat.TransportAddress;
import org.cyberwatch.probe.schedule.Task;
import org.junit.jupiter.api.Test;

class NatSourceTest {
  private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
  private static final HostResolver RESOLVER = host -> {
    if (host.equals("collector.example")) {
      return InetAddress.getByAddress(host, new byte[] {(byte) 198, 51, 100, 5});
    }
    if (host.equals("unknown.example")) {
      throw new UnknownHostException(host);
    }
    return InetAddress.getByName(host);
  };

  private final AtomicReference<CheckInResult> checkIn = new AtomicReference<>();

  private NatSource source(List<TransportAddress> mains, List<TransportAddress> alts) {
    return new NatSource(mains, alts, () -> Optional.ofNullable(checkIn.get()), RESOLVER,
        Duration.ofHours(6));
  }

  private static List<String> inputs(List<Task> tasks) {
    return tasks.stream().map(t -> t.target().input()).toList();
  }

  /** A check-in answer of the real collector (ingest-server) with NAT remotes enabled. */
  private static CheckInResult realCheckIn(String natHost) throws Exception {
    String json = Files.readString(Path.of("src/test/resources/fixtures/check-in/"
        + "ingest-server-nat-helpers.json")).replace("127.0.0.1:18090", natHost + ":18090")
        .replace("127.0.0.1:18091", natHost + ":18091");
    return CheckInResult.parse(new ObjectMapper().readTree(json));
  }

  @Test
  void configuredRemotesOnTwoHostsMakeTheInput() {
    NatSource s = source(List.of(TransportAddress.parse("192.0.2.1:57008"),
        TransportAddress.parse("[2001:db8::2]:57008")), List.of(
            TransportAddress.parse("192.0.2.1:57009")));

    assertEquals(List.of("main=192.0.2.1:57008,[2001:db8::2]:57008 alt=192.0.2.1:57009"),
        inputs(s.poll(T0)));
  }

  @Test
  void checkInHelpersAreAddedWithHostNamesResolved() throws Exception {
    checkIn.set(realCheckIn("collector.example"));
    NatSource s = source(List.of(TransportAddress.parse("192.0.2.1:57008")), List.of());

    assertEquals(List.of("main=192.0.2.1:57008,198.51.100.5:18090 alt=198.51.100.5:18091"),
        inputs(s.poll(T0)));
  }

  @Test
  void oneMainHostIsNotEnoughAndUnresolvableHelpersAreSkipped() throws Exception {
    checkIn.set(realCheckIn("unknown.example"));
    NatSource s = source(List.of(TransportAddress.parse("192.0.2.1:57008"),
        TransportAddress.parse("192.0.2.1:57010")), List.of());

    assertEquals(List.of(), s.poll(T0));
  }

  @Test
  void theTaskComesBackAfterTheIntervalOrAtOnceWhenTheRemotesChange() throws Exception {
    NatSource s = source(List.of(TransportAddress.parse("192.0.2.1:57008"),
        TransportAddress.parse("192.0.2.2:57008")), List.of());

    assertEquals(1, s.poll(T0).size());
    assertEquals(0, s.poll(T0.plus(Duration.ofHours(1))).size());
    checkIn.set(realCheckIn("collector.example"));
    assertEquals(List.of("main=192.0.2.1:57008,192.0.2.2:57008,198.51.100.5:18090 "
        + "alt=198.51.100.5:18091"), inputs(s.poll(T0.plus(Duration.ofHours(1)))));
    assertEquals(0, s.poll(T0.plus(Duration.ofHours(2))).size());
    assertEquals(1, s.poll(T0.plus(Duration.ofHours(7))).size());
  }
}
