package org.cyberwatch.pipelines.rows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cyberwatch.schemas.snapshot.SnapshotProvenance;

/** Reading typed values out of test keys for rows: JSON null or a wrong type becomes null. */
final class Values {
  private Values() {}

  static String text(JsonNode n) {
    return n != null && n.isTextual() ? n.asText() : null;
  }

  static Long asLong(JsonNode n) {
    return n != null && n.canConvertToLong() && n.isIntegralNumber() ? n.asLong() : null;
  }

  static Integer asInt(JsonNode n) {
    return n != null && n.isIntegralNumber() && n.canConvertToInt() ? n.asInt() : null;
  }

  static Double asDouble(JsonNode n) {
    return n != null && n.isNumber() ? n.asDouble() : null;
  }

  static Boolean asBoolean(JsonNode n) {
    return n != null && n.isBoolean() ? n.asBoolean() : null;
  }

  /** {@code AS123} or {@code 123} as a number, else null. */
  static Long asn(String text) {
    if (text == null) {
      return null;
    }
    String digits = text.startsWith("AS") ? text.substring(2) : text;
    return isDigits(digits) ? Long.parseLong(digits) : null;
  }

  /** {@code \\d{1,10}} (ASCII digits), checked without a regex. */
  private static boolean isDigits(String s) {
    if (s.isEmpty() || s.length() > 10) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static LocalDate day(Instant t) {
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }

  /** The provenance entry of a dataset whose id starts with {@code prefix}, or null. */
  static SnapshotProvenance provenance(List<SnapshotProvenance> all, String prefix) {
    for (SnapshotProvenance p : all) {
      if (p.dataset().startsWith(prefix)) {
        return p;
      }
    }
    return null;
  }
}
