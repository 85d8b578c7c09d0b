package org.cyberwatch.ingest.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The collector's whole configuration, immutable, built once at start by {@link #load} from
 * flags, environment, config file and defaults (in that precedence). No other code reads the
 * environment or the config file.
 *
 * @param http listen address, body limits, TLS, admin token
 * @param spoolDir the durable spool's root
 * @param diskFloorBytes submissions are refused (503) below this much usable space
 * @param cans can destination, period and size
 * @param snapshotsDir dated snapshot files for geolocation, or null (everything unknown)
 * @param collectorId this collector's id, {@code [A-Za-z0-9]{1,16}}
 * @param relayUrl upstream collector to relay to, or null
 * @param allowPublicEndpoint keep public tunnel endpoint addresses
 * @param targetsFile the check-in target list, or null (no targets)
 * @param peers peer locator settings
 * @param nat NAT-detection remotes, or null (disabled)
 * @param settings every setting's text and source, for the start-up log
 */
public record IngestConfig(
    HttpSettings http,
    Path spoolDir,
    long diskFloorBytes,
    CanSettings cans,
    Path snapshotsDir,
    String collectorId,
    URI relayUrl,
    boolean allowPublicEndpoint,
    Path targetsFile,
    PeerSettings peers,
    NatSettings nat,
    ResolvedSettings settings) {

  private static final Pattern COLLECTOR_ID = Pattern.compile("[A-Za-z0-9]{1,16}");

  /** Checks the parts that have no record of their own. */
  public IngestConfig {
    if (http == null || spoolDir == null || cans == null || peers == null || settings == null) {
      throw new IllegalArgumentException("http, spoolDir, cans, peers, settings: must not be null");
    }
    if (collectorId == null || !COLLECTOR_ID.matcher(collectorId).matches()) {
      throw new IllegalArgumentException("collectorId: must be [A-Za-z0-9]{1,16}, got '" + collectorId + "'");
    }
    if (diskFloorBytes < 0) {
      throw new IllegalArgumentException("diskFloorBytes: must be >= 0");
    }
  }

  /**
   * Resolves and validates every setting; creates the spool and local can directories.
   *
   * @throws ConfigException naming the first invalid key and where its value came from
   */
  public static IngestConfig load(Map<ConfigKey, String> flags, Map<String, String> env)
      throws ConfigException {
    return ConfigParser.parse(ResolvedSettings.resolve(flags, env));
  }

  /** The snapshot directory, when geolocation is configured. */
  public Optional<Path> snapshots() {
    return Optional.ofNullable(snapshotsDir);
  }

  /** The relay target, when relaying is on. */
  public Optional<URI> relay() {
    return Optional.ofNullable(relayUrl);
  }

  /** The target list file, when configured. */
  public Optional<Path> targets() {
    return Optional.ofNullable(targetsFile);
  }

  /** The NAT-detection remotes, when enabled. */
  public Optional<NatSettings> natRemotes() {
    return Optional.ofNullable(nat);
  }

  @Override
  public String toString() {
    return "IngestConfig" + settings.describe();
  }
}
