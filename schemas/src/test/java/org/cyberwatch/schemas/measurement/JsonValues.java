package org.cyberwatch.schemas.measurement;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;

/**
 * JSON value equality for tests, independent of the code under test: both sides are read with a
 * plain Jackson mapper keeping every float as an exact decimal, and numbers compare by value.
 */
public final class JsonValues {

  private static final ObjectMapper REFERENCE =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) ->
          a.equals(b)
                  || (a.isNumber()
                      && b.isNumber()
                      && a.decimalValue().compareTo(b.decimalValue()) == 0)
              ? 0
              : 1;

  private JsonValues() {}

  /** Reads JSON with the reference mapper (exact decimals). */
  public static JsonNode read(byte[] json) {
    try {
      return REFERENCE.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when both texts hold equal JSON values (same members, same values). */
  public static boolean equal(byte[] a, byte[] b) {
    return read(a).equals(BY_VALUE, read(b));
  }
}
