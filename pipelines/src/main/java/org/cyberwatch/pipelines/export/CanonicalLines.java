package org.cyberwatch.pipelines.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.rows.Column;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * The canonical export line of a row or failure: {@code {"row":{…},"table":"…"}} with sorted keys
 * and no insignificant whitespace (MeasurementCodec's canonical form), so equal outputs give equal
 * bytes on every runner. Times are ISO-8601 UTC, days ISO dates, jsonb columns embedded JSON.
 */
public final class CanonicalLines {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CanonicalLines() {}

  /** The line of a row. */
  public static String of(Row row) {
    ObjectNode values = JSON.objectNode();
    List<Column> columns = row.table().columns();
    for (int i = 0; i < columns.size(); i++) {
      values.set(columns.get(i).name(), value(columns.get(i), row.value(i)));
    }
    return line(row.table().sqlName(), values);
  }

  /** The line of a failure ({@code "table":"failures"}). */
  public static String of(Failure f) {
    ObjectNode values = JSON.objectNode();
    values.put("stage", f.stage());
    values.put("reason", f.reason());
    values.put("message", f.message());
    values.put("source_can", f.sourceCan());
    values.put("source_line", f.sourceLine());
    values.put("measurement_uid", f.measurementUid());
    values.put("payload", f.payload());
    return line("failures", values);
  }

  private static String line(String table, ObjectNode values) {
    ObjectNode root = JSON.objectNode();
    root.put("table", table);
    root.set("row", values);
    return MeasurementCodec.canonicalText(root);
  }

  private static JsonNode value(Column column, Object v) {
    if (v == null) {
      return JSON.nullNode();
    }
    return switch (column.type()) {
      case TEXT, INET, UUID, TIMESTAMPTZ, DATE -> JSON.textNode(v.toString());
      case BIGINT -> JSON.numberNode((Long) v);
      case INTEGER -> JSON.numberNode((Integer) v);
      case DOUBLE -> JSON.numberNode((Double) v);
      case BOOLEAN -> JSON.booleanNode((Boolean) v);
      case JSONB -> parse((String) v);
      case DOUBLE_ARRAY -> array((double[]) v);
    };
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("jsonb column holds invalid JSON: " + e.getMessage(), e);
    }
  }

  private static ArrayNode array(double[] values) {
    ArrayNode a = JSON.arrayNode(values.length);
    for (double d : values) {
      a.add(d);
    }
    return a;
  }
}
