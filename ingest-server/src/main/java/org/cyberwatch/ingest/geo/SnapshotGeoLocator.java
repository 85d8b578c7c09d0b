package org.cyberwatch.ingest.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cyberwatch.schemas.id.CountryCodes;
import org.cyberwatch.schemas.snapshot.IpMetadata;
import org.cyberwatch.schemas.snapshot.IpMetadataLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Geolocation from the dated snapshot files the pipelines use (CAIDA pfx2as, as2org, RIR
 * delegated stats, PeeringDB) in one directory: for today (UTC) the newest snapshot of each
 * dataset dated on or before it. {@link #refresh()} reloads when the UTC day has changed, so a
 * snapshot dropped into the directory is picked up the next day.
 */
public final class SnapshotGeoLocator implements GeoLocator {

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotGeoLocator.class);

  private record Loaded(LocalDate day, IpMetadataLookup lookup) {}

  private final Path dir;
  private final Clock clock;
  private volatile Loaded loaded;

  private SnapshotGeoLocator(Path dir, Clock clock, Loaded loaded) {
    this.dir = dir;
    this.clock = clock;
    this.loaded = loaded;
  }

  /** Loads the snapshots for today from {@code dir}. */
  public static SnapshotGeoLocator open(Path dir, Clock clock) throws IOException {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return new SnapshotGeoLocator(dir, clock, new Loaded(today, IpMetadataLookup.forDay(dir, today)));
  }

  /** Reloads the snapshots if the UTC day changed since the last load; keeps the old ones on error. */
  public void refresh() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (today.equals(loaded.day())) {
      return;
    }
    try {
      loaded = new Loaded(today, IpMetadataLookup.forDay(dir, today));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot reload snapshots from {} for {}; keeping those of {}", dir, today, loaded.day(), e);
    }
  }

  @Override
  public GeoInfo locate(String ip) {
    IpMetadata m = loaded.lookup().lookup(ip);
    String country = m.country() == null ? null : m.country().toUpperCase(java.util.Locale.ROOT);
    String cc = CountryCodes.isValid(country) ? country : CountryCodes.UNKNOWN;
    return new GeoInfo(m.asn(), cc, m.asName());
  }
}
