package org.cyberwatch.pipelines.load.neo4j;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a batch of ASes from PostgreSQL ({@code asns}, {@code prefix_origins}, {@code ixp_members})
 * as the parameters of {@link GraphCypher#AS_STATEMENTS}: the AS nodes, their organizations and
 * countries, originated prefixes and IXP memberships.
 */
final class AsProjection {
  private AsProjection() {}

  static Map<String, Object> parameters(GraphSource source, List<Long> asns) throws SQLException {
    List<Map<String, Object>> nodes = source.asNodes(asns);
    List<Map<String, Object>> origins = source.prefixOrigins(asns);
    List<Map<String, Object>> memberships = source.ixpMemberships(asns);
    Map<Object, List<Object>> prefixesByAsn = groupValues(origins, "prefix");
    Map<Object, List<Object>> ixpIdsByAsn = groupValues(memberships, "ixpId");
    for (Map<String, Object> node : nodes) {
      node.put("prefixes", prefixesByAsn.getOrDefault(node.get("asn"), List.of()));
      node.put("ixpIds", ixpIdsByAsn.getOrDefault(node.get("asn"), List.of()));
    }
    List<String> orgIds = distinct(nodes, "orgId").stream().map(String.class::cast).toList();
    List<Long> ixpIds = distinct(memberships, "ixpId").stream().map(Long.class::cast).toList();
    return Map.of(
        "nodes", nodes,
        "orgs", source.organizations(orgIds),
        "origins", origins,
        "ixps", source.ixps(ixpIds),
        "memberships", memberships);
  }

  private static Map<Object, List<Object>> groupValues(List<Map<String, Object>> rows, String field) {
    return rows.stream().collect(Collectors.groupingBy(
        row -> row.get("asn"), Collectors.mapping(row -> row.get(field), Collectors.toList())));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> distinct(List<Map<String, Object>> rows, String field) {
    TreeSet values = new TreeSet();
    for (Map<String, Object> row : rows) {
      if (row.get(field) != null) {
        values.add(row.get(field));
      }
    }
    return new ArrayList<Object>(values);
  }
}
