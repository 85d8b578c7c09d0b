package org.cyberwatch.ingest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IngestConfigTest {

  @TempDir Path dir;
  private final Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void minimal() {
    flags.put(ConfigKey.SPOOL_DIR, dir.resolve("spool").toString());
    flags.put(ConfigKey.CANS_DIR, dir.resolve("cans").toString());
  }

  private IngestConfig load() throws ConfigException {
    return IngestConfig.load(flags, env);
  }

  private Path yaml(String text) throws IOException {
    Path file = Files.writeString(dir.resolve("ingest.yaml"), text);
    flags.put(ConfigKey.CONFIG, file.toString());
    return file;
  }

  /** Columns: flag, env, file value of --listen (- = not given); winning value; its source. */
  @ParameterizedTest
  @CsvSource({
    "127.0.0.1:1, 127.0.0.1:2, 127.0.0.1:3, 127.0.0.1:1, FLAG",
    "-, 127.0.0.1:2, 127.0.0.1:3, 127.0.0.1:2, ENV",
    "-, -, 127.0.0.1:3, 127.0.0.1:3, FILE",
    "-, -, -, 0.0.0.0:8080, DEFAULT"})
  void flagBeatsEnvironmentBeatsFileBeatsDefault(String flag, String envValue, String file, String value,
      ConfigSource source) throws Exception {
    if (!flag.equals("-")) {
      flags.put(ConfigKey.LISTEN, flag);
    }
    if (!envValue.equals("-")) {
      env.put("INGEST_LISTEN", envValue);
    }
    yaml(file.equals("-") ? "collector:\n  id: x1\n" : "http:\n  listen: \"" + file + "\"\n");

    IngestConfig config = load();

    assertEquals(List.of(value, source),
        List.of(config.http().listen().toString(), config.settings().get(ConfigKey.LISTEN).orElseThrow().source()));
  }

  @Test
  void fileKeysAreNestedYamlPaths() throws Exception {
    yaml("collector:\n  id: fra1\ncans:\n  period: 5m\n  max-bytes: 1MiB\ntunnel:\n  allow-public-endpoint: true\n"
        + "http:\n  max-body: 1MB\n");

    IngestConfig c = load();

    assertEquals(List.of("fra1", Duration.ofMinutes(5), 1L << 20, true, 1_000_000L),
        List.of(c.collectorId(), c.cans().period(), c.cans().maxBytes(), c.allowPublicEndpoint(), c.http().maxBodyBytes()));
  }

  @Test
  void unknownFileKeyIsAnErrorNamingIt() throws IOException {
    yaml("spool:\n  dri: /tmp/x\n");

    ConfigException e = assertThrows(ConfigException.class, this::load);
    assertEquals("spool.dri", e.key());
  }

  /** Columns: key; value; the key the message must name. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "LISTEN | nope | http.listen",
    "LISTEN | 127.0.0.1:70000 | http.listen",
    "LISTEN | ::1:80 | http.listen",
    "CAN_PERIOD | 2h | cans.period",
    "CAN_PERIOD | soon | cans.period",
    "COLLECTOR_ID | fra_1 | collector.id",
    "MAX_BODY | 12XB | http.max-body",
    "DISK_FLOOR | -1 | spool.disk-floor",
    "RELAY_URL | ftp://upstream.example/ | relay.url",
    "SNAPSHOTS_DIR | /nonexistent/snapshots | geo.snapshots-dir",
    "TARGETS_FILE | /nonexistent/targets.json | checkin.targets-file",
    "KEYSTORE | /nonexistent/keystore.p12 | tls.keystore",
    "BUCKET | cans | s3.bucket",
    "ALLOW_PUBLIC_ENDPOINT | yes | tunnel.allow-public-endpoint",
    "NAT_ALT_PORT | 57009 | nat.listen",
    "PEER_TTL | 0s | peers.ttl"})
  void invalidValueIsRefusedNamingTheKey(ConfigKey key, String value, String named) {
    flags.put(key, value);

    ConfigException e = assertThrows(ConfigException.class, this::load);
    assertTrue(e.getMessage().startsWith(named + " (from flag)") || e.getMessage().startsWith(named), e.getMessage());
  }

  @Test
  void secretFromTheEnvironmentIsCheckedAndNamed() {
    env.put("INGEST_ADMIN_TOKEN", "short");

    ConfigException e = assertThrows(ConfigException.class, this::load);
    assertEquals("admin.token (from env): must have at least 16 characters", e.getMessage());
  }

  @Test
  void noCanDestinationIsAnError() {
    flags.remove(ConfigKey.CANS_DIR);

    ConfigException e = assertThrows(ConfigException.class, this::load);
    assertEquals("cans.dir", e.key());
  }

  @Test
  void s3SettingsWithCredentialsFromAFile() throws Exception {
    flags.remove(ConfigKey.CANS_DIR);
    flags.put(ConfigKey.BUCKET, "cyberwatch-cans");
    flags.put(ConfigKey.S3_ENDPOINT, "http://127.0.0.1:9000");
    Path creds = Files.writeString(dir.resolve("creds"),
        "[default]\n# test\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = wJalrEXAMPLEKEY\n");
    flags.put(ConfigKey.S3_CREDENTIALS_FILE, creds.toString());

    IngestConfig c = load();

    assertEquals(List.of("cyberwatch-cans", "AKIAEXAMPLE", "wJalrEXAMPLEKEY", "http://127.0.0.1:9000"),
        List.of(c.cans().s3().bucket(), c.cans().s3().accessKey(), c.cans().s3().secretKey(),
            c.cans().s3().endpoint().toString()));
  }

  @Test
  void secretsAreRedactedInTheStartupLog() throws Exception {
    env.put("INGEST_ADMIN_TOKEN", "admin-token-0123456789");
    env.put("INGEST_PEER_SECRET", "peer-secret-value");
    env.put("INGEST_KEYSTORE_PASSWORD", "hunter2-value");

    String log = load().toString();

    assertFalse(log.contains("admin-token-0123456789") || log.contains("peer-secret-value")
        || log.contains("hunter2-value"), log);
    assertTrue(log.contains("admin.token=<redacted> (env)"), log);
  }

  @Test
  void natRemotesWithAlternates() throws Exception {
    flags.put(ConfigKey.NAT_LISTEN, "0.0.0.0:57008");
    flags.put(ConfigKey.NAT_ALT_PORT, "57009");
    flags.put(ConfigKey.NAT_ALT_ADDRESS, "192.0.2.30");

    NatSettings nat = load().natRemotes().orElseThrow();

    assertEquals(new NatSettings(new ListenAddress("0.0.0.0", 57008), 57009, "192.0.2.30"), nat);
  }
}
