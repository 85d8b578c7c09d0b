-- cyberWatch PostgreSQL schema, version 2: the remaining outputs of ReprocessJob, so that the
-- database matches the pipelines' row model (org.cyberwatch.pipelines.rows.Table) column for column.
-- Same conventions as V1: natural keys, upserts, no foreign keys, UTC days, bigint ASNs.

-- Enrichment of a measurement (IP metadata from dated snapshots), as written by the pipeline.
ALTER TABLE measurements ADD COLUMN enrichment jsonb;

-- AS-level adjacencies of one traceroute: one row per consecutive (src_asn, dst_asn) pair of a path.
-- The per-measurement truth behind as_edges_daily, which is recomputed from it per day, so a partial
-- rerun never double counts. day = UTC day of the measurement; rtt_ms = the RTT the extraction
-- attributes to the edge, or NULL.
CREATE TABLE path_edges (
    measurement_uid text             NOT NULL,
    src_asn         bigint           NOT NULL CHECK (src_asn BETWEEN 0 AND 4294967295),
    dst_asn         bigint           NOT NULL CHECK (dst_asn BETWEEN 0 AND 4294967295),
    day             date             NOT NULL,
    rtt_ms          double precision,
    PRIMARY KEY (measurement_uid, src_asn, dst_asn)
);
CREATE INDEX path_edges_day_idx ON path_edges (day);
CREATE INDEX path_edges_pair_idx ON path_edges (src_asn, dst_asn);

-- Prefix origins from a dated snapshot (CAIDA pfx2as), IYP style provenance. prefix is a CIDR in
-- text form (the cast check rejects anything else, e.g. host bits set right of the mask).
CREATE TABLE prefix_origins (
    prefix         text   NOT NULL CHECK (prefix::cidr IS NOT NULL),
    asn            bigint NOT NULL CHECK (asn BETWEEN 0 AND 4294967295),
    reference_name text   NOT NULL,
    reference_time date   NOT NULL,
    PRIMARY KEY (prefix, asn)
);
CREATE INDEX prefix_origins_asn_idx ON prefix_origins (asn);

-- IXP memberships from a dated snapshot (PeeringDB ix + netixlan), IYP style provenance.
CREATE TABLE ixp_members (
    ixp_id         bigint  NOT NULL CHECK (ixp_id >= 0),
    asn            bigint  NOT NULL CHECK (asn BETWEEN 0 AND 4294967295),
    ixp_name       text,
    ixp_cc         char(2) CHECK (ixp_cc ~ '^[A-Z]{2}$'),
    reference_name text    NOT NULL,
    reference_time date    NOT NULL,
    PRIMARY KEY (ixp_id, asn)
);
CREATE INDEX ixp_members_asn_idx ON ixp_members (asn);
