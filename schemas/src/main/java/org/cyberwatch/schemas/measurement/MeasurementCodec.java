package org.cyberwatch.schemas.measurement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes {@link Measurement}s as JSON with one shared, thread-safe Jackson factory
 * (streaming parser into an immutable tree; no data binding, no intermediate copies).
 *
 * <ul>
 *   <li>{@code parse…}: one JSON object per call; trailing content, a non-object, malformed JSON or
 *       a failed envelope check raise {@link MeasurementParseException} (field + snippet).
 *   <li>{@link #toBytes}/{@link #writeTo}: compact UTF-8 JSON with members in their stored (input)
 *       order. Reading then writing gives a JSON value equal to the input.
 *   <li>{@link #toCanonicalBytes}/{@link #canonicalBytes}: the canonical form used for
 *       reproducible exports: compact, object members sorted by name (UTF-16 code units, as RFC
 *       8785), strings escaped minimally (UTF-8, only {@code "}, {@code \} and control characters
 *       escaped), integers as integers, doubles in their shortest round-trip form (Schubfach,
 *       identical on every JDK), exact decimals with their digits.
 *   <li>{@link #contentDigest}/{@link #parseWithContentDigest}: SHA-256 of a binary digest
 *       encoding of the canonical form (see {@link ContentDigest}), for content-dedup hashes: equal
 *       exactly when the canonical forms are equal, without writing them as JSON text.
 * </ul>
 */
public final class MeasurementCodec {

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();
  private static final int SNIPPET_BYTES = 40;

  private MeasurementCodec() {}

  /** Parses one measurement from UTF-8 JSON bytes. */
  public static Measurement parse(byte[] json) {
    return parse(json, 0, json.length);
  }

  /** Parses one measurement from {@code length} UTF-8 JSON bytes at {@code offset}. */
  public static Measurement parse(byte[] json, int offset, int length) {
    return new Measurement(read(json, offset, length, ImmutableJson::read));
  }

  /** How the document's tree is read from the parser on its first token. */
  private interface TreeReader {
    JsonNode read(JsonParser p) throws IOException;
  }

  private static ObjectNode read(byte[] json, int offset, int length, TreeReader reader) {
    try (JsonParser p = JSON.createParser(json, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MeasurementParseException(
            MeasurementParseException.DOCUMENT,
            "must be a JSON object",
            snippet(json, offset, length, 0));
      }
      ObjectNode node = (ObjectNode) reader.read(p);
      if (p.nextToken() != null) {
        long at = p.currentTokenLocation().getByteOffset();
        throw new MeasurementParseException(
            MeasurementParseException.DOCUMENT,
            "has content after the JSON object",
            snippet(json, offset, length, at));
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw new MeasurementParseException(
          MeasurementParseException.DOCUMENT,
          "is not well-formed JSON: " + e.getOriginalMessage(),
          snippet(json, offset, length, where == null ? 0 : where.getByteOffset()),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses one measurement and computes its content digest without the root member {@code omitted}
   * (null: none) in the same pass ({@link DigestingReader}): {@link
   * DigestedMeasurement#contentDigest()} is {@link #contentDigest} of the result. Fails exactly as
   * {@link #parse(byte[])} does.
   */
  public static DigestedMeasurement parseWithContentDigest(byte[] json, String omitted) {
    DigestingReader reader = new DigestingReader();
    Measurement m = new Measurement(read(json, 0, json.length, p -> reader.readRoot(p, omitted)));
    return new DigestedMeasurement(m, reader.sha256Hex(m.json(), omitted));
  }

  /**
   * The content digest of {@code m} without its root member {@code omitted} (null: none):
   * lower-case hex SHA-256 of the digest encoding of the document (see {@link ContentDigest}; the
   * schemas README, "Canonical form"). Equal exactly for documents whose canonical forms ({@link
   * #toCanonicalBytes}) are equal.
   */
  public static String contentDigest(Measurement m, String omitted) {
    return ContentDigest.sha256Hex(m.json(), omitted);
  }

  /** Parses one measurement from a JSON string. */
  public static Measurement parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Wraps a JSON tree (copied into an immutable tree unless it already is one). */
  public static Measurement fromJson(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new MeasurementParseException(
          MeasurementParseException.DOCUMENT,
          "must be a JSON object",
          json == null ? "" : json.toString());
    }
    return new Measurement((ObjectNode) json);
  }

  /** Compact JSON, members in stored order. */
  public static byte[] toBytes(Measurement m) {
    return bytes(m.json(), false);
  }

  /** Compact JSON text, members in stored order. */
  public static String toJsonString(Measurement m) {
    return new String(toBytes(m), StandardCharsets.UTF_8);
  }

  /** Writes compact JSON (stored order) to {@code out}; does not close it. */
  public static void writeTo(Measurement m, OutputStream out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      JsonTreeWriter.write(g, m.json(), false);
    }
  }

  /** The canonical form (sorted members, no whitespace) of the measurement. */
  public static byte[] toCanonicalBytes(Measurement m) {
    return bytes(m.json(), true);
  }

  /** The canonical form of any JSON value (see the class comment). */
  public static byte[] canonicalBytes(JsonNode json) {
    return bytes(json, true);
  }

  /**
   * The canonical form of a small JSON value (a row's jsonb column) as text: the UTF-8 decoding of
   * {@link #canonicalBytes}, without the intermediate array.
   */
  public static String canonicalText(JsonNode json) {
    return written(json, true, 512).toString(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(JsonNode json, boolean sortKeys) {
    return written(json, sortKeys, 8192).toByteArray();
  }

  private static ByteArrayOutputStream written(JsonNode json, boolean sortKeys, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      JsonTreeWriter.write(g, json, sortKeys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String snippet(byte[] json, int offset, int length, long at) {
    int center = offset + (int) Math.max(0, Math.min(length, at));
    int from = Math.max(offset, center - SNIPPET_BYTES);
    int to = Math.min(offset + length, center + SNIPPET_BYTES);
    return new String(json, from, to - from, StandardCharsets.UTF_8);
  }
}
