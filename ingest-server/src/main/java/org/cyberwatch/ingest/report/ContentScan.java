package org.cyberwatch.ingest.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.cyberwatch.schemas.measurement.EnvelopeFields;

/**
 * What one streaming pass over a measurement object (the submission's {@code content}) found,
 * without building its tree: the envelope members the checks need, as a small tree, and where the
 * values of the top-level {@code probe_ip} and {@code measurement_uid} sit, so they can be
 * replaced byte by byte. Members of nested objects are never looked at, whatever their names.
 *
 * @param start offset of the object's {@code {}
 * @param end offset just after its {@code }}
 * @param envelope the envelope members (an object-valued one that is an object stands as {@code
 *     {}}: the checks only look at its type)
 * @param ip the span of the top-level {@code probe_ip} value, or null when there is none
 * @param uid the span of the top-level {@code measurement_uid} value, or null when there is none
 * @param duplicates true when a top-level member name occurs more than once
 */
record ContentScan(int start, int end, ObjectNode envelope, Span ip, Span uid, boolean duplicates) {

  /** A value's bytes: {@code [from, to)}. */
  record Span(int from, int to) {}

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final Set<String> OBJECTS =
      Set.of(EnvelopeFields.ANNOTATIONS, EnvelopeFields.TEST_KEYS, EnvelopeFields.TEST_HELPERS);
  private static final Set<String> SCALARS = Set.of(EnvelopeFields.TEST_NAME, EnvelopeFields.PROBE_CC,
      EnvelopeFields.PROBE_ASN, EnvelopeFields.REPORT_ID, EnvelopeFields.MEASUREMENT_START_TIME,
      EnvelopeFields.TEST_START_TIME, EnvelopeFields.DATA_FORMAT_VERSION, EnvelopeFields.MEASUREMENT_UID,
      EnvelopeFields.PROBE_IP, EnvelopeFields.PROBE_NETWORK_NAME, EnvelopeFields.RESOLVER_ASN,
      EnvelopeFields.RESOLVER_IP, EnvelopeFields.RESOLVER_NETWORK_NAME, EnvelopeFields.SOFTWARE_NAME,
      EnvelopeFields.SOFTWARE_VERSION, EnvelopeFields.TEST_VERSION);

  /**
   * Scans the object whose {@code START_OBJECT} is {@code p}'s current token, leaving {@code p} on
   * its {@code END_OBJECT}. The parser must read the byte array the offsets refer to from its start.
   */
  static ContentScan scan(JsonParser p) throws IOException {
    int start = (int) p.currentTokenLocation().getByteOffset();
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    Set<String> names = new HashSet<>();
    boolean duplicates = false;
    Span ip = null;
    Span uid = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      duplicates |= !names.add(name);
      JsonToken t = p.nextToken();
      if (OBJECTS.contains(name) && t == JsonToken.START_OBJECT) {
        envelope.set(name, JsonNodeFactory.instance.objectNode());
        p.skipChildren();
      } else if (SCALARS.contains(name) || OBJECTS.contains(name)) {
        int from = (int) p.currentTokenLocation().getByteOffset();
        envelope.set(name, TREES.readTree(p));
        Span at = new Span(from, (int) p.currentLocation().getByteOffset());
        ip = name.equals(EnvelopeFields.PROBE_IP) ? at : ip;
        uid = name.equals(EnvelopeFields.MEASUREMENT_UID) ? at : uid;
      } else {
        p.skipChildren();
      }
    }
    int end = (int) p.currentTokenLocation().getByteOffset() + 1;
    return new ContentScan(start, end, envelope, ip, uid, duplicates);
  }
}
