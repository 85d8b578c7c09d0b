package org.cyberwatch.pipelines.load.neo4j;

import java.util.List;

/**
 * The Cypher that projects PostgreSQL rows onto the AS graph, one {@code UNWIND} per statement.
 * Nodes are merged on their unique ids; relationships are merged, then their properties SET (never
 * added to); relationships of a touched AS or pair that PostgreSQL no longer backs are deleted.
 */
final class GraphCypher {
  /** Provenance of ROUTE relationships. */
  static final String ROUTE_REFERENCE = "cyberwatch.as_edges_daily";

  /** Per AS batch, in order. Parameters: nodes, orgs, origins, ixps, memberships. */
  static final List<String> AS_STATEMENTS = List.of(
      "UNWIND $nodes AS row MERGE (a:AS {asn: row.asn}) SET a.name = row.name, a.country = row.country",
      "UNWIND $nodes AS row MATCH (a:AS {asn: row.asn})-[r:MANAGED_BY]->(o:Organization)"
          + " WHERE row.orgId IS NULL OR o.id <> row.orgId DELETE r",
      "UNWIND $orgs AS row MERGE (o:Organization {id: row.id}) SET o.name = row.name",
      "UNWIND $orgs AS row MATCH (o:Organization {id: row.id})-[r:COUNTRY]->(c:Country)"
          + " WHERE row.country IS NULL OR c.code <> row.country DELETE r",
      "UNWIND $orgs AS row WITH row WHERE row.country IS NOT NULL"
          + " MATCH (o:Organization {id: row.id}) MERGE (c:Country {code: row.country})"
          + " MERGE (o)-[r:COUNTRY]->(c)"
          + " SET r.reference_name = row.referenceName, r.reference_time = row.referenceTime",
      "UNWIND $nodes AS row WITH row WHERE row.orgId IS NOT NULL"
          + " MATCH (a:AS {asn: row.asn}), (o:Organization {id: row.orgId})"
          + " MERGE (a)-[r:MANAGED_BY]->(o)"
          + " SET r.reference_name = row.referenceName, r.reference_time = row.referenceTime",
      "UNWIND $nodes AS row MATCH (a:AS {asn: row.asn})-[r:ORIGINATE]->(p:Prefix)"
          + " WHERE NOT p.prefix IN row.prefixes DELETE r",
      "UNWIND $origins AS row MATCH (a:AS {asn: row.asn}) MERGE (p:Prefix {prefix: row.prefix})"
          + " MERGE (a)-[r:ORIGINATE]->(p)"
          + " SET r.reference_name = row.referenceName, r.reference_time = row.referenceTime",
      "UNWIND $ixps AS row MERGE (x:IXP {id: row.id}) SET x.name = row.name, x.country = row.country",
      "UNWIND $nodes AS row MATCH (a:AS {asn: row.asn})-[r:MEMBER_OF]->(x:IXP)"
          + " WHERE NOT x.id IN row.ixpIds DELETE r",
      "UNWIND $memberships AS row MATCH (a:AS {asn: row.asn}), (x:IXP {id: row.ixpId})"
          + " MERGE (a)-[r:MEMBER_OF]->(x)"
          + " SET r.reference_name = row.referenceName, r.reference_time = row.referenceTime");

  /** Per route batch, in order. Parameters: gone, routes. */
  static final List<String> ROUTE_STATEMENTS = List.of(
      "UNWIND $gone AS row MATCH (:AS {asn: row.src})-[r:ROUTE]->(:AS {asn: row.dst}) DELETE r",
      "UNWIND $routes AS row MERGE (a:AS {asn: row.src}) MERGE (b:AS {asn: row.dst})"
          + " MERGE (a)-[r:ROUTE]->(b)"
          + " SET r.observed_count = row.observedCount, r.min_rtt = row.minRtt,"
          + " r.max_rtt = row.maxRtt, r.first_seen = row.firstSeen, r.last_seen = row.lastSeen,"
          + " r.reference_name = '" + ROUTE_REFERENCE + "', r.reference_time = row.lastSeen");

  private GraphCypher() {}
}
