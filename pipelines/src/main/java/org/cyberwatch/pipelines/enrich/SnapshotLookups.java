package org.cyberwatch.pipelines.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberwatch.schemas.snapshot.SnapshotCatalog;
import org.cyberwatch.schemas.snapshot.SnapshotFile;
import org.cyberwatch.schemas.snapshot.SnapshotSelection;
import org.cyberwatch.schemas.snapshot.IpMetadataLookup;

/**
 * The lookups of one snapshot directory, loaded at most once per JVM (workers share it across
 * DoFn instances): for a measurement on day D, the set of newest snapshots dated ≤ D. Holds the two
 * most recently used snapshot sets; a job over a long range loads each set as it reaches it.
 */
public final class SnapshotLookups {
  private static final int SETS_KEPT = 2;
  private static final Map<Path, SnapshotLookups> BY_DIR = new LinkedHashMap<>();

  private final SnapshotCatalog catalog;
  private final Map<List<SnapshotFile>, IpMetadataLookup> loaded =
      new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<SnapshotFile>, IpMetadataLookup> e) {
          return size() > SETS_KEPT;
        }
      };

  private SnapshotLookups(SnapshotCatalog catalog) {
    this.catalog = catalog;
  }

  /** The shared lookups of {@code dir}, scanning it on first use. */
  public static synchronized SnapshotLookups of(Path dir) throws IOException {
    SnapshotLookups lookups = BY_DIR.get(dir);
    if (lookups == null) {
      lookups = new SnapshotLookups(SnapshotCatalog.scan(dir));
      BY_DIR.put(dir, lookups);
    }
    return lookups;
  }

  /** The lookup for measurements of {@code day}; null when no snapshot is dated ≤ day. */
  public synchronized IpMetadataLookup forDay(LocalDate day) {
    SnapshotSelection selection = catalog.select(day);
    if (selection.files().isEmpty()) {
      return null;
    }
    return loaded.computeIfAbsent(selection.files(), files -> load(selection));
  }

  private static IpMetadataLookup load(SnapshotSelection selection) {
    try {
      return IpMetadataLookup.load(selection);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load snapshots " + selection.files(), e);
    }
  }
}
