package org.cyberwatch.probe.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every setting of the agent, with its parallel names: command-line flag, environment variable and
 * YAML key (dotted path), its built-in default and a description. The flags of the command line,
 * the README table and the loader all come from this one list.
 */
public enum ConfigKey {
  CONFIG("config", "--config", "PROBE_CONFIG", "", false, false,
      "YAML config file; its keys are the dotted names of this table."),
  COLLECTORS("collectors", "--collector", "PROBE_COLLECTORS", "", true, false,
      "Collector base URL, repeatable, in order of preference (later ones are backups)."),
  OUTBOX_DIR("outbox.dir", "--outbox-dir", "PROBE_OUTBOX_DIR", "/var/lib/cyberwatch-probe/outbox",
      false, false, "Durable outbox: one file per finished measurement until a collector took it."),
  OUTBOX_MAX_BYTES("outbox.max_bytes", "--outbox-max-bytes", "PROBE_OUTBOX_MAX_BYTES", "104857600",
      false, false, "Disk budget of the outbox in bytes; when full, measuring pauses."),
  STATE_DIR("state.dir", "--state-dir", "PROBE_STATE_DIR", "/var/lib/cyberwatch-probe/state",
      false, false, "Agent state: status file, manual inbox, DNS-feed key."),
  TARGETS_FILE("targets.file", "--targets", "PROBE_TARGETS", "", false, false,
      "Static target list: lines 'input' or 'test input'; # comments."),
  TESTS("tests", "--tests", "PROBE_TESTS", "", true, false,
      "Tests to run (comma list); empty = every test this agent has."),
  PROBE_CC("probe.cc", "--probe-cc", "PROBE_PROBE_CC", "ZZ", false, false,
      "Probe country until a check-in tells it (ZZ = unknown)."),
  PROBE_ASN("probe.asn", "--probe-asn", "PROBE_PROBE_ASN", "AS0", false, false,
      "Probe AS until a check-in tells it (AS0 = unknown)."),
  RATE_PER_MINUTE("rate.per_minute", "--rate-per-minute", "PROBE_RATE_PER_MINUTE", "30", false,
      false, "Token bucket: measurements started per minute by this worker (upper bound)."),
  RATE_BURST("rate.burst", "--rate-burst", "PROBE_RATE_BURST", "5", false, false,
      "Token bucket size: measurements that may start back to back."),
  MAX_IN_FLIGHT("rate.max_in_flight", "--max-in-flight", "PROBE_MAX_IN_FLIGHT", "5", false, false,
      "Measurements running at once in this worker (upper bound)."),
  REMEASURE_INTERVAL("schedule.remeasure_interval", "--remeasure-interval",
      "PROBE_REMEASURE_INTERVAL", "6h", false, false,
      "How often a recurring target is measured again per test (e.g. 90s, 30m, 6h, 1d)."),
  MIN_TARGET_INTERVAL("schedule.min_target_interval", "--min-target-interval",
      "PROBE_MIN_TARGET_INTERVAL", "10m", false, false,
      "No target is probed more often than this, whatever the source or test."),
  QUEUE_CAPACITY("schedule.queue_capacity", "--queue-capacity", "PROBE_QUEUE_CAPACITY", "10000",
      false, false, "Bound of the task queue; lowest-priority tasks are dropped beyond it."),
  CHECK_IN("check_in.enabled", "--check-in", "PROBE_CHECK_IN", "true", false, false,
      "Ask the collector for targets, report ids and settings (true/false)."),
  CHECK_IN_INTERVAL("check_in.interval", "--check-in-interval", "PROBE_CHECK_IN_INTERVAL", "6h",
      false, false, "Time between check-ins unless the collector says otherwise."),
  ASNS("asn_targets.asns", "--asn", "PROBE_ASNS", "", true, false,
      "ASes whose announced prefixes give sampled target addresses (AS64500 or 64500)."),
  PFX2AS("asn_targets.pfx2as", "--pfx2as", "PROBE_PFX2AS", "", true, false,
      "CAIDA RouteViews prefix2as snapshot file(s) for ASN targets."),
  ADDRESSES_PER_ASN("asn_targets.per_asn", "--addresses-per-asn", "PROBE_ADDRESSES_PER_ASN", "5",
      false, false, "Addresses sampled per AS."),
  ASN_TESTS("asn_targets.tests", "--asn-tests", "PROBE_ASN_TESTS", "traceroute,ping", true, false,
      "Tests run on ASN-sampled addresses."),
  TCP_PORT("targets.tcp_port", "--tcp-port", "PROBE_TCP_PORT", "443", false, false,
      "Port added to bare addresses for tcp_connect (ip:port)."),
  DNS_PIHOLE_URL("dns_feed.pihole_url", "--dns-feed-pihole-url", "PROBE_DNS_FEED_PIHOLE_URL", "",
      false, false, "Pi-hole (v6 API) base URL to poll for DNS queries, e.g. http://127.0.0.1:80."),
  DNS_PASSWORD("dns_feed.password", "--dns-feed-password", "PROBE_DNS_FEED_PASSWORD", "", false,
      true, "Pi-hole API password (prefer the file or the environment)."),
  DNS_PASSWORD_FILE("dns_feed.password_file", "--dns-feed-password-file",
      "PROBE_DNS_FEED_PASSWORD_FILE", "", false, false, "File holding the Pi-hole API password."),
  DNS_LOG_FILE("dns_feed.log_file", "--dns-feed-log", "PROBE_DNS_FEED_LOG", "", false, false,
      "Resolver log to tail (dnsmasq/FTL format with log-queries), e.g. "
          + "/var/log/pihole/pihole.log."),
  DNS_ALLOW_SUFFIXES("dns_feed.allow_suffixes", "--dns-allow-suffix", "PROBE_DNS_ALLOW_SUFFIXES",
      "", true, false, "Only domains under these suffixes (empty = all)."),
  DNS_DENY_SUFFIXES("dns_feed.deny_suffixes", "--dns-deny-suffix", "PROBE_DNS_DENY_SUFFIXES",
      "local,lan,internal,home.arpa,in-addr.arpa,ip6.arpa", true, false,
      "Never domains under these suffixes."),
  DNS_QTYPES("dns_feed.qtypes", "--dns-qtypes", "PROBE_DNS_QTYPES", "A,AAAA", true, false,
      "Query types taken from the feed."),
  DNS_ALLOW_CLIENTS("dns_feed.allow_clients", "--dns-allow-client", "PROBE_DNS_ALLOW_CLIENTS", "",
      true, false, "Only queries from these client addresses/CIDRs (empty = all)."),
  DNS_DENY_CLIENTS("dns_feed.deny_clients", "--dns-deny-client", "PROBE_DNS_DENY_CLIENTS", "",
      true, false, "Never queries from these client addresses/CIDRs."),
  DNS_MAX_DOMAIN_LENGTH("dns_feed.max_domain_length", "--dns-max-domain-length",
      "PROBE_DNS_MAX_DOMAIN_LENGTH", "100", false, false, "Longer domains are dropped."),
  DNS_MAX_ADDRESSES("dns_feed.max_addresses", "--dns-max-addresses", "PROBE_DNS_MAX_ADDRESSES",
      "2", false, false, "Addresses kept per resolved domain."),
  DNS_POLL_INTERVAL("dns_feed.poll_interval", "--dns-poll-interval", "PROBE_DNS_POLL_INTERVAL",
      "60s", false, false, "How often the feed is read."),
  DNS_SECRET_FILE("dns_feed.secret_file", "--dns-secret-file", "PROBE_DNS_SECRET_FILE", "", false,
      false, "HMAC key for domain hashes; default <state.dir>/dns-feed.key, created on first use."),
  DNS_TESTS("dns_feed.tests", "--dns-tests", "PROBE_DNS_TESTS", "tcp_connect", true, false,
      "Tests run on addresses of feed domains."),
  CONTROL_PORT("control.port", "--control-port", "PROBE_CONTROL_PORT", "0", false, false,
      "Local control endpoint on 127.0.0.1 (0 = off): GET /status, POST /targets."),
  WORKER("worker.index", "--worker", "PROBE_WORKER", "1", false, false,
      "This worker's number, 1..worker.count (the systemd instance %i)."),
  WORKERS("worker.count", "--workers", "PROBE_WORKERS", "1", false, false,
      "Workers sharing the targets; each measures the targets that hash to its number."),
  SUBMIT_TIMEOUT("submit.timeout", "--submit-timeout", "PROBE_SUBMIT_TIMEOUT", "30s", false,
      false, "Timeout of one collector request."),
  HTTP_PORT("http_vs_https.http_port", "--http-port", "PROBE_HTTP_PORT", "80", false, false,
      "Port of the plain-HTTP fetch of http_vs_https."),
  HTTPS_PORT("http_vs_https.https_port", "--https-port", "PROBE_HTTPS_PORT", "443", false, false,
      "Port of the HTTPS fetch of http_vs_https."),
  PEER_SERVER_PORT("peer.server_port", "--peer-server-port", "PROBE_PEER_SERVER_PORT", "0", false,
      false, "TCP port of the peer test server other probes fetch (0 = none; peer_locator then "
          + "announces port 0)."),
  PEER_MAX_AGE("peer.max_age", "--peer-max-age", "PROBE_PEER_MAX_AGE", "1h", false, false,
      "peer_http_reachable measures the located peers announced at most this long ago."),
  NAT_MAIN("nat.main", "--nat-main", "PROBE_NAT_MAIN", "", true, false,
      "UDP NAT-detection main remotes ip:port, besides the check-in's nat-detection helpers "
          + "(two hosts needed)."),
  NAT_ALT("nat.alt", "--nat-alt", "PROBE_NAT_ALT", "", true, false,
      "UDP NAT-detection alternate remotes ip:port, besides the check-in's nat-detection-alt.");

  private final String yamlKey;
  private final String flag;
  private final String env;
  private final String defaultValue;
  private final boolean list;
  private final boolean secret;
  private final String description;

  ConfigKey(String yamlKey, String flag, String env, String defaultValue, boolean list,
      boolean secret, String description) {
    this.yamlKey = yamlKey;
    this.flag = flag;
    this.env = env;
    this.defaultValue = defaultValue;
    this.list = list;
    this.secret = secret;
    this.description = description;
  }

  /** Dotted YAML path, e.g. {@code outbox.dir}. */
  public String yamlKey() {
    return yamlKey;
  }

  /** Command-line flag, e.g. {@code --outbox-dir}. */
  public String flag() {
    return flag;
  }

  /** Environment variable, e.g. {@code PROBE_OUTBOX_DIR}. */
  public String env() {
    return env;
  }

  /** Built-in default as text; empty when there is none. */
  public String defaultValue() {
    return defaultValue;
  }

  /** Whether the key takes several values (repeatable flag, comma list, YAML sequence). */
  public boolean isList() {
    return list;
  }

  /** Whether the value is redacted in logs. */
  public boolean isSecret() {
    return secret;
  }

  /** One-line description for --help and the README. */
  public String description() {
    return description;
  }

  /** The key with this dotted YAML name. */
  public static Optional<ConfigKey> forYamlKey(String name) {
    return Arrays.stream(values()).filter(k -> k.yamlKey.equals(name)).findFirst();
  }
}
