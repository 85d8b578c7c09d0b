package org.cyberwatch.schemas.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written uid parser accepts exactly what the regex and strict formatter it replaced
 * accepted (kept here as the reference), with the same parts.
 */
class MeasurementUidShapeTest {

  private static final Pattern REFERENCE_SHAPE =
      Pattern.compile("(\\d{14}\\.\\d{6})_([A-Z]{2})_([a-z0-9]{1,64})_([0-9a-f]{16})");
  private static final DateTimeFormatter REFERENCE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss.SSSSSS")
          .withZone(ZoneOffset.UTC)
          .withResolverStyle(ResolverStyle.STRICT);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3",
        "19700101000000.000000_ZZ_a_0000000000000000",
        "19691231235959.999999_ZZ_a_0000000000000000",
        "99991231235959.999999_SE_dnscheck_ffffffffffffffff",
        "00000101000000.000000_SE_dnscheck_ffffffffffffffff",
        "20240229120000.000000_SE_dnscheck_0123456789abcdef",
        "20230229120000.000000_SE_dnscheck_0123456789abcdef",
        "21000229120000.000000_SE_dnscheck_0123456789abcdef",
        "20000229120000.000000_SE_dnscheck_0123456789abcdef",
        "20240431120000.000000_SE_dnscheck_0123456789abcdef",
        "20240100120000.000000_SE_dnscheck_0123456789abcdef",
        "20240001120000.000000_SE_dnscheck_0123456789abcdef",
        "20240101240000.000000_SE_dnscheck_0123456789abcdef",
        "20240101236000.000000_SE_dnscheck_0123456789abcdef",
        "20240101235960.000000_SE_dnscheck_0123456789abcdef",
        "20240101235959.000000_SE__0123456789abcdef",
        "20240101235959.000000_SE_x_0123456789abcde",
        "20240101235959.000000_SE_x_0123456789abcdef0",
        "20240101235959.000000_SE_x__0123456789abcdef",
        "20240101235959.000000_SE_x_y_0123456789abcdef",
        "20240101235959.000000_S1_x_0123456789abcdef",
        "20240101235959.000000_SEx_0123456789abcdef",
        "20240101235959,000000_SE_x_0123456789abcdef",
        "2024010123595٩.000000_SE_x_0123456789abcdef",
        "20240101235959.000000_SE_ABC_0123456789abcdef",
        "20240101235959.000000_SE_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
            + "_0123456789abcdef",
        "20240101235959.000000_SE_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0"
            + "_0123456789abcdef",
        "20240101235959.000000_SE_x_0123456789abcdeg",
        "+2024010123595.000000_SE_x_0123456789abcdef",
        "-2024010123595.000000_SE_x_0123456789abcdef",
        "20240101235959.000000_SE_x_0123456789abcdef\n",
        " 20240101235959.000000_SE_x_0123456789abcdef",
        ""
      })
  void acceptsExactlyWhatTheRegexAndStrictFormatterAccepted(String text) {
    assertEquals(reference(text), MeasurementUid.tryParse(text));
  }

  private static Optional<MeasurementUid> reference(String text) {
    Matcher m = REFERENCE_SHAPE.matcher(text);
    if (text.length() > 120 || !m.matches()) {
      return Optional.empty();
    }
    try {
      Instant t = LocalDateTime.parse(m.group(1), REFERENCE_TIME).toInstant(ZoneOffset.UTC);
      return Optional.of(new MeasurementUid(t, m.group(2), m.group(3), m.group(4)));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
