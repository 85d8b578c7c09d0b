package org.cyberwatch.probe.measure.nat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;
import org.cyberwatch.probe.measure.FailureVocabulary;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;
import org.cyberwatch.probe.measure.Seconds;

/**
 * {@code udp_nat_detection}: exchanges datagrams with the collector's NAT detection remotes from
 * one fixed source port (wire format in {@link NatDetProtocol}) and guesses NAT mapping and
 * filtering after RFC 4787 with {@link NatClassifier}. Input: {@code main=<ip:port>,<ip:port>
 * [alt=<ip:port>,…]}. The probe's public and local addresses never appear in the result.
 */
public final class UdpNatDetectionMeasurer implements Measurer {

  private final Clock clock;
  private final NatDetectionSettings settings;
  private final RandomGenerator random;

  /** @param random source of test ids (a {@code SecureRandom} in production) */
  public UdpNatDetectionMeasurer(Clock clock, NatDetectionSettings settings,
      RandomGenerator random) {
    this.clock = clock;
    this.settings = settings;
    this.random = random;
  }

  @Override
  public String testName() {
    return "udp_nat_detection";
  }

  @Override
  public String testVersion() {
    return "0.1.0";
  }

  @Override
  public MeasurementResult measure(String input) throws InterruptedException {
    NatRemotes remotes = NatRemotes.parse(input);
    Instant start = clock.instant();
    byte[] id = new byte[8];
    random.nextBytes(id);
    String testId = HexFormat.of().formatHex(id);
    ObjectNode keys = JsonNodeFactory.instance.objectNode();
    keys.put("test_id", testId);
    try (NatExchange exchange = NatExchange.open(clock, settings, remotes, testId)) {
      List<NatDatagram> received = exchange.run();
      putHeader(keys, exchange.sourcePort(), remotes);
      keys.setAll(new NatClassifier(testId, remotes, exchange.sourcePort(),
          exchange.localHosts()).classify(received));
      keys.putNull("failure");
    } catch (IOException e) {
      putHeader(keys, settings.sourcePort() == 0 ? 1 : settings.sourcePort(), remotes);
      keys.put("nat_type", "map:uncertain filter:ignored");
      keys.putArray("mapped_addrs");
      keys.putArray("data_received");
      keys.put("failure", FailureVocabulary.of(e));
    }
    return new MeasurementResult(input, start, Seconds.between(start, clock.instant()), keys);
  }

  private void putHeader(ObjectNode keys, int sourcePort, NatRemotes remotes) {
    keys.put("source_port", sourcePort);
    ArrayNode mains = keys.putArray("remotes");
    remotes.mains().forEach(r -> mains.add(r.toJson()));
    ArrayNode alts = keys.putArray("alt_remotes");
    remotes.alts().forEach(r -> alts.add(r.toJson()));
    keys.put("max_send", settings.maxSend());
    keys.put("send_interval", settings.sendInterval().toMillis() / 1000.0);
    keys.put("upnp_active", false);
  }

}
