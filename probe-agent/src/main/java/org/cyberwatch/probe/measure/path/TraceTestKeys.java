package org.cyberwatch.probe.measure.path;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds traceroute test keys, including those of a traceroute that could not run. */
final class TraceTestKeys {

  private TraceTestKeys() {}

  static ObjectNode header(String target, String dst, String method, Integer dport, int attempts,
      int firstTtl) {
    ObjectNode keys = JsonNodeFactory.instance.objectNode();
    keys.put("target", target).put("dst", dst).put("method", method).put("dport", dport);
    keys.put("attempts", attempts).put("first_ttl", firstTtl);
    return keys;
  }

  /** Keys of a traceroute that did not run: no hops, stop reason ERROR, {@code failure} set. */
  static ObjectNode failed(String target, String dst, String method, TraceOptions options,
      String failure) {
    ObjectNode keys = header(target, dst, method, null, options.attempts(),
        options.firstTtl());
    keys.put("wait_s", options.waitSeconds());
    keys.put("stop_reason", "ERROR").put("hop_count", 0).put("probe_count", 0);
    keys.putArray("hops");
    keys.put("failure", failure);
    return keys;
  }
}
