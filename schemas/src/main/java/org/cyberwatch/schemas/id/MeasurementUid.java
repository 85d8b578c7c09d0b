package org.cyberwatch.schemas.id;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A measurement uid, stamped by the collector when a POST is received: {@code
 * YYYYMMDDHHMMSS.ffffff_<CC>_<testname>_<hash>}, e.g. {@code
 * 20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3}.
 *
 * <p>The time is the receive time in UTC with microseconds; the test name is compact (no
 * underscores); the hash is the first 16 hex digits (64 bits) of SHA-512 over the POST body as
 * received (decompressed) — exactly how OONI's collector computes it. The fixed-width time prefix
 * makes the natural (string) order time order; {@link #compareTo} is that order.
 *
 * @param receivedAt receive time, microsecond precision
 * @param cc probe country code
 * @param testName compact test name
 * @param hash 16 lower-case hex digits
 */
public record MeasurementUid(Instant receivedAt, String cc, String testName, String hash)
    implements Comparable<MeasurementUid> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss.SSSSSS")
          .withZone(ZoneOffset.UTC)
          .withResolverStyle(ResolverStyle.STRICT);
  /** Characters of a uid besides the test name: time (21), CC (2), three underscores, hash (16). */
  private static final int FIXED_CHARS = 42;
  private static final int MAX_TEST_NAME = 64;
  private static final int HASH_CHARS = 16;
  private static final Instant MAX_TIME = Instant.parse("9999-12-31T23:59:59.999999Z");

  /** Validates every part (each exception names the part). */
  public MeasurementUid {
    if (receivedAt == null
        || receivedAt.getNano() % 1000 != 0
        || receivedAt.isBefore(Instant.EPOCH)
        || receivedAt.isAfter(MAX_TIME)) {
      throw new IllegalArgumentException(
          "receivedAt: must be microseconds between 1970 and 9999, got " + receivedAt);
    }
    CountryCodes.requireValid(cc, "cc");
    if (!TestNames.isValidCompact(testName)) {
      throw new IllegalArgumentException(
          "testName: must be [a-z0-9]{1,64}, got '" + testName + "'");
    }
    if (!isHash(hash)) {
      throw new IllegalArgumentException(
          "hash: must be 16 lower-case hex digits, got '" + hash + "'");
    }
  }

  /**
   * The uid of a POST body received at {@code receivedAt} (truncated to microseconds).
   *
   * @param testName wire or compact test name
   * @param body the request body as received, after decompression
   */
  public static MeasurementUid of(Instant receivedAt, String cc, String testName, byte[] body) {
    byte[] digest = sha512().digest(body);
    return new MeasurementUid(
        receivedAt.truncatedTo(ChronoUnit.MICROS),
        cc,
        TestNames.compact(testName),
        HexFormat.of().formatHex(digest, 0, 8));
  }

  /**
   * Parses a uid.
   *
   * @throws IllegalArgumentException naming {@code measurement_uid} when the text has another shape
   */
  public static MeasurementUid parse(String text) {
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "measurement_uid: not of the form YYYYMMDDHHMMSS.ffffff_<CC>_<testname>_<16"
                        + " hex>: '"
                        + (text == null || text.length() <= 100
                            ? text
                            : text.substring(0, 97) + "...")
                        + "'"));
  }

  /**
   * Parses a uid, or empty when the text has another shape. Hand-written (no regex, no formatter):
   * the same texts pass as {@code (\d{14}\.\d{6})_([A-Z]{2})_([a-z0-9]{1,64})_([0-9a-f]{16})} with
   * a strictly valid date and time from 1970 on.
   */
  public static Optional<MeasurementUid> tryParse(String text) {
    int k = text == null ? 0 : text.length() - FIXED_CHARS;
    if (k < 1 || k > MAX_TEST_NAME || !hasShape(text, k)) {
      return Optional.empty();
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 4, 2);
    int day = digits(text, 6, 2);
    int hour = digits(text, 8, 2);
    int minute = digits(text, 10, 2);
    int second = digits(text, 12, 2);
    if (year < 1970 || month < 1 || month > 12 || day < 1
        || day > YearMonth.of(year, month).lengthOfMonth()
        || hour > 23 || minute > 59 || second > 59) {
      return Optional.empty();
    }
    Instant t = LocalDateTime.of(year, month, day, hour, minute, second, digits(text, 15, 6) * 1000)
        .toInstant(ZoneOffset.UTC);
    return Optional.of(new MeasurementUid(t, text.substring(22, 24), text.substring(25, 25 + k),
        text.substring(26 + k)));
  }

  private static boolean hasShape(String s, int k) {
    if (s.charAt(14) != '.' || s.charAt(21) != '_' || s.charAt(24) != '_'
        || s.charAt(25 + k) != '_') {
      return false;
    }
    for (int i = 0; i < 21; i++) {
      if (i != 14 && !isDigit(s.charAt(i))) {
        return false;
      }
    }
    if (!isUpper(s.charAt(22)) || !isUpper(s.charAt(23))) {
      return false;
    }
    for (int i = 25; i < 25 + k; i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && !(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return isHash(s.substring(26 + k));
  }

  private static boolean isHash(String h) {
    if (h == null || h.length() != HASH_CHARS) {
      return false;
    }
    for (int i = 0; i < HASH_CHARS; i++) {
      char c = h.charAt(i);
      if (!isDigit(c) && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** True when {@code text} is a well-formed uid. */
  public static boolean isValid(String text) {
    return tryParse(text).isPresent();
  }

  /**
   * The hour bucket of the receive time as OONI names spool directories and postcan members: {@code
   * YYYYMMDDHH_<CC>_<testname>}.
   */
  public String hourDirName() {
    return toString().substring(0, 10) + "_" + cc + "_" + testName;
  }

  /** The uid text. */
  @Override
  public String toString() {
    return TIME.format(receivedAt) + "_" + cc + "_" + testName + "_" + hash;
  }

  /** Order of the uid texts, which is receive-time order first. */
  @Override
  public int compareTo(MeasurementUid other) {
    int byTime = receivedAt.compareTo(other.receivedAt);
    return byTime != 0 ? byTime : toString().compareTo(other.toString());
  }

  private static MessageDigest sha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-512 is required of every Java platform", e);
    }
  }
}
