package org.cyberwatch.pipelines.load.neo4j;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cyberwatch.pipelines.load.aggregate.GraphKey;

/**
 * Reads a batch of AS pairs' all-days aggregates from {@code as_edges_daily} as the parameters of
 * {@link GraphCypher#ROUTE_STATEMENTS}: pairs with rows become {@code routes} (sum of counts, min
 * and max RTT, first and last day), pairs without any become {@code gone}.
 */
final class RouteProjection {
  private RouteProjection() {}

  static Map<String, Object> parameters(GraphSource source, List<GraphKey> pairs) throws SQLException {
    List<Long> src = pairs.stream().map(GraphKey::asn).toList();
    List<Long> dst = pairs.stream().map(GraphKey::dstAsn).toList();
    List<Map<String, Object>> routes = new ArrayList<>();
    List<Map<String, Object>> gone = new ArrayList<>();
    for (Map<String, Object> route : source.routes(src, dst)) {
      (route.get("observedCount") == null ? gone : routes).add(route);
    }
    return Map.of("routes", routes, "gone", gone);
  }
}
