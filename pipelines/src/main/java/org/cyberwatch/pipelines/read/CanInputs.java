package org.cyberwatch.pipelines.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.cyberwatch.pipelines.parse.MeasurementFilter;
import org.cyberwatch.schemas.can.CanFormat;
import org.cyberwatch.schemas.can.CanKey;

/**
 * Lists the cans a run reads, once, in the launcher: from globs ({@code --input}) or from a bucket's
 * day range in OONI's layouts ({@code raw/YYYYMMDD/HH/CC/testname/…} and the legacy {@code
 * jsonl/testname/CC/YYYYMMDD/…}). Cans whose key names another country or test than the filter
 * keeps are skipped without being opened. The list is sorted and deduplicated, so it and its
 * {@link #digest} are the same on every run over the same input.
 */
public final class CanInputs {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private CanInputs() {}

  /** Cans matching the comma-separated globs (local paths or {@code s3://…}). */
  public static List<CanFile> fromGlobs(String globs, MeasurementFilter filter) throws IOException {
    TreeMap<String, CanFile> found = new TreeMap<>();
    for (String glob : globs.split(",")) {
      if (!glob.isBlank()) {
        addMatches(glob.trim(), filter, found);
      }
    }
    return List.copyOf(found.values());
  }

  /** Cans of a bucket (or local mirror root) for every day from {@code start} to {@code end}. */
  public static List<CanFile> fromDays(String root, LocalDate start, LocalDate end,
      MeasurementFilter filter) throws IOException {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("endDay: must not be before startDay");
    }
    String base = root.endsWith("/") ? root : root + "/";
    List<String> globs = new ArrayList<>();
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      globs.add(base + "raw/" + DAY.format(d) + "/*/*/*/*");
      globs.add(base + "jsonl/*/*/" + DAY.format(d) + "/*/*");
    }
    return fromGlobs(String.join(",", globs), filter);
  }

  /**
   * The list without the postcans that have a JSONL twin: OONI's uploader and our collector write
   * every batch twice, as {@code NAME.tar.gz} and {@code NAME.jsonl.gz} (or {@code .jsonl.zst}) side
   * by side, with the same measurements. Reading both costs twice the work for nothing (the dedupe
   * would drop every second copy), so the JSONL can, OONI's published form, is kept. A postcan
   * without a twin stays.
   */
  public static List<CanFile> oneOfEachPair(List<CanFile> cans) {
    Set<String> jsonlStems = new HashSet<>();
    for (CanFile can : cans) {
      CanFormat.fromFileName(can.path()).filter(CanFormat::isJsonl)
          .ifPresent(f -> jsonlStems.add(stem(can.path(), f)));
    }
    List<CanFile> kept = new ArrayList<>();
    for (CanFile can : cans) {
      Optional<CanFormat> f = CanFormat.fromFileName(can.path());
      if (!(f.isPresent() && !f.get().isJsonl() && jsonlStems.contains(stem(can.path(), f.get())))) {
        kept.add(can);
      }
    }
    return List.copyOf(kept);
  }

  private static String stem(String path, CanFormat format) {
    return path.substring(0, path.length() - format.extension().length());
  }

  /** SHA-256 over "path\tsize\n" of the sorted list: names the input of a run. */
  public static String digest(List<CanFile> cans) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (CanFile can : cans) {
        sha.update((can.path() + "\t" + can.sizeBytes() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void addMatches(String glob, MeasurementFilter filter, TreeMap<String, CanFile> found)
      throws IOException {
    MatchResult result = FileSystems.match(List.of(glob), EmptyMatchTreatment.ALLOW).get(0);
    if (result.status() != MatchResult.Status.OK && result.status() != MatchResult.Status.NOT_FOUND) {
      throw new IOException("cannot list " + glob + ": " + result.status());
    }
    if (result.status() == MatchResult.Status.NOT_FOUND) {
      return;
    }
    for (MatchResult.Metadata m : result.metadata()) {
      String path = m.resourceId().toString();
      if (isCan(path) && keeps(path, filter)) {
        found.put(path, new CanFile(path, m.sizeBytes()));
      }
    }
  }

  private static boolean isCan(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return CanFormat.fromFileName(name).isPresent();
  }

  private static boolean keeps(String path, MeasurementFilter filter) {
    Optional<CanKey> key = CanKey.tryParse(path);
    if (key.isEmpty()) {
      return true;
    }
    CanKey k = key.get();
    return (k.cc() == null || filter.keepsCc(k.cc()))
        && (k.testName() == null || filter.keepsTestName(k.testName()));
  }
}
