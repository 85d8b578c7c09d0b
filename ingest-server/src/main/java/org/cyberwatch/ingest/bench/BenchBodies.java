package org.cyberwatch.ingest.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/** The request bodies a probe sends: the open-report body and the submission POST body. */
final class BenchBodies {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> OPEN_FIELDS = List.of("data_format_version", "probe_asn", "probe_cc",
      "software_name", "software_version", "test_name", "test_start_time", "test_version");

  private BenchBodies() {}

  /** {@code {"format":"json","content":<measurement>}}. */
  static byte[] post(ObjectNode measurement) {
    ObjectNode post = JSON.createObjectNode();
    post.put("format", "json");
    post.set("content", measurement);
    return bytes(post);
  }

  /** The {@code POST /report} body probe-cli sends for {@code measurement}'s test. */
  static byte[] open(ObjectNode measurement) {
    ObjectNode open = JSON.createObjectNode();
    for (String k : OPEN_FIELDS) {
      if (measurement.has(k)) {
        open.set(k, measurement.get(k));
      }
    }
    open.put("format", "json");
    return bytes(open);
  }

  /** The {@code report_id} of an open-report answer. */
  static String reportId(byte[] answer) {
    try {
      return JSON.readTree(answer).path("report_id").asText();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
