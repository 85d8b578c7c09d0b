package org.cyberwatch.schemas.id;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report id: {@code YYYYMMDDTHHMMSSZ_<testname>_<CC>_<asn>_n<collector>_<random>}, e.g. {@code
 * 20240214T090617Z_webconnectivity_IT_30722_n1_1IvUiXNWHooB5rmD}.
 *
 * <ul>
 *   <li>time: UTC, seconds; test name: compact (no underscores); CC: two upper-case letters; asn:
 *       decimal digits (0 = unknown); collector: 1–16 characters {@code [A-Za-z0-9]}.
 *   <li>random: {@value #RANDOM_LENGTH} characters when generated here, from the 62-character
 *       alphabet {@code [0-9A-Za-z]} drawn uniformly from a {@link SecureRandom}: 22 × log2(62) ≈
 *       131 bits (OONI uses 16 characters, ~95 bits). Parsing accepts 16–64 characters so that ids
 *       issued by OONI's collectors parse too.
 * </ul>
 *
 * {@link #parse} accepts only that shape, so a parsed id never contains a path separator, {@code
 * ..}, or anything outside {@code [0-9A-Za-z_]}. Older OONI ids ({@code
 * 20200111T164924Z_AS30722_<50 chars>} from 2019–2020 and the 64-character ids before 2017) carry
 * no test name or country; {@link #isOoniShaped} recognises them without parsing.
 *
 * @param time start of the report, whole seconds
 * @param testName compact test name, e.g. {@code webconnectivity}
 * @param cc probe country code
 * @param asn probe AS number
 * @param collector collector id (the text after {@code n})
 * @param random the random part
 */
public record ReportId(
    Instant time, String testName, String cc, long asn, String collector, String random) {

  /** Length of the random part of generated ids. */
  public static final int RANDOM_LENGTH = 22;

  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
          .withZone(ZoneOffset.UTC)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern SHAPE =
      Pattern.compile(
          "(\\d{8}T\\d{6}Z)_([a-z0-9]{1,64})_([A-Z]{2})_(\\d{1,10})_n([A-Za-z0-9]{1,16})"
              + "_([A-Za-z0-9]{16,64})");
  private static final Pattern LEGACY_ASN_SHAPE =
      Pattern.compile("\\d{8}T\\d{6}Z_AS\\d{1,10}_[A-Za-z0-9]{50}");
  private static final Pattern LEGACY_RANDOM_SHAPE = Pattern.compile("[A-Za-z0-9]{64}");
  private static final Pattern COLLECTOR = Pattern.compile("[A-Za-z0-9]{1,16}");
  private static final Pattern RANDOM = Pattern.compile("[A-Za-z0-9]{16,64}");

  /** Validates every part (each exception names the part). */
  public ReportId {
    if (time == null || time.getNano() != 0) {
      throw new IllegalArgumentException("time: must be whole seconds, got " + time);
    }
    if (!TestNames.isValidCompact(testName)) {
      throw new IllegalArgumentException(
          "testName: must be [a-z0-9]{1,64}, got '" + testName + "'");
    }
    CountryCodes.requireValid(cc, "cc");
    new Asn(asn);
    if (collector == null || !COLLECTOR.matcher(collector).matches()) {
      throw new IllegalArgumentException(
          "collector: must be [A-Za-z0-9]{1,16}, got '" + collector + "'");
    }
    if (random == null || !RANDOM.matcher(random).matches()) {
      throw new IllegalArgumentException("random: must be [A-Za-z0-9]{16,64}");
    }
  }

  /**
   * A new id with {@value #RANDOM_LENGTH} random characters.
   *
   * @param now report start (truncated to seconds)
   * @param testName wire or compact test name ({@code web_connectivity} or {@code webconnectivity})
   * @param cc probe country code
   * @param asn probe AS number
   * @param collectorId this collector's id, e.g. {@code 1}
   * @param random a CSPRNG (share one instance; it is thread-safe)
   */
  public static ReportId generate(
      Instant now, String testName, String cc, long asn, String collectorId, SecureRandom random) {
    char[] chars = new char[RANDOM_LENGTH];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new ReportId(
        now.truncatedTo(ChronoUnit.SECONDS),
        TestNames.compact(testName),
        cc,
        asn,
        collectorId,
        new String(chars));
  }

  /**
   * Parses the structured shape.
   *
   * @throws IllegalArgumentException naming {@code report_id} when the text has another shape
   */
  public static ReportId parse(String text) {
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "report_id: not of the form"
                        + " YYYYMMDDTHHMMSSZ_<testname>_<CC>_<asn>_n<collector>_<random>: '"
                        + shorten(text)
                        + "'"));
  }

  /** Parses the structured shape, or empty when the text has another shape. */
  public static Optional<ReportId> tryParse(String text) {
    if (text == null || text.length() > 200) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      Instant time = LocalDateTime.parse(m.group(1), TIME).toInstant(ZoneOffset.UTC);
      return Optional.of(
          new ReportId(
              time, m.group(2), m.group(3), Long.parseLong(m.group(4)), m.group(5), m.group(6)));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * True for any report id shape OONI has used: the structured one, {@code
   * YYYYMMDDTHHMMSSZ_AS<asn>_<50 alphanumerics>} (2019–2020) and 64 alphanumerics (before 2017).
   * The empty string some probes sent is not an id.
   */
  public static boolean isOoniShaped(String text) {
    return text != null
        && (tryParse(text).isPresent()
            || LEGACY_ASN_SHAPE.matcher(text).matches()
            || LEGACY_RANDOM_SHAPE.matcher(text).matches());
  }

  /** The asn in measurement form, e.g. {@code AS30722}. */
  public String probeAsn() {
    return new Asn(asn).toString();
  }

  /** True when the random part has at least 128 bits ({@value #RANDOM_LENGTH} characters). */
  public boolean hasStrongRandom() {
    return random.length() >= RANDOM_LENGTH;
  }

  /** The id text. */
  @Override
  public String toString() {
    return TIME.format(time)
        + "_"
        + testName
        + "_"
        + cc
        + "_"
        + asn
        + "_n"
        + collector
        + "_"
        + random;
  }

  private static String shorten(String s) {
    return s == null || s.length() <= 80 ? String.valueOf(s) : s.substring(0, 77) + "...";
  }
}
