package org.cyberwatch.pipelines.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cyberwatch.schemas.snapshot.IpMetadataLookup;
import org.cyberwatch.schemas.snapshot.SnapshotCatalog;
import org.cyberwatch.schemas.snapshot.SnapshotFile;
import org.cyberwatch.schemas.snapshot.SnapshotSelection;

/**
 * The snapshot lookup for a measurement day, as the job's enrichment chooses it (newest snapshot
 * of each dataset dated ≤ the day), each snapshot set loaded once. Without a directory every day
 * gets null (the enricher then returns unknowns). One thread only.
 */
final class DayLookups {
  private final SnapshotCatalog catalog;
  private final Map<LocalDate, IpMetadataLookup> byDay = new HashMap<>();
  private final Map<List<SnapshotFile>, IpMetadataLookup> bySet = new HashMap<>();

  private DayLookups(SnapshotCatalog catalog) {
    this.catalog = catalog;
  }

  /** Lookups from {@code dir}, or none when {@code dir} is null. */
  static DayLookups of(Path dir) throws IOException {
    return new DayLookups(dir == null ? null : SnapshotCatalog.scan(dir));
  }

  /** Snapshot sets loaded so far. */
  int loadedSets() {
    return bySet.size();
  }

  /** The lookup for {@code day}; null without snapshots dated ≤ day. */
  IpMetadataLookup forDay(LocalDate day) {
    if (catalog == null) {
      return null;
    }
    return byDay.computeIfAbsent(day, d -> {
      SnapshotSelection selection = catalog.select(d);
      if (selection.files().isEmpty()) {
        return null;
      }
      return bySet.computeIfAbsent(selection.files(), files -> load(selection));
    });
  }

  private static IpMetadataLookup load(SnapshotSelection selection) {
    try {
      return IpMetadataLookup.load(selection);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load snapshots " + selection.files(), e);
    }
  }
}
