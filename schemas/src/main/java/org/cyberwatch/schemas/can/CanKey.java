package org.cyberwatch.schemas.can;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cyberwatch.schemas.id.CountryCodes;
import org.cyberwatch.schemas.id.TestNames;

/**
 * The key (relative path) of a can in an OONI-style archive; see {@link CanLayout} for the two
 * layouts. {@link #of} builds the key of a new hourly can; {@link #parse} reads any key or path
 * that ends in one of the layouts (a bucket prefix or local directory before {@code raw/} or {@code
 * jsonl/} is ignored).
 *
 * @param layout which layout the key follows
 * @param day UTC day of the measurements
 * @param hour UTC hour for {@link CanLayout#RAW}; empty for daily {@link CanLayout#LEGACY_JSONL}
 * @param cc probe country code
 * @param testName compact test name, e.g. {@code webconnectivity}
 * @param fileName the can's file name, ending in a {@link CanFormat} extension
 */
public record CanKey(
    CanLayout layout,
    LocalDate day,
    OptionalInt hour,
    String cc,
    String testName,
    String fileName) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
  private static final Pattern HOURLY_NAME =
      Pattern.compile("\\d{10}_[A-Z]{2}_[a-z0-9]{1,64}\\.n([A-Za-z0-9]{1,16})\\.(\\d{1,9})\\..+");
  private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

  /** Validates the parts (each exception names the part). */
  public CanKey {
    if (layout == null || day == null || hour == null) {
      throw new IllegalArgumentException("layout, day, hour: must not be null");
    }
    if (day.getYear() < 1000 || day.getYear() > 9999) {
      throw new IllegalArgumentException("day: year must have four digits, got " + day);
    }
    if (layout == CanLayout.RAW
        ? hour.isEmpty() || hour.getAsInt() < 0 || hour.getAsInt() > 23
        : hour.isPresent()) {
      throw new IllegalArgumentException(
          "hour: 0-23 for raw keys, empty for legacy jsonl, got " + hour);
    }
    CountryCodes.requireValid(cc, "cc");
    if (!TestNames.isValidCompact(testName)) {
      throw new IllegalArgumentException(
          "testName: must be [a-z0-9]{1,64}, got '" + testName + "'");
    }
    if (fileName == null || !SAFE_NAME.matcher(fileName).matches() || fileName.contains("..")) {
      throw new IllegalArgumentException(
          "fileName: must be a plain file name, got '" + fileName + "'");
    }
    Optional<CanFormat> format = CanFormat.fromFileName(fileName);
    if (format.isEmpty()
        || (layout == CanLayout.LEGACY_JSONL && format.get() != CanFormat.JSONL_GZ)) {
      throw new IllegalArgumentException("fileName: not a can of this layout: '" + fileName + "'");
    }
  }

  /**
   * The key of hourly can number {@code index} of this collector: {@code
   * raw/YYYYMMDD/HH/CC/testname/YYYYMMDDHH_CC_testname.n<collector>.<index><ext>}.
   *
   * @param hour any instant in the hour (UTC)
   * @param testName wire or compact test name
   */
  public static CanKey of(
      Instant hour, String cc, String testName, String collector, int index, CanFormat format) {
    ZonedDateTime t = hour.atZone(ZoneOffset.UTC);
    String compact = TestNames.compact(testName);
    if (index < 0 || collector == null || !collector.matches("[A-Za-z0-9]{1,16}")) {
      throw new IllegalArgumentException("collector, index: [A-Za-z0-9]{1,16} and >= 0");
    }
    String name =
        String.format(
            "%s%02d_%s_%s.n%s.%d%s",
            DAY.format(t), t.getHour(), cc, compact, collector, index, format.extension());
    return new CanKey(
        CanLayout.RAW, t.toLocalDate(), OptionalInt.of(t.getHour()), cc, compact, name);
  }

  /**
   * Parses a key or path ending in one of the layouts.
   *
   * @throws IllegalArgumentException naming {@code can key} when it follows neither layout
   */
  public static CanKey parse(String key) {
    return tryParse(key)
        .orElseThrow(
            () -> new IllegalArgumentException("can key: follows no known layout: '" + key + "'"));
  }

  /** Parses a key or path, or empty when it follows neither layout (e.g. an index sidecar). */
  public static Optional<CanKey> tryParse(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String[] s = key.split("/", -1);
    if (s.length < 6) {
      return Optional.empty();
    }
    int i = s.length - 6;
    try {
      if (s[i].equals("raw") && isDay(s[i + 1]) && TWO_DIGITS.matcher(s[i + 2]).matches()) {
        return Optional.of(
            new CanKey(
                CanLayout.RAW,
                LocalDate.parse(s[i + 1], DAY),
                OptionalInt.of(Integer.parseInt(s[i + 2])),
                s[i + 3],
                s[i + 4],
                s[i + 5]));
      }
      if (s[i].equals("jsonl") && isDay(s[i + 3]) && s[i + 4].equals("00")) {
        return Optional.of(
            new CanKey(
                CanLayout.LEGACY_JSONL,
                LocalDate.parse(s[i + 3], DAY),
                OptionalInt.empty(),
                s[i + 2],
                s[i + 1],
                s[i + 5]));
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The can's format, from the file name. */
  public CanFormat format() {
    return CanFormat.fromFileName(fileName).orElseThrow();
  }

  /** The key relative to the archive root, e.g. {@code raw/20210817/15/US/webconnectivity/…}. */
  public String toPath() {
    String d = DAY.format(day);
    return layout == CanLayout.RAW
        ? String.format("raw/%s/%02d/%s/%s/%s", d, hour.getAsInt(), cc, testName, fileName)
        : String.format("jsonl/%s/%s/%s/00/%s", testName, cc, d, fileName);
  }

  /** The key of this can's index sidecar ({@link CanIndex#SIDECAR_SUFFIX} appended). */
  public String indexPath() {
    return toPath() + CanIndex.SIDECAR_SUFFIX;
  }

  /** The collector id of an hourly name ({@code …n<collector>.<i>…}), or empty. */
  public Optional<String> collector() {
    Matcher m = HOURLY_NAME.matcher(fileName);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The can number within the hour of an hourly name, or empty. */
  public OptionalInt index() {
    Matcher m = HOURLY_NAME.matcher(fileName);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
  }

  private static boolean isDay(String s) {
    return EIGHT_DIGITS.matcher(s).matches();
  }
}
