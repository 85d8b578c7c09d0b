// cyberWatch AS graph: constraints and indexes (Neo4j 5, community edition).
// Apply every statement on start; all are IF NOT EXISTS, so reapplying is harmless.
// Comment lines start with //; statements end with ;. No ';' inside a statement.
//
// Model (see schemas/README.md, "Stores"):
//   (:AS {asn, name, country})-[:ROUTE {observed_count, min_rtt, max_rtt, first_seen, last_seen}]->(:AS)
//   (:AS)-[:ORIGINATE]->(:Prefix {prefix})
//   (:AS)-[:MEMBER_OF]->(:IXP {id, name})
//   (:AS)-[:MANAGED_BY]->(:Organization {id, name})-[:COUNTRY]->(:Country {code})
//   every relationship carries reference_name and reference_time (provenance, as IYP does).

// One node per identifier (uniqueness constraints also create the lookup index).
CREATE CONSTRAINT as_asn IF NOT EXISTS FOR (n:AS) REQUIRE n.asn IS UNIQUE;
CREATE CONSTRAINT prefix_prefix IF NOT EXISTS FOR (n:Prefix) REQUIRE n.prefix IS UNIQUE;
CREATE CONSTRAINT ixp_id IF NOT EXISTS FOR (n:IXP) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;

// Lookups the notebooks make.
CREATE INDEX as_country IF NOT EXISTS FOR (n:AS) ON (n.country);
CREATE INDEX as_name IF NOT EXISTS FOR (n:AS) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX route_last_seen IF NOT EXISTS FOR ()-[r:ROUTE]-() ON (r.last_seen);
CREATE INDEX route_reference_name IF NOT EXISTS FOR ()-[r:ROUTE]-() ON (r.reference_name);
