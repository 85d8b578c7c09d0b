package org.cyberwatch.pipelines.load.neo4j;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the graph projects from PostgreSQL, for a batch of keys, as parameter maps for
 * Cypher's {@code UNWIND} (values are Long, Double, String or LocalDate). Where several rows could
 * describe one node (an organization, an IXP), the newest snapshot wins, ties broken by the lowest
 * ASN, so the projection does not depend on which batch writes the node.
 */
final class GraphSource {
  private static final String AS_NODES =
      "SELECT k.asn, a.name, a.country, a.org_id, a.source, a.snapshot_date"
          + " FROM unnest(?::bigint[]) AS k(asn) LEFT JOIN asns a ON a.asn = k.asn ORDER BY k.asn";
  private static final String ORGANIZATIONS =
      "SELECT DISTINCT ON (org_id) org_id, org_name, country, source, snapshot_date FROM asns"
          + " WHERE org_id = ANY(?::text[]) ORDER BY org_id, snapshot_date DESC, asn";
  private static final String PREFIX_ORIGINS =
      "SELECT asn, prefix, reference_name, reference_time FROM prefix_origins"
          + " WHERE asn = ANY(?::bigint[]) ORDER BY asn, prefix";
  private static final String IXP_MEMBERSHIPS =
      "SELECT asn, ixp_id, reference_name, reference_time FROM ixp_members"
          + " WHERE asn = ANY(?::bigint[]) ORDER BY asn, ixp_id";
  private static final String IXPS =
      "SELECT DISTINCT ON (ixp_id) ixp_id, ixp_name, ixp_cc FROM ixp_members"
          + " WHERE ixp_id = ANY(?::bigint[]) ORDER BY ixp_id, reference_time DESC, asn";
  private static final String ROUTES =
      "SELECT k.src, k.dst, sum(e.observed_count), min(e.min_rtt_ms), max(e.max_rtt_ms),"
          + " min(e.day), max(e.day)"
          + " FROM unnest(?::bigint[], ?::bigint[]) AS k(src, dst)"
          + " LEFT JOIN as_edges_daily e ON e.src_asn = k.src AND e.dst_asn = k.dst"
          + " GROUP BY k.src, k.dst ORDER BY k.src, k.dst";

  private final Connection connection;

  GraphSource(Connection connection) {
    this.connection = connection;
  }

  /** One map per ASN, {@code name} etc. null when {@code asns} has no row for it. */
  List<Map<String, Object>> asNodes(List<Long> asns) throws SQLException {
    return query(AS_NODES, List.of("asn", "name", "country", "orgId", "referenceName", "referenceTime"),
        longs(asns));
  }

  List<Map<String, Object>> organizations(List<String> orgIds) throws SQLException {
    return query(ORGANIZATIONS, List.of("id", "name", "country", "referenceName", "referenceTime"),
        connection.createArrayOf("text", orgIds.toArray()));
  }

  List<Map<String, Object>> prefixOrigins(List<Long> asns) throws SQLException {
    return query(PREFIX_ORIGINS, List.of("asn", "prefix", "referenceName", "referenceTime"), longs(asns));
  }

  List<Map<String, Object>> ixpMemberships(List<Long> asns) throws SQLException {
    return query(IXP_MEMBERSHIPS, List.of("asn", "ixpId", "referenceName", "referenceTime"), longs(asns));
  }

  List<Map<String, Object>> ixps(List<Long> ixpIds) throws SQLException {
    return query(IXPS, List.of("id", "name", "country"), longs(ixpIds));
  }

  /** One map per pair; {@code observedCount} null when {@code as_edges_daily} has no row for it. */
  List<Map<String, Object>> routes(List<Long> srcAsns, List<Long> dstAsns) throws SQLException {
    return query(ROUTES,
        List.of("src", "dst", "observedCount", "minRtt", "maxRtt", "firstSeen", "lastSeen"),
        longs(srcAsns), longs(dstAsns));
  }

  private Array longs(List<Long> values) throws SQLException {
    return connection.createArrayOf("int8", values.toArray());
  }

  private List<Map<String, Object>> query(String sql, List<String> names, Array... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setArray(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<Map<String, Object>> result = new ArrayList<>();
        while (rows.next()) {
          Map<String, Object> row = new HashMap<>();
          for (int c = 0; c < names.size(); c++) {
            row.put(names.get(c), neo4jValue(rows.getObject(c + 1)));
          }
          result.add(row);
        }
        return result;
      }
    } finally {
      for (Array parameter : parameters) {
        parameter.free();
      }
    }
  }

  /** JDBC values as the Neo4j driver takes them: dates as LocalDate, sums as Long. */
  private static Object neo4jValue(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof BigDecimal sum) {
      return sum.longValueExact();
    }
    return value;
  }
}
