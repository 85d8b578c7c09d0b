package org.cyberwatch.ingest.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting of the collector, with its three parallel names (STYLE.md §8): flag {@code
 * --spool-dir}, environment variable {@code INGEST_SPOOL_DIR}, config-file key {@code spool.dir}.
 * This enum is the one definition the command line, the loader, the start-up log and the README
 * table are checked against. Secrets have no flag (a flag shows in {@code ps}): they come from the
 * environment or the config file, and are redacted in logs.
 */
public enum ConfigKey {
  CONFIG("config", null, "FILE", null, "YAML config file (keys as in this table)"),
  LISTEN("listen", "http.listen", "HOST:PORT", "0.0.0.0:8080", "address and port of the probe API"),
  SPOOL_DIR("spool-dir", "spool.dir", "DIR", "spool", "durable spool (journal, sealed cans)"),
  DISK_FLOOR("disk-floor", "spool.disk-floor", "SIZE", "1GiB",
      "submissions get 503 while the spool file system has less usable space"),
  CANS_DIR("cans-dir", "cans.dir", "DIR", null, "local can destination (instead of --bucket)"),
  CAN_PERIOD("can-period", "cans.period", "DURATION", "1h",
      "longest wait before a measurement is sealed into a can: 1h seals closed hours, less seals everything that often"),
  CAN_MAX_BYTES("can-max-bytes", "cans.max-bytes", "SIZE", "20MB", "a can is cut at this compressed size"),
  BUCKET("bucket", "s3.bucket", "NAME", null, "S3 bucket for cans (instead of --cans-dir)"),
  S3_ENDPOINT("s3-endpoint", "s3.endpoint", "URL", null, "S3 API endpoint (AWS's for the region when unset)"),
  S3_REGION("s3-region", "s3.region", "REGION", "us-east-1", "S3 signing region"),
  S3_PREFIX("s3-prefix", "s3.prefix", "PREFIX", "", "key prefix in the bucket, \"\" or ending in /"),
  S3_PATH_STYLE("s3-path-style", "s3.path-style", "BOOL", "true", "path-style S3 requests (S3-compatible servers)"),
  S3_CREDENTIALS_FILE("s3-credentials-file", "s3.credentials-file", "FILE", null,
      "file with aws_access_key_id / aws_secret_access_key lines"),
  S3_ACCESS_KEY(null, "s3.access-key", "KEY", null, "S3 access key id (else the file, else the AWS default chain)"),
  S3_SECRET_KEY(null, "s3.secret-key", "SECRET", null, "S3 secret key (secret)"),
  SNAPSHOTS_DIR("snapshots-dir", "geo.snapshots-dir", "DIR", null,
      "dated snapshot files (pfx2as, as2org, RIR delegated) for geolocation; unset = ASN/CC unknown"),
  COLLECTOR_ID("collector-id", "collector.id", "ID", "1", "this collector's id ([A-Za-z0-9]{1,16}) in report ids and cans"),
  RELAY_URL("relay-url", "relay.url", "URL", null, "upstream OONI-compatible collector to relay accepted measurements to"),
  ALLOW_PUBLIC_ENDPOINT("allow-public-endpoint", "tunnel.allow-public-endpoint", "BOOL", "false",
      "keep a public tunnel endpoint address in stored tunnel reports"),
  MAX_BODY("max-body", "http.max-body", "SIZE", "32MiB", "largest request body as sent (413 above)"),
  MAX_DECOMPRESSED("max-decompressed", "http.max-decompressed", "SIZE", "64MiB",
      "largest request body after gzip/zstd decompression (413 above)"),
  KEYSTORE("keystore", "tls.keystore", "FILE", null, "PKCS#12 keystore: serve HTTPS instead of HTTP"),
  KEYSTORE_PASSWORD(null, "tls.keystore-password", "SECRET", "", "keystore password (secret)"),
  ADMIN_TOKEN(null, "admin.token", "SECRET", null, "bearer token of the /admin endpoints (disabled when unset; secret)"),
  TARGETS_FILE("targets-file", "checkin.targets-file", "FILE", null, "target list handed out at check-in (JSON or YAML)"),
  PEER_SECRET(null, "peers.secret", "SECRET", null,
      "HMAC key of peer ids (random per start when unset, so ids change on restart; secret)"),
  PEER_TTL("peer-ttl", "peers.ttl", "DURATION", "1h", "how long an announced peer stays fresh"),
  NAT_LISTEN("nat-listen", "nat.listen", "HOST:PORT", null, "main UDP NAT-detection remote (disabled when unset)"),
  NAT_ALT_PORT("nat-alt-port", "nat.alt-port", "PORT", null, "alternate UDP port on the main host that also answers"),
  NAT_ALT_ADDRESS("nat-alt-address", "nat.alt-address", "IP", null,
      "alternate local address that also answers (on the main port)");

  private static final String ENV_PREFIX = "INGEST_";

  private final String flagName;
  private final String fileKey;
  private final String label;
  private final String defaultValue;
  private final String description;

  ConfigKey(String flagName, String fileKey, String label, String defaultValue, String description) {
    this.flagName = flagName;
    this.fileKey = fileKey;
    this.label = label;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** The flag, e.g. {@code --spool-dir}; empty for secrets. */
  public Optional<String> flag() {
    return Optional.ofNullable(flagName).map(n -> "--" + n);
  }

  /** The environment variable, e.g. {@code INGEST_SPOOL_DIR}. */
  public String env() {
    return ENV_PREFIX + name();
  }

  /** The config-file key, e.g. {@code spool.dir}; empty for {@link #CONFIG} itself. */
  public Optional<String> fileKey() {
    return Optional.ofNullable(fileKey);
  }

  /** What kind of value it takes, e.g. {@code DIR}. */
  public String label() {
    return label;
  }

  /** The built-in default as text; empty when the setting is unset by default. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** One line for {@code --help} and the README. */
  public String description() {
    return description;
  }

  /** Whether the value is redacted in logs (and has no flag). */
  public boolean secret() {
    return "SECRET".equals(label);
  }

  /** The key with this config-file name. */
  public static Optional<ConfigKey> forFileKey(String fileKey) {
    return Arrays.stream(values()).filter(k -> fileKey.equals(k.fileKey)).findFirst();
  }

  /** The name used in messages: the file key, else the flag. */
  public String displayName() {
    return fileKey != null ? fileKey : "--" + flagName.toLowerCase(Locale.ROOT);
  }
}
