package org.cyberwatch.schemas.snapshot;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which snapshot an enrichment came from, as recorded next to the data (the {@code reference_name},
 * {@code reference_time} convention of IYP).
 *
 * @param dataset the series, e.g. {@code pfx2as-v4}, {@code as2org}, {@code delegated-ripencc}
 * @param referenceName the snapshot's published file name
 * @param referenceTime the time its name carries (UTC)
 */
public record SnapshotProvenance(String dataset, String referenceName, Instant referenceTime)
    implements Serializable {

  /** All parts are required and non-blank. */
  public SnapshotProvenance {
    if (dataset == null || dataset.isBlank()) {
      throw new IllegalArgumentException("dataset: blank");
    }
    if (referenceName == null || referenceName.isBlank()) {
      throw new IllegalArgumentException("referenceName: blank");
    }
    if (referenceTime == null) {
      throw new IllegalArgumentException("referenceTime: null");
    }
  }
}
