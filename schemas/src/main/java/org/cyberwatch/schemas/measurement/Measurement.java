package org.cyberwatch.schemas.measurement;

import static org.cyberwatch.schemas.measurement.EnvelopeFields.ANNOTATIONS;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.DATA_FORMAT_VERSION;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.INPUT;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.MEASUREMENT_START_TIME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.MEASUREMENT_UID;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.PROBE_ASN;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.PROBE_CC;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.PROBE_IP;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.PROBE_NETWORK_NAME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.REPORT_ID;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.RESOLVER_ASN;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.RESOLVER_IP;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.SCRUBBED_PROBE_IP;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.SOFTWARE_NAME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.SOFTWARE_VERSION;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.TEST_KEYS;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.TEST_NAME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.TEST_START_TIME;
import static org.cyberwatch.schemas.measurement.EnvelopeFields.TEST_VERSION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cyberwatch.schemas.id.Asn;
import org.cyberwatch.schemas.id.TestNames;

/**
 * One measurement in the OONI base data format (df-000): the envelope plus {@code test_keys}.
 *
 * <p><b>Representation.</b> The record holds the whole document as one <em>immutable</em> Jackson
 * tree ({@link #json()}): every object and array in it is backed by an unmodifiable collection, so
 * it can be handed out without copying and shared across threads. Typed accessors read the envelope
 * members from that tree on demand (a hash lookup each). This was chosen over typed components plus
 * a map of unknown members because:
 *
 * <ul>
 *   <li>the document is kept losslessly by construction: every member, in input order, with its
 *       original JSON type (an {@code input} list stays a list, an odd time string stays as sent);
 *   <li>parsing builds one tree and nothing else, and writing walks it once, which keeps the
 *       parse/score/enrich path lean; {@link #testKeys()} is a view, not a copy;
 *   <li>{@code with…} methods share every unchanged subtree with the original.
 * </ul>
 *
 * <p>The constructor validates only what real OONI data always has and the product needs (see
 * {@link EnvelopeValidator}); it throws {@link MeasurementParseException} naming the field. Read
 * and write documents with {@link MeasurementCodec}.
 *
 * @param json the document; a mutable tree passed in is copied into an immutable one
 */
public record Measurement(ObjectNode json) {

  /** Freezes (if needed) and validates the document. */
  public Measurement {
    json = json == null ? null : (ObjectNode) ImmutableJson.freeze(json);
    EnvelopeValidator.validate(json);
  }

  /** {@code report_id}; may be empty (some OONI probes sent ""). */
  public String reportId() {
    return json.get(REPORT_ID).textValue();
  }

  /** {@code test_name} as on the wire, e.g. {@code web_connectivity}. */
  public String testName() {
    return json.get(TEST_NAME).textValue();
  }

  /** {@code test_name} without underscores, e.g. {@code webconnectivity}. */
  public String compactTestName() {
    return TestNames.compact(testName());
  }

  /** {@code probe_cc}, two upper-case letters. */
  public String probeCc() {
    return json.get(PROBE_CC).textValue();
  }

  /** {@code probe_asn} as written, e.g. {@code AS30722}. */
  public String probeAsn() {
    return json.get(PROBE_ASN).textValue();
  }

  /** {@code probe_asn} as a number, e.g. 30722. */
  public long probeAsnNumber() {
    return Asn.parse(probeAsn()).number();
  }

  /**
   * {@code input}: the string, or null when absent or JSON null; any other JSON type (old
   * measurements have lists) as its compact JSON text.
   */
  public String input() {
    JsonNode v = json.get(INPUT);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isTextual() ? v.textValue() : v.toString();
  }

  /** {@code measurement_start_time} (UTC), or null when absent (measurements before 2016). */
  public LocalDateTime measurementStartTime() {
    return time(MEASUREMENT_START_TIME);
  }

  /** {@code test_start_time} (UTC), or null when absent. */
  public LocalDateTime testStartTime() {
    return time(TEST_START_TIME);
  }

  /** {@code measurement_start_time}, else {@code test_start_time}; never null. */
  public LocalDateTime startTime() {
    LocalDateTime t = measurementStartTime();
    return t != null ? t : testStartTime();
  }

  /** {@link #startTime()} as an instant (the envelope's times are UTC). */
  public Instant startInstant() {
    return startTime().toInstant(ZoneOffset.UTC);
  }

  /** {@code measurement_uid} stamped by a collector, or null. */
  public String measurementUid() {
    return text(MEASUREMENT_UID);
  }

  /** {@code software_name}, or null. */
  public String softwareName() {
    return text(SOFTWARE_NAME);
  }

  /** {@code software_version}, or null. */
  public String softwareVersion() {
    return text(SOFTWARE_VERSION);
  }

  /** {@code test_version}, or null. */
  public String testVersion() {
    return text(TEST_VERSION);
  }

  /** {@code data_format_version}, e.g. {@code 0.2.0}, or null. */
  public String dataFormatVersion() {
    return text(DATA_FORMAT_VERSION);
  }

  /** {@code resolver_asn} as written (e.g. {@code AS15169}), or null. */
  public String resolverAsn() {
    return text(RESOLVER_ASN);
  }

  /** {@code resolver_ip}, or null. */
  public String resolverIp() {
    return text(RESOLVER_IP);
  }

  /** {@code probe_ip}, or null. */
  public String probeIp() {
    return text(PROBE_IP);
  }

  /** {@code probe_network_name}, or null. */
  public String probeNetworkName() {
    return text(PROBE_NETWORK_NAME);
  }

  /** {@code annotations} (read-only object), or a missing/null node. */
  public JsonNode annotations() {
    return json.path(ANNOTATIONS);
  }

  /** {@code test_keys} (read-only view, no copy), or a missing/null node. */
  public JsonNode testKeys() {
    return json.path(TEST_KEYS);
  }

  /** Any member (read-only), or a missing node. */
  public JsonNode field(String name) {
    return json.path(name);
  }

  /** A copy with {@code name} set to {@code value}: replaced in place, or appended when new. */
  public Measurement withField(String name, JsonNode value) {
    if (name == null || value == null) {
      throw new IllegalArgumentException("name, value: must not be null (use NullNode for null)");
    }
    Map<String, JsonNode> members = new LinkedHashMap<>(json.size() + 1);
    json.properties().forEach(e -> members.put(e.getKey(), e.getValue()));
    members.put(name, ImmutableJson.freeze(value));
    return new Measurement(ImmutableJson.object(members));
  }

  /** A copy without member {@code name} (this value when there is none). */
  public Measurement withoutField(String name) {
    if (!json.has(name)) {
      return this;
    }
    Map<String, JsonNode> members = new LinkedHashMap<>(json.size());
    json.properties().forEach(e -> members.put(e.getKey(), e.getValue()));
    members.remove(name);
    return new Measurement(ImmutableJson.object(members));
  }

  /** A copy with {@code measurement_uid} set (appended after the last member when new). */
  public Measurement withMeasurementUid(String uid) {
    return withField(MEASUREMENT_UID, TextNode.valueOf(uid));
  }

  /**
   * A copy with {@code probe_ip} replaced by {@code 127.0.0.1}; this value when there is no {@code
   * probe_ip} or it is already scrubbed. Only the envelope member is touched.
   */
  public Measurement withProbeIpScrubbed() {
    JsonNode ip = json.get(PROBE_IP);
    if (ip == null || SCRUBBED_PROBE_IP.equals(ip.textValue())) {
      return this;
    }
    return withField(PROBE_IP, TextNode.valueOf(SCRUBBED_PROBE_IP));
  }

  /** Short form naming the measurement; never the whole body (it may hold a probe address). */
  @Override
  public String toString() {
    return "Measurement[report_id="
        + reportId()
        + ", test_name="
        + testName()
        + ", probe_cc="
        + probeCc()
        + ", measurement_uid="
        + measurementUid()
        + "]";
  }

  private String text(String field) {
    JsonNode v = json.get(field);
    return v == null ? null : v.textValue();
  }

  private LocalDateTime time(String field) {
    String s = text(field);
    return s == null ? null : EnvelopeTime.parse(s);
  }
}
