package org.cyberwatch.probe.target;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a check-in answer tells this agent (schemas {@code api/check-in-response.schema.json}):
 * its network, report ids and inputs per test (OONI {@code tests}, cyberWatch {@code
 * cyberwatch.targets}) and settings (rate limits, intervals).
 *
 * @param probeCc country the collector sees
 * @param probeAsn AS the collector sees
 * @param probeNetworkName AS name, or null
 * @param reportIds report id per test
 * @param inputs inputs per test
 * @param measurementsPerMinute requested rate, when given
 * @param burst requested bucket size, when given
 * @param perTargetMinInterval requested minimum interval per target, when given
 * @param checkInInterval time until the next check-in, when given
 * @param testHelpers addresses per helper name of {@code conf.test_helpers} (e.g. {@code
 *     nat-detection}: {@code ["192.0.2.1:57008"]})
 */
public record CheckInResult(String probeCc, String probeAsn, String probeNetworkName,
    Map<String, String> reportIds, Map<String, List<String>> inputs,
    Optional<Double> measurementsPerMinute, Optional<Integer> burst,
    Optional<Duration> perTargetMinInterval, Optional<Duration> checkInInterval,
    Map<String, List<String>> testHelpers) {
  public CheckInResult {
    reportIds = Map.copyOf(reportIds);
    inputs = Map.copyOf(inputs);
    testHelpers = Map.copyOf(testHelpers);
  }

  /** The addresses of the helper {@code name} (empty when the answer lists none). */
  public List<String> helperAddresses(String name) {
    return testHelpers.getOrDefault(name, List.of());
  }

  /** Reads an answer; unknown members are ignored. */
  public static CheckInResult parse(JsonNode answer) {
    Map<String, String> reportIds = new LinkedHashMap<>();
    Map<String, List<String>> inputs = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = answer.path("tests").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> t = it.next();
      if (t.getValue().path("report_id").isTextual()) {
        reportIds.put(t.getKey(), t.getValue().path("report_id").asText());
      }
      for (JsonNode url : t.getValue().path("urls")) {
        add(inputs, t.getKey(), url.path("url"));
      }
    }
    JsonNode cw = answer.path("cyberwatch");
    for (Iterator<Map.Entry<String, JsonNode>> it = cw.path("targets").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> t = it.next();
      for (JsonNode target : t.getValue()) {
        add(inputs, t.getKey(), target.path("input"));
      }
    }
    JsonNode settings = cw.path("settings");
    JsonNode rl = settings.path("rate_limits");
    return new CheckInResult(answer.path("probe_cc").asText("ZZ"),
        answer.path("probe_asn").asText("AS0"),
        answer.path("probe_network_name").isTextual()
            ? answer.path("probe_network_name").asText() : null,
        reportIds, inputs,
        rl.path("measurements_per_minute").isNumber()
            ? Optional.of(rl.path("measurements_per_minute").asDouble()) : Optional.empty(),
        rl.path("burst").isInt() ? Optional.of(rl.path("burst").asInt()) : Optional.empty(),
        seconds(rl.path("per_target_min_interval_s")),
        seconds(settings.path("check_in_interval_s")), helpers(answer.path("conf")));
  }

  private static Map<String, List<String>> helpers(JsonNode conf) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = conf.path("test_helpers").fields();
        it.hasNext();) {
      Map.Entry<String, JsonNode> h = it.next();
      for (JsonNode helper : h.getValue()) {
        add(out, h.getKey(), helper.path("address"));
      }
    }
    out.replaceAll((name, addresses) -> List.copyOf(addresses));
    return out;
  }

  private static void add(Map<String, List<String>> inputs, String test, JsonNode input) {
    if (input.isTextual() && !input.asText().isBlank()) {
      inputs.computeIfAbsent(test, k -> new ArrayList<>()).add(input.asText());
    }
  }

  private static Optional<Duration> seconds(JsonNode n) {
    return n.isNumber() && n.asDouble() > 0
        ? Optional.of(Duration.ofMillis((long) (n.asDouble() * 1000))) : Optional.empty();
  }
}
