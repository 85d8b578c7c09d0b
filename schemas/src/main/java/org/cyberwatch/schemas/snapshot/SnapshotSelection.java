package org.cyberwatch.schemas.snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The snapshot files chosen for one day: per dataset the newest dated on or before it. Datasets
 * with no file that old are absent. Equal selections are equal records, so callers can key a cache
 * of built lookups by them.
 *
 * @param day the measurement day the choice was made for
 * @param files the chosen files, one per dataset, ordered by dataset
 */
public record SnapshotSelection(LocalDate day, List<SnapshotFile> files) {

  /** Copies the list; one file per dataset. */
  public SnapshotSelection {
    if (day == null) {
      throw new IllegalArgumentException("day: null");
    }
    files = List.copyOf(files);
    if (files.stream().map(SnapshotFile::dataset).distinct().count() != files.size()) {
      throw new IllegalArgumentException("files: more than one file for a dataset");
    }
  }

  /** The chosen files of a kind (several only for RIR_DELEGATED: one per registry). */
  public List<SnapshotFile> files(SnapshotKind kind) {
    return files.stream().filter(f -> f.kind() == kind).toList();
  }

  /** The chosen file of a single-dataset kind. */
  public Optional<SnapshotFile> file(SnapshotKind kind) {
    return files(kind).stream().findFirst();
  }

  /** What to record about the chosen files, in dataset order. */
  public List<SnapshotProvenance> provenance() {
    return files.stream().map(SnapshotFile::provenance).toList();
  }
}
