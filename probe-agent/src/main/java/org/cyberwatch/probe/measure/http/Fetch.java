package org.cyberwatch.probe.measure.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The outcome of one GET.
 *
 * @param url the URL fetched
 * @param statusCode status of the response, null when none arrived
 * @param bodyLength bytes of body received, null when no response
 * @param seconds seconds from sending the request to the end of the body, null on failure
 * @param failure null on success, else a df-007 token
 */
public record Fetch(String url, Integer statusCode, Long bodyLength, Double seconds,
    String failure) {
  public Fetch {
    Objects.requireNonNull(url, "url");
    if ((failure == null) != (seconds != null)) {
      throw new IllegalArgumentException("seconds must be set exactly when failure is null");
    }
  }

  /** Whether a complete response (any status) arrived. */
  public boolean success() {
    return failure == null;
  }

  /** The fetch as {@code {url, status_code, body_length, failure}}. */
  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("url", url).put("status_code", statusCode).put("body_length", bodyLength);
    node.put("failure", failure);
    return node;
  }
}
