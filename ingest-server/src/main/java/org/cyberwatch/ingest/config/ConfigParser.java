package org.cyberwatch.ingest.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.cyberwatch.ingest.upload.S3Settings;

/** Turns {@link ResolvedSettings} into an {@link IngestConfig}, checking each key. */
final class ConfigParser {

  private ConfigParser() {}

  static IngestConfig parse(ResolvedSettings settings) throws ConfigException {
    SettingsReader r = new SettingsReader(settings);
    String collectorId = r.required(ConfigKey.COLLECTOR_ID);
    if (!collectorId.matches("[A-Za-z0-9]{1,16}")) {
      throw r.fail(ConfigKey.COLLECTOR_ID, "must be 1-16 characters of [A-Za-z0-9], got '" + collectorId + "'");
    }
    HttpSettings http = http(r);
    CanSettings cans = cans(r);
    Path spool = r.writableDir(ConfigKey.SPOOL_DIR);
    long floor = r.size(ConfigKey.DISK_FLOOR);
    PeerSettings peers = new PeerSettings(r.text(ConfigKey.PEER_SECRET).orElse(null), positive(r, ConfigKey.PEER_TTL));
    return new IngestConfig(http, spool, floor, cans, r.existingDir(ConfigKey.SNAPSHOTS_DIR).orElse(null),
        collectorId, r.httpUrl(ConfigKey.RELAY_URL).orElse(null), r.bool(ConfigKey.ALLOW_PUBLIC_ENDPOINT),
        r.existingFile(ConfigKey.TARGETS_FILE).orElse(null), peers, nat(r), settings);
  }

  private static HttpSettings http(SettingsReader r) throws ConfigException {
    ListenAddress listen = r.parse(ConfigKey.LISTEN, ListenAddress::parse);
    long maxBody = r.size(ConfigKey.MAX_BODY);
    long maxDecompressed = r.size(ConfigKey.MAX_DECOMPRESSED);
    if (maxBody < 1 || maxDecompressed < 1 || maxDecompressed > Integer.MAX_VALUE - 8) {
      throw r.fail(maxBody < 1 ? ConfigKey.MAX_BODY : ConfigKey.MAX_DECOMPRESSED, "must be 1 byte to 2 GiB");
    }
    TlsSettings tls = null;
    if (r.existingFile(ConfigKey.KEYSTORE).isPresent()) {
      tls = new TlsSettings(r.existingFile(ConfigKey.KEYSTORE).get(), r.text(ConfigKey.KEYSTORE_PASSWORD).orElse(""));
    }
    String admin = r.text(ConfigKey.ADMIN_TOKEN).orElse(null);
    if (admin != null && admin.length() < 16) {
      throw r.fail(ConfigKey.ADMIN_TOKEN, "must have at least 16 characters");
    }
    return new HttpSettings(listen, maxBody, maxDecompressed, tls, admin);
  }

  private static CanSettings cans(SettingsReader r) throws ConfigException {
    boolean local = r.text(ConfigKey.CANS_DIR).isPresent();
    boolean bucket = r.text(ConfigKey.BUCKET).isPresent();
    if (local == bucket) {
      throw r.fail(local ? ConfigKey.BUCKET : ConfigKey.CANS_DIR,
          "set exactly one can destination: --cans-dir DIR or --bucket NAME");
    }
    Duration period = r.duration(ConfigKey.CAN_PERIOD);
    if (period.compareTo(Duration.ofSeconds(1)) < 0 || period.compareTo(CanSettings.MAX_PERIOD) > 0) {
      throw r.fail(ConfigKey.CAN_PERIOD, "must be between 1s and 1h (cans are hourly), got " + period);
    }
    long maxBytes = r.size(ConfigKey.CAN_MAX_BYTES);
    if (maxBytes < 1) {
      throw r.fail(ConfigKey.CAN_MAX_BYTES, "must be at least 1 byte");
    }
    Path dir = local ? r.writableDir(ConfigKey.CANS_DIR) : null;
    return new CanSettings(dir, bucket ? s3(r) : null, period, maxBytes);
  }

  private static S3Settings s3(SettingsReader r) throws ConfigException {
    String access = r.text(ConfigKey.S3_ACCESS_KEY).orElse(null);
    String secret = r.text(ConfigKey.S3_SECRET_KEY).orElse(null);
    Path file = r.existingFile(ConfigKey.S3_CREDENTIALS_FILE).orElse(null);
    if (access == null && secret == null && file != null) {
      try {
        S3CredentialsFile creds = S3CredentialsFile.read(file);
        access = creds.accessKey();
        secret = creds.secretKey();
      } catch (IOException | IllegalArgumentException e) {
        throw r.fail(ConfigKey.S3_CREDENTIALS_FILE, e.getMessage());
      }
    }
    if ((access == null) != (secret == null)) {
      throw r.fail(access == null ? ConfigKey.S3_ACCESS_KEY : ConfigKey.S3_SECRET_KEY,
          "set both s3.access-key and s3.secret-key, or neither");
    }
    URI endpoint = r.httpUrl(ConfigKey.S3_ENDPOINT).orElse(null);
    String bucket = r.required(ConfigKey.BUCKET);
    String prefix = r.text(ConfigKey.S3_PREFIX).orElse("");
    if (!(prefix.isEmpty() || prefix.endsWith("/")) || prefix.startsWith("/")) {
      throw r.fail(ConfigKey.S3_PREFIX, "must be \"\" or end with / (and not start with /), got '" + prefix + "'");
    }
    String region = r.required(ConfigKey.S3_REGION);
    boolean pathStyle = r.bool(ConfigKey.S3_PATH_STYLE);
    try {
      return new S3Settings(endpoint, region, bucket, prefix, pathStyle, access, secret);
    } catch (IllegalArgumentException e) {
      throw r.fail(ConfigKey.BUCKET, e.getMessage());
    }
  }

  private static NatSettings nat(SettingsReader r) throws ConfigException {
    var main = r.parseOptional(ConfigKey.NAT_LISTEN, ListenAddress::parse);
    int altPort = r.parseOptional(ConfigKey.NAT_ALT_PORT, Integer::parseInt).orElse(0);
    String altAddress = r.text(ConfigKey.NAT_ALT_ADDRESS).orElse(null);
    if (main.isEmpty()) {
      if (altPort != 0 || altAddress != null) {
        throw r.fail(ConfigKey.NAT_LISTEN, "must be set when an alternate NAT remote is configured");
      }
      return null;
    }
    try {
      return new NatSettings(main.get(), altPort, altAddress);
    } catch (IllegalArgumentException e) {
      throw r.fail(ConfigKey.NAT_ALT_PORT, e.getMessage());
    }
  }

  private static Duration positive(SettingsReader r, ConfigKey key) throws ConfigException {
    Duration d = r.duration(key);
    if (d.isZero() || d.isNegative()) {
      throw r.fail(key, "must be positive");
    }
    return d;
  }
}
