package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * RTT statistics (milliseconds, rounded to microseconds) of a list of round-trip times, as the
 * path scorers put them in {@code extra}: min, mean, max and population standard deviation, null
 * when there is no RTT.
 */
final class PathStats {

  private PathStats() {}

  /** The finite, non-negative numbers of a JSON array. */
  static List<Double> rtts(JsonNode array) {
    List<Double> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode v : array) {
        if (v.isNumber() && Double.isFinite(v.doubleValue()) && v.doubleValue() >= 0) {
          out.add(v.doubleValue());
        }
      }
    }
    return out;
  }

  /** Puts {@code rtt_min, rtt_avg, rtt_max, rtt_stddev} into {@code extra}. */
  static void put(ObjectNode extra, List<Double> rtts) {
    if (rtts.isEmpty()) {
      extra.putNull("rtt_min").putNull("rtt_avg").putNull("rtt_max").putNull("rtt_stddev");
      return;
    }
    double min = Double.MAX_VALUE;
    double max = 0;
    double sum = 0;
    for (double r : rtts) {
      min = Math.min(min, r);
      max = Math.max(max, r);
      sum += r;
    }
    double mean = sum / rtts.size();
    double squares = 0;
    for (double r : rtts) {
      squares += (r - mean) * (r - mean);
    }
    extra.put("rtt_min", round(min));
    extra.put("rtt_avg", round(mean));
    extra.put("rtt_max", round(max));
    extra.put("rtt_stddev", round(Math.sqrt(squares / rtts.size())));
  }

  /** Rounded to 3 decimals (microseconds of a millisecond value), half up. */
  static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
