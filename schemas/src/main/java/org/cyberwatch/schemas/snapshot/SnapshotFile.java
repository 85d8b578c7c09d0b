package org.cyberwatch.schemas.snapshot;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A dated snapshot file (or, for a PeeringDB dump split by object type, directory) found by {@link
 * SnapshotCatalog}.
 *
 * @param kind which published format
 * @param dataset the series it belongs to: the kind's id, plus the registry for RIR files ({@code
 *     pfx2as-v4}, {@code as2org}, {@code delegated-ripencc}); one file per dataset is chosen for a
 *     day
 * @param path where it is
 * @param referenceTime the time its name carries (UTC; midnight when the name has only a date)
 */
public record SnapshotFile(SnapshotKind kind, String dataset, Path path, Instant referenceTime) {

  /** All parts are required. */
  public SnapshotFile {
    if (kind == null) {
      throw new IllegalArgumentException("kind: null");
    }
    if (path == null) {
      throw new IllegalArgumentException("path: null");
    }
    if (referenceTime == null) {
      throw new IllegalArgumentException("referenceTime: null");
    }
    if (dataset == null || !dataset.startsWith(kind.id())) {
      throw new IllegalArgumentException("dataset: '" + dataset + "' is not of kind " + kind);
    }
  }

  /** The file name, as published ({@code routeviews-rv2-20240101-1200.pfx2as.gz}). */
  public String referenceName() {
    return path.getFileName().toString();
  }

  /** The UTC day the snapshot is dated. */
  public LocalDate day() {
    return LocalDate.ofInstant(referenceTime, ZoneOffset.UTC);
  }

  /** What the pipelines record about this file. */
  public SnapshotProvenance provenance() {
    return new SnapshotProvenance(dataset, referenceName(), referenceTime);
  }
}
