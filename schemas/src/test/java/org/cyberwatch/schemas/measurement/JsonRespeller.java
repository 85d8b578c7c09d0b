package org.cyberwatch.schemas.measurement;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree as other JSON text with the same canonical form, independently of the code
 * under test: members in reverse order, whitespace between tokens, every other ASCII character
 * and every non-ASCII one as a backslash-u escape, {@code /} as {@code \/}, and a trailing zero
 * added to the fraction of a double with few digits ({@code 0.5} as {@code 0.50}).
 */
final class JsonRespeller {
  private final StringBuilder out = new StringBuilder();

  private JsonRespeller() {}

  /** The respelled text of {@code node}, as UTF-8. */
  static byte[] respell(JsonNode node) {
    JsonRespeller r = new JsonRespeller();
    r.value(node);
    return r.out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void value(JsonNode node) {
    out.append(" \n");
    switch (node.getNodeType()) {
      case OBJECT -> object(node);
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          out.append(i > 0 ? " ," : "");
          value(node.get(i));
        }
        out.append("\t]");
      }
      case STRING -> string(node.textValue());
      case NUMBER -> number(node);
      default -> out.append(node.toString());
    }
  }

  private void object(JsonNode node) {
    List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
    node.properties().forEach(members::add);
    out.append('{');
    for (int i = members.size() - 1; i >= 0; i--) {
      string(members.get(i).getKey());
      out.append(" : ");
      value(members.get(i).getValue());
      out.append(i > 0 ? " ,\r\n" : "");
    }
    out.append('}');
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/') {
        out.append("\\/");
      } else if (c >= 0x80 || c < 0x20 || c == '"' || c == '\\' || i % 2 == 1) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private void number(JsonNode node) {
    String text = node.toString();
    if (node.isDouble() && Double.isFinite(node.doubleValue())) {
      String shortest = NumberOutput.toString(node.doubleValue(), true);
      int e = shortest.indexOf('E');
      String mantissa = e < 0 ? shortest : shortest.substring(0, e);
      if (mantissa.replaceAll("[^0-9]", "").length() < 14) {
        text = mantissa + "0" + (e < 0 ? "" : shortest.substring(e));
      }
    }
    out.append(text);
  }
}
