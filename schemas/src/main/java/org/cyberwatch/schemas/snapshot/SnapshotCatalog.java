package org.cyberwatch.schemas.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dated snapshot files under a directory (searched recursively; names as in the table of the
 * schemas README: {@code routeviews-rv2-20240101-1200.pfx2as.gz}, {@code
 * 20240101.as-org2info.txt.gz}, {@code peeringdb_2_dump_2024_01_01.json}, {@code
 * delegated-ripencc-extended-20240101}). Other files are ignored.
 *
 * <p>{@link #select(LocalDate)} picks, per dataset, the newest snapshot dated on or before the day;
 * a dataset with nothing that old is simply absent from the selection.
 */
public final class SnapshotCatalog {

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotCatalog.class);

  /** Oldest first within a dataset; equal times order by name, so choice is deterministic. */
  private static final Comparator<SnapshotFile> ORDER =
      Comparator.comparing(SnapshotFile::dataset)
          .thenComparing(SnapshotFile::referenceTime)
          .thenComparing(SnapshotFile::referenceName);

  private final List<SnapshotFile> files;

  private SnapshotCatalog(List<SnapshotFile> files) {
    this.files = files.stream().sorted(ORDER).toList();
  }

  /** Lists the snapshot files under {@code dir}. */
  public static SnapshotCatalog scan(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "not a snapshot directory");
    }
    List<SnapshotFile> found = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .filter(p -> !p.equals(dir))
          .forEach(p -> SnapshotFileNames.recognise(p, Files.isDirectory(p)).ifPresent(found::add));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    LOG.info("Snapshot catalog {}: {} dated files", dir, found.size());
    return new SnapshotCatalog(found);
  }

  /** A catalog of files already recognised (tests, or a listing from elsewhere). */
  public static SnapshotCatalog of(List<SnapshotFile> files) {
    return new SnapshotCatalog(List.copyOf(files));
  }

  /** Every recognised file, ordered by dataset, then time, then name. */
  public List<SnapshotFile> files() {
    return files;
  }

  /** Per dataset, the newest file dated on or before {@code day}. */
  public SnapshotSelection select(LocalDate day) {
    Map<String, SnapshotFile> chosen = new LinkedHashMap<>();
    for (SnapshotFile f : files) {
      if (!f.day().isAfter(day)) {
        chosen.put(f.dataset(), f);
      }
    }
    return new SnapshotSelection(day, new ArrayList<>(chosen.values()));
  }
}
