package org.cyberwatch.probe.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cyberwatch.probe.measure.http.WebPorts;
import org.cyberwatch.probe.measure.nat.TransportAddress;
import org.cyberwatch.probe.worker.MeasurerSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;
  private Path yaml;
  private final Map<ConfigKey, List<String>> flags = new HashMap<>();
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void dirs() throws Exception {
    yaml = dir.resolve("agent.yaml");
    Files.writeString(yaml, "outbox:\n  dir: " + dir.resolve("yaml-outbox") + "\nstate:\n  dir: "
        + dir.resolve("state") + "\nrate:\n  per_minute: 12\n  burst: 3\n");
    flags.put(ConfigKey.CONFIG, List.of(yaml.toString()));
  }

  private AgentConfig build() throws ConfigException {
    return AgentConfigs.build(ConfigLoader.load(flags, env));
  }

  @Test
  void yamlBeatsDefault() throws Exception {
    assertEquals(12, build().rate().perMinute());
    assertEquals(5, build().rate().maxInFlight());
  }

  @Test
  void envBeatsYaml() throws Exception {
    env.put("PROBE_RATE_PER_MINUTE", "7");
    assertEquals(7, build().rate().perMinute());
  }

  @Test
  void flagBeatsEnv() throws Exception {
    env.put("PROBE_RATE_PER_MINUTE", "7");
    flags.put(ConfigKey.RATE_PER_MINUTE, List.of("4"));
    assertEquals(4, build().rate().perMinute());
  }

  @Test
  void repeatedCollectorFlagsKeepTheirOrder() throws Exception {
    flags.put(ConfigKey.COLLECTORS, List.of("https://a.example/", "https://b.example/"));
    assertEquals(List.of("https://a.example/", "https://b.example/"),
        build().submit().collectors().stream().map(Object::toString).toList());
  }

  @Test
  void durationsAcceptUnits() throws Exception {
    flags.put(ConfigKey.REMEASURE_INTERVAL, List.of("90m"));
    assertEquals(Duration.ofMinutes(90), build().schedule().remeasureInterval());
  }

  @Test
  void invalidValueNamesTheKeyFlagEnvAndSource() {
    env.put("PROBE_RATE_PER_MINUTE", "0");
    ConfigException e = assertThrows(ConfigException.class, this::build);
    assertEquals(ConfigKey.RATE_PER_MINUTE, e.key());
    assertTrue(e.getMessage().startsWith(
        "rate.per_minute (--rate-per-minute, PROBE_RATE_PER_MINUTE, from env)"), e.getMessage());
  }

  @Test
  void unknownYamlKeyIsNamed() throws Exception {
    Files.writeString(yaml, "outbox:\n  dri: /tmp/x\n");
    ConfigException e = assertThrows(ConfigException.class, this::build);
    assertTrue(e.getMessage().contains("unknown key 'outbox.dri'"), e.getMessage());
  }

  @Test
  void badCollectorUrlIsRefused() {
    flags.put(ConfigKey.COLLECTORS, List.of("ftp://x.example/"));
    ConfigException e = assertThrows(ConfigException.class, this::build);
    assertEquals(ConfigKey.COLLECTORS, e.key());
  }

  @Test
  void workerBeyondTheCountIsRefused() {
    flags.put(ConfigKey.WORKER, List.of("3"));
    flags.put(ConfigKey.WORKERS, List.of("2"));
    assertEquals(ConfigKey.WORKER, assertThrows(ConfigException.class, this::build).key());
  }

  @Test
  void effectiveConfigLogRedactsSecretsAndNamesSources() throws Exception {
    env.put("PROBE_DNS_FEED_PASSWORD", "hunter2");
    String described = ConfigLoader.load(flags, env).describe();
    assertFalse(described.contains("hunter2"), described);
    assertTrue(described.contains("dns_feed.password=<redacted>(env)"), described);
    assertTrue(described.contains("rate.per_minute=12(file)"), described);
    assertTrue(described.contains("rate.max_in_flight=5(default)"), described);
  }

  @Test
  void measurerSettingsComeFromFlagsAndYamlSequences() throws Exception {
    Files.writeString(yaml, "nat:\n  main: [\"192.0.2.1:57008\", \"[2001:db8::1]:57008\"]\n");
    flags.put(ConfigKey.NAT_ALT, List.of("192.0.2.1:57009"));
    flags.put(ConfigKey.HTTPS_PORT, List.of("8443"));
    flags.put(ConfigKey.PEER_SERVER_PORT, List.of("8080"));
    env.put("PROBE_PEER_MAX_AGE", "30m");
    flags.put(ConfigKey.OUTBOX_DIR, List.of(dir.resolve("o").toString()));
    flags.put(ConfigKey.STATE_DIR, List.of(dir.resolve("s").toString()));

    MeasurerSettings m = build().measurers();

    assertEquals(List.of(new TransportAddress("192.0.2.1", 57008),
        new TransportAddress("2001:db8::1", 57008)), m.natMains());
    assertEquals(List.of(new TransportAddress("192.0.2.1", 57009)), m.natAlts());
    assertEquals(new WebPorts(80, 8443), m.webPorts());
    assertEquals(8080, m.peerServerPort());
    assertEquals(Duration.ofMinutes(30), m.peerMaxAge());
  }

  @Test
  void natRemoteWithoutPortIsRefusedNamingTheKey() {
    flags.put(ConfigKey.NAT_MAIN, List.of("192.0.2.1"));
    ConfigException e = assertThrows(ConfigException.class, this::build);
    assertEquals(ConfigKey.NAT_MAIN, e.key());
    assertTrue(e.getMessage().contains("must be <ip>:<port>"), e.getMessage());
  }
}
