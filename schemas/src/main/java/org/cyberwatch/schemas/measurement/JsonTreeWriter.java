package org.cyberwatch.schemas.measurement;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes a Jackson tree to a generator without a serializer provider: members in their stored
 * order, or, for the canonical form, with object members sorted by name (UTF-16 code unit order, as
 * RFC 8785 sorts). Numbers are written with the node's own type, so an integer stays an integer and
 * an exact decimal keeps its digits.
 */
final class JsonTreeWriter {

  private JsonTreeWriter() {}

  static void write(JsonGenerator g, JsonNode node, boolean sortKeys) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        writeObject(g, node, sortKeys);
        break;
      case ARRAY:
        g.writeStartArray(node, node.size());
        for (JsonNode child : node) {
          write(g, child, sortKeys);
        }
        g.writeEndArray();
        break;
      case STRING:
        g.writeString(node.textValue());
        break;
      case NUMBER:
        writeNumber(g, node);
        break;
      case BOOLEAN:
        g.writeBoolean(node.booleanValue());
        break;
      case NULL:
        g.writeNull();
        break;
      default:
        throw new IllegalArgumentException(
            "json: cannot write node type " + node.getNodeType() + " as measurement JSON");
    }
  }

  private static void writeObject(JsonGenerator g, JsonNode node, boolean sortKeys)
      throws IOException {
    g.writeStartObject(node);
    if (sortKeys) {
      String[] names = new String[node.size()];
      int i = 0;
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        names[i++] = e.getKey();
      }
      Arrays.sort(names);
      for (String name : names) {
        g.writeFieldName(name);
        write(g, node.get(name), true);
      }
    } else {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        g.writeFieldName(e.getKey());
        write(g, e.getValue(), false);
      }
    }
    g.writeEndObject();
  }

  private static void writeNumber(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.numberType()) {
      case INT:
        g.writeNumber(node.intValue());
        break;
      case LONG:
        g.writeNumber(node.longValue());
        break;
      case BIG_INTEGER:
        g.writeNumber(node.bigIntegerValue());
        break;
      case BIG_DECIMAL:
        g.writeNumber(node.decimalValue());
        break;
      case FLOAT:
        g.writeNumber(node.floatValue());
        break;
      default:
        g.writeNumber(node.doubleValue());
        break;
    }
  }
}
