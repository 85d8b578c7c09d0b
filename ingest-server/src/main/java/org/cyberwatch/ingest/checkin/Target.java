package org.cyberwatch.ingest.checkin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing a cyberWatch agent should measure (the check-in response's {@code cyberwatch.targets}
 * entries), with an optional list of probe countries it is meant for.
 *
 * @param input the measurement's input (IP, host, {@code tcpconnect://host:port}, …)
 * @param categoryCode category, or null
 * @param options per-target options, scalars only (empty when none)
 * @param probeCc countries whose probes get this target; empty for every probe (not sent to probes)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Target(
    @JsonProperty("input") String input,
    @JsonProperty("category_code") String categoryCode,
    @JsonProperty("options") Map<String, Object> options,
    @JsonProperty(value = "probe_cc", access = JsonProperty.Access.WRITE_ONLY) List<String> probeCc) {

  /** Checks the input and that options are scalars; copies the collections. */
  public Target {
    if (input == null || input.isEmpty()) {
      throw new IllegalArgumentException("input: must be set");
    }
    options = options == null ? Map.of() : new LinkedHashMap<>(options);
    for (Map.Entry<String, Object> e : options.entrySet()) {
      Object v = e.getValue();
      if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
        throw new IllegalArgumentException("options: " + e.getKey() + " of " + input + " must be a string, number or boolean");
      }
    }
    options = java.util.Collections.unmodifiableMap(options);
    probeCc = probeCc == null ? List.of() : List.copyOf(probeCc);
  }

  /** Whether a probe in {@code cc} gets this target. */
  public boolean forCountry(String cc) {
    return probeCc.isEmpty() || probeCc.contains(cc);
  }
}
