package org.cyberwatch.schemas.id;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern SHAPE =
      Pattern.compile("(\\d{14}\\.\\d{6})_([A-Z]{2})_([a-z0-9]{1,64})_([0-9a-f]{16})");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{16}");
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
    if (hash == null || !HASH.matcher(hash).matches()) {
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

  /** Parses a uid, or empty when the text has another shape. */
  public static Optional<MeasurementUid> tryParse(String text) {
    if (text == null || text.length() > 120) {
      return Optional.empty();
    }
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      Instant t = LocalDateTime.parse(m.group(1), TIME).toInstant(ZoneOffset.UTC);
      return Optional.of(new MeasurementUid(t, m.group(2), m.group(3), m.group(4)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
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
