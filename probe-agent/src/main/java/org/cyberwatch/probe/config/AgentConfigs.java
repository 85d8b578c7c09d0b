package org.cyberwatch.probe.config;

import static org.cyberwatch.probe.config.ConfigKey.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cyberwatch.probe.dnsfeed.DnsFeedSettings;
import org.cyberwatch.probe.dnsfeed.DnsFilterRules;
import org.cyberwatch.probe.measure.http.WebPorts;
import org.cyberwatch.probe.measure.nat.TransportAddress;
import org.cyberwatch.probe.ratelimit.RateLimits;
import org.cyberwatch.probe.schedule.Schedule;
import org.cyberwatch.probe.submit.SubmitSettings;
import org.cyberwatch.probe.target.AsnTargetSettings;
import org.cyberwatch.probe.target.WorkerShare;
import org.cyberwatch.probe.worker.MeasurerSettings;
import org.cyberwatch.schemas.id.Asn;
import org.cyberwatch.schemas.id.CountryCodes;
import org.cyberwatch.schemas.id.TestNames;

/** Turns resolved raw values into an {@link AgentConfig}, validating each key. */
public final class AgentConfigs {
  private AgentConfigs() {}

  /**
   * Builds and validates the config; directories are created and must be writable.
   *
   * @throws ConfigException naming the first invalid key
   */
  public static AgentConfig build(ResolvedConfig r) throws ConfigException {
    Path outbox = writableDir(r, OUTBOX_DIR);
    Path state = writableDir(r, STATE_DIR);
    SubmitSettings submit = new SubmitSettings(r.httpUrls(COLLECTORS), outbox,
        r.longIn(OUTBOX_MAX_BYTES, 1024, Long.MAX_VALUE), r.duration(SUBMIT_TIMEOUT));
    Optional<Path> targets = r.optionalPath(TARGETS_FILE);
    if (targets.isPresent() && !Files.isReadable(targets.get())) {
      throw r.fail(TARGETS_FILE, "no readable file at " + targets.get());
    }
    String cc = r.text(PROBE_CC);
    if (!CountryCodes.isValid(cc)) {
      throw r.fail(PROBE_CC, "must be two upper-case letters, got '" + cc + "'");
    }
    String asn = asnText(r, PROBE_ASN, r.text(PROBE_ASN));
    RateLimits rate = new RateLimits(r.positive(RATE_PER_MINUTE), r.intIn(RATE_BURST, 1, 10_000),
        r.intIn(MAX_IN_FLIGHT, 1, 1_000));
    Schedule schedule = new Schedule(r.duration(REMEASURE_INTERVAL),
        r.duration(MIN_TARGET_INTERVAL), r.intIn(QUEUE_CAPACITY, 1, 10_000_000));
    int workers = r.intIn(WORKERS, 1, 1024);
    int worker = r.intIn(WORKER, 1, 1024);
    if (worker > workers) {
      throw r.fail(WORKER, "must be at most worker.count (" + workers + "), got " + worker);
    }
    return new AgentConfig(submit, state, targets, testNames(r, TESTS), cc,
        asn, r.intIn(TCP_PORT, 1, 65535), rate, schedule, r.bool(CHECK_IN),
        r.duration(CHECK_IN_INTERVAL), asnTargets(r), dnsFeed(r, state),
        r.intIn(CONTROL_PORT, 0, 65535), new WorkerShare(worker, workers), measurers(r));
  }

  private static MeasurerSettings measurers(ResolvedConfig r) throws ConfigException {
    return new MeasurerSettings(new WebPorts(r.intIn(HTTP_PORT, 1, 65535),
        r.intIn(HTTPS_PORT, 1, 65535)), r.intIn(PEER_SERVER_PORT, 0, 65535),
        r.duration(PEER_MAX_AGE), transportAddresses(r, NAT_MAIN), transportAddresses(r, NAT_ALT));
  }

  private static List<TransportAddress> transportAddresses(ResolvedConfig r, ConfigKey key)
      throws ConfigException {
    List<TransportAddress> out = new ArrayList<>();
    for (String t : r.list(key)) {
      try {
        out.add(TransportAddress.parse(t));
      } catch (IllegalArgumentException e) {
        throw r.fail(key, "must be <ip>:<port> or [<ipv6>]:<port>, got '" + t + "'");
      }
    }
    return out;
  }

  private static AsnTargetSettings asnTargets(ResolvedConfig r) throws ConfigException {
    List<Long> asns = new ArrayList<>();
    for (String t : r.list(ASNS)) {
      asns.add(Asn.parse(asnText(r, ASNS, t)).number());
    }
    List<Path> files = r.paths(PFX2AS);
    if (!asns.isEmpty() && files.isEmpty()) {
      throw r.fail(PFX2AS, "needed when asn_targets.asns is set");
    }
    for (Path f : files) {
      if (!Files.isReadable(f)) {
        throw r.fail(PFX2AS, "no readable file at " + f);
      }
    }
    return new AsnTargetSettings(asns, files, r.intIn(ADDRESSES_PER_ASN, 1, 10_000),
        testNames(r, ASN_TESTS));
  }

  private static DnsFeedSettings dnsFeed(ResolvedConfig r, Path state) throws ConfigException {
    Optional<String> password = Optional.of(r.text(DNS_PASSWORD)).filter(p -> !p.isEmpty());
    Optional<Path> passwordFile = r.optionalPath(DNS_PASSWORD_FILE);
    if (password.isEmpty() && passwordFile.isPresent()) {
      try {
        password = Optional.of(Files.readString(passwordFile.get()).strip());
      } catch (IOException e) {
        throw r.fail(DNS_PASSWORD_FILE, "cannot read " + passwordFile.get());
      }
    }
    DnsFilterRules filter;
    try {
      filter = new DnsFilterRules(r.list(DNS_ALLOW_SUFFIXES), r.list(DNS_DENY_SUFFIXES),
          r.list(DNS_QTYPES), r.list(DNS_ALLOW_CLIENTS), r.list(DNS_DENY_CLIENTS),
          r.intIn(DNS_MAX_DOMAIN_LENGTH, 1, 253));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(DNS_ALLOW_CLIENTS, r.value(DNS_ALLOW_CLIENTS).source(),
          "client lists: " + e.getMessage());
    }
    Path secret = r.optionalPath(DNS_SECRET_FILE).orElse(state.resolve("dns-feed.key"));
    return new DnsFeedSettings(r.optionalHttpUrl(DNS_PIHOLE_URL), password,
        r.optionalPath(DNS_LOG_FILE), filter, r.intIn(DNS_MAX_ADDRESSES, 1, 64),
        r.duration(DNS_POLL_INTERVAL), secret, testNames(r, DNS_TESTS));
  }

  private static String asnText(ResolvedConfig r, ConfigKey key, String text)
      throws ConfigException {
    String t = text.matches("[0-9]{1,10}") ? "AS" + text : text;
    if (!Asn.isValid(t)) {
      throw r.fail(key, "must look like AS<number> or <number>, got '" + text + "'");
    }
    return t;
  }

  private static List<String> testNames(ResolvedConfig r, ConfigKey key) throws ConfigException {
    for (String t : r.list(key)) {
      if (!TestNames.isValid(t)) {
        throw r.fail(key, "not a test name: '" + t + "'");
      }
    }
    return r.list(key);
  }

  private static Path writableDir(ResolvedConfig r, ConfigKey key) throws ConfigException {
    Path dir = r.path(key);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw r.fail(key, "cannot create directory " + dir + ": " + e.getMessage());
    }
    if (!Files.isWritable(dir)) {
      throw r.fail(key, "directory is not writable: " + dir);
    }
    return dir;
  }
}
