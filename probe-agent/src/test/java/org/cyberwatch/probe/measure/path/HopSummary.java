package org.cyberwatch.probe.measure.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A compact text form of the hops of traceroute test keys: {@code ttl:addr/sent/replies …}. */
final class HopSummary {

  private HopSummary() {}

  static String of(JsonNode keys) {
    List<String> hops = new ArrayList<>();
    for (JsonNode hop : keys.path("hops")) {
      String addr = hop.path("addr").isNull() ? "*" : hop.path("addr").asText();
      hops.add(hop.path("ttl").asInt() + ":" + addr + "/" + hop.path("probes_sent").asInt() + "/"
          + hop.path("replies").asInt());
    }
    return keys.path("stop_reason").asText() + " " + String.join(" ", hops);
  }
}
