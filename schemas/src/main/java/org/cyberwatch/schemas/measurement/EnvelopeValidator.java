package org.cyberwatch.schemas.measurement;

import static org.cyberwatch.schemas.measurement.EnvelopeFields.ANNOTATIONS;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.DATA_FORMAT_VERSION;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.MEASUREMENT_START_TIME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.MEASUREMENT_UID;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.PROBE_ASN;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.PROBE_CC;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.PROBE_IP;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.PROBE_NETWORK_NAME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.REPORT_ID;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.RESOLVER_ASN;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.RESOLVER_IP;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.RESOLVER_NETWORK_NAME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.SOFTWARE_NAME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.SOFTWARE_VERSION;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.TEST_HELPERS;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.TEST_KEYS;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.TEST_NAME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.TEST_START_TIME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.TEST_VERSION;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.util.List;
import org.cyberwatch.schemas.id.Asn;
import org.cyberwatch.schemas.id.CountryCodes;
import org.cyberwatch.schemas.id.TestNames;

/**
 * The few envelope checks a measurement must pass, chosen from what real OONI data always has and
 * what the product needs to route it (see the README, "Measurement envelope"):
 *
 * <ul>
 *   <li>{@code test_name}: a test name ({@code [a-z0-9_]}, 1–64), required;
 *   <li>{@code probe_cc}: two upper-case letters, required;
 *   <li>{@code probe_asn}: {@code AS<digits>}, required;
 *   <li>{@code report_id}: a string, required, may be empty (old OONI probes sent "");
 *   <li>{@code measurement_start_time} or, for measurements older than that field, {@code
 *       test_start_time}: at least one present, each {@code YYYY-MM-DD HH:MM:SS} when present;
 *   <li>other envelope strings and objects: the right JSON type when present (null allowed).
 * </ul>
 *
 * Everything else, including {@code input} of any type and all unknown members, is accepted.
 */
final class EnvelopeValidator {

  private static final List<String> OPTIONAL_STRINGS =
      List.of(
          DATA_FORMAT_VERSION,
          MEASUREMENT_UID,
          PROBE_IP,
          PROBE_NETWORK_NAME,
          RESOLVER_ASN,
          RESOLVER_IP,
          RESOLVER_NETWORK_NAME,
          SOFTWARE_NAME,
          SOFTWARE_VERSION,
          TEST_VERSION);
  private static final List<String> OPTIONAL_OBJECTS =
      List.of(ANNOTATIONS, TEST_KEYS, TEST_HELPERS);

  private EnvelopeValidator() {}

  static void validate(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new MeasurementParseException(
          MeasurementParseException.DOCUMENT,
          "must be a JSON object",
          json == null ? "" : json.toString());
    }
    String testName = requiredString(json, TEST_NAME);
    if (!TestNames.isValid(testName)) {
      throw invalid(json, TEST_NAME, "must be 1-64 characters of [a-z0-9_]");
    }
    if (!CountryCodes.isValid(requiredString(json, PROBE_CC))) {
      throw invalid(json, PROBE_CC, "must be two upper-case letters");
    }
    if (!Asn.isValid(requiredString(json, PROBE_ASN))) {
      throw invalid(json, PROBE_ASN, "must be AS followed by 1-10 digits (at most 4294967295)");
    }
    requiredString(json, REPORT_ID);
    validateTimes(json);
    for (String field : OPTIONAL_STRINGS) {
      JsonNode v = json.get(field);
      if (v != null && !v.isTextual() && !v.isNull()) {
        throw invalid(json, field, "must be a string or null");
      }
    }
    for (String field : OPTIONAL_OBJECTS) {
      JsonNode v = json.get(field);
      if (v != null && !v.isObject() && !v.isNull()) {
        throw invalid(json, field, "must be an object or null");
      }
    }
  }

  private static void validateTimes(JsonNode json) {
    boolean start = checkTime(json, MEASUREMENT_START_TIME);
    boolean testStart = checkTime(json, TEST_START_TIME);
    if (!start && !testStart) {
      throw new MeasurementParseException(
          MEASUREMENT_START_TIME, "is required (or test_start_time for old measurements)", "");
    }
  }

  /** True when the field holds a valid time; false when absent or null. */
  private static boolean checkTime(JsonNode json, String field) {
    JsonNode v = json.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isTextual()) {
      throw invalid(json, field, "must be a string YYYY-MM-DD HH:MM:SS");
    }
    try {
      EnvelopeTime.parse(v.textValue());
      return true;
    } catch (DateTimeException e) {
      throw new MeasurementParseException(
          field,
          "must be a UTC time YYYY-MM-DD HH:MM:SS (" + e.getMessage() + ")",
          v.textValue(),
          e);
    }
  }

  private static String requiredString(JsonNode json, String field) {
    JsonNode v = json.get(field);
    if (v == null || !v.isTextual()) {
      throw new MeasurementParseException(
          field, v == null ? "is required" : "must be a string", v == null ? "" : v.toString());
    }
    return v.textValue();
  }

  private static MeasurementParseException invalid(JsonNode json, String field, String problem) {
    return new MeasurementParseException(field, problem, json.path(field).toString());
  }
}
