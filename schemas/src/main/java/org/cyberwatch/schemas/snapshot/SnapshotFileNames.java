package org.cyberwatch.schemas.snapshot;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file names {@link SnapshotCatalog} accepts, exactly as the publishers name them (an optional
 * {@code .gz} or {@code .bz2} suffix is allowed on every file):
 *
 * <ul>
 *   <li>{@code routeviews-rv2-YYYYMMDD-HHMM.pfx2as.gz}, {@code routeviews-rv6-…} (CAIDA)
 *   <li>{@code YYYYMMDD.as-org2info.txt.gz} (CAIDA; the JSONL variant is not read)
 *   <li>{@code peeringdb_2_dump_YYYY_MM_DD.json} (CAIDA's PeeringDB archive), or a directory {@code
 *       peeringdb_2_dump_YYYY_MM_DD/} holding one {@code {"data":[…]}} file per object type
 *   <li>{@code delegated-<rir>-extended-YYYYMMDD} and {@code delegated-<rir>-YYYYMMDD} for rir in
 *       afrinic, apnic, arin, lacnic, ripencc ({@code …-latest} carries no date and is ignored)
 * </ul>
 */
final class SnapshotFileNames {

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotFileNames.class);

  private static final String COMPRESSED = "(?:\\.gz|\\.bz2)?";
  private static final Pattern PFX2AS =
      Pattern.compile("routeviews-rv([26])-(\\d{8})-(\\d{4})\\.pfx2as" + COMPRESSED);
  private static final Pattern AS2ORG =
      Pattern.compile("(\\d{8})\\.as-org2info\\.txt" + COMPRESSED);
  private static final Pattern PEERINGDB =
      Pattern.compile("peeringdb_2_dump_(\\d{4})_(\\d{2})_(\\d{2})(\\.json" + COMPRESSED + ")?");
  private static final Pattern DELEGATED =
      Pattern.compile(
          "delegated-(afrinic|apnic|arin|lacnic|ripencc)(?:-extended)?-(\\d{8})" + COMPRESSED);

  private SnapshotFileNames() {}

  /** The snapshot a path names, or empty when the name matches no rule (or no real date). */
  static Optional<SnapshotFile> recognise(Path path, boolean directory) {
    String name = path.getFileName().toString();
    try {
      return Optional.ofNullable(match(path, name, directory));
    } catch (DateTimeException e) {
      LOG.warn("Ignoring {}: its name carries no real date ({})", path, e.getMessage());
      return Optional.empty();
    }
  }

  private static SnapshotFile match(Path path, String name, boolean directory) {
    Matcher m = PEERINGDB.matcher(name);
    if (m.matches() && directory == (m.group(4) == null)) {
      LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      return file(SnapshotKind.PEERINGDB, "", path, day, LocalTime.MIDNIGHT);
    }
    if (directory) {
      return null;
    }
    if ((m = PFX2AS.matcher(name)).matches()) {
      SnapshotKind kind = m.group(1).equals("2") ? SnapshotKind.PFX2AS_V4 : SnapshotKind.PFX2AS_V6;
      String hhmm = m.group(3);
      LocalTime time =
          LocalTime.of(Integer.parseInt(hhmm.substring(0, 2)), Integer.parseInt(hhmm.substring(2)));
      return file(kind, "", path, yyyymmdd(m.group(2)), time);
    }
    if ((m = AS2ORG.matcher(name)).matches()) {
      return file(SnapshotKind.AS2ORG, "", path, yyyymmdd(m.group(1)), LocalTime.MIDNIGHT);
    }
    if ((m = DELEGATED.matcher(name)).matches()) {
      return file(
          SnapshotKind.RIR_DELEGATED,
          "-" + m.group(1),
          path,
          yyyymmdd(m.group(2)),
          LocalTime.MIDNIGHT);
    }
    return null;
  }

  private static SnapshotFile file(
      SnapshotKind kind, String suffix, Path path, LocalDate day, LocalTime time) {
    Instant at = day.atTime(time).toInstant(ZoneOffset.UTC);
    return new SnapshotFile(kind, kind.id() + suffix, path, at);
  }

  private static LocalDate yyyymmdd(String text) {
    return LocalDate.of(
        Integer.parseInt(text.substring(0, 4)),
        Integer.parseInt(text.substring(4, 6)),
        Integer.parseInt(text.substring(6, 8)));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
