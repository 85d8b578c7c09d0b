-- cyberWatch PostgreSQL schema, version 1. The contract is described in schemas/README.md ("Stores").
--
-- Conventions:
--  * Every table has a natural key, so every load is an upsert (INSERT ... ON CONFLICT) and a rerun
--    of a pipeline over the same input never duplicates rows.
--  * No foreign keys between loaded tables: Beam writes them in parallel, in no fixed order.
--  * Times are timestamptz (stored as UTC); days are UTC dates.
--  * ASNs are bigint (32-bit unsigned), country codes are ISO 3166-1 alpha-2 upper case ('ZZ' = unknown).
--  * Privacy: no column holds the IP address of a probe, of a peer (another volunteer) or of a tunnel
--    client. Only their ASN and country are kept.

-- One row per (deduplicated) measurement.
CREATE TABLE measurements (
    measurement_uid        text        PRIMARY KEY,
    report_id              text        NOT NULL,
    input                  text,
    test_name              text        NOT NULL,
    test_version           text,
    probe_cc               char(2)     NOT NULL CHECK (probe_cc ~ '^[A-Z]{2}$'),
    probe_asn              bigint      NOT NULL CHECK (probe_asn BETWEEN 0 AND 4294967295),
    probe_network_name     text,
    resolver_asn           bigint      CHECK (resolver_asn BETWEEN 0 AND 4294967295),
    resolver_network_name  text,
    measurement_start_time timestamptz NOT NULL,
    test_start_time        timestamptz,
    received_at            timestamptz NOT NULL,
    test_runtime           double precision,
    software_name          text,
    software_version       text,
    annotations            jsonb       NOT NULL DEFAULT '{}'::jsonb,
    anomaly                boolean     NOT NULL,
    confirmed              boolean     NOT NULL,
    msm_failure            boolean     NOT NULL,
    scores                 jsonb       NOT NULL,
    scorer_version         text        NOT NULL,
    source_can             text        NOT NULL,
    source_line            integer     NOT NULL CHECK (source_line >= 0),
    content_hash           text        NOT NULL,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX measurements_start_time_idx ON measurements (measurement_start_time);
CREATE INDEX measurements_cc_time_idx ON measurements (probe_cc, measurement_start_time);
CREATE INDEX measurements_asn_time_idx ON measurements (probe_asn, measurement_start_time);
CREATE INDEX measurements_test_time_idx ON measurements (test_name, measurement_start_time);
CREATE INDEX measurements_anomaly_cc_time_idx ON measurements (probe_cc, measurement_start_time)
    WHERE anomaly;
CREATE INDEX measurements_report_id_idx ON measurements (report_id);
CREATE INDEX measurements_content_hash_idx ON measurements (content_hash);
-- hash: URLs can be longer than a btree entry allows
CREATE INDEX measurements_input_idx ON measurements USING hash (input);

-- Traceroute/ping hops: one row per responder per TTL (responder 0 = the first or only one; a TTL
-- without any reply has a row with addr NULL and loss 1).
CREATE TABLE hops (
    measurement_uid text     NOT NULL,
    ttl             smallint NOT NULL CHECK (ttl BETWEEN 0 AND 255),
    responder       smallint NOT NULL DEFAULT 0 CHECK (responder >= 0),
    addr            inet,
    rtts_ms         double precision[] NOT NULL DEFAULT '{}',
    loss            real     CHECK (loss BETWEEN 0 AND 1),
    asn             bigint   CHECK (asn BETWEEN 0 AND 4294967295),
    PRIMARY KEY (measurement_uid, ttl, responder)
);
CREATE INDEX hops_asn_idx ON hops (asn);
CREATE INDEX hops_addr_idx ON hops (addr);

-- Measurement targets handed to probes or seen in measurements.
CREATE TABLE targets (
    target_id  text        GENERATED ALWAYS AS (kind || ':' || value) STORED PRIMARY KEY,
    kind       text        NOT NULL CHECK (kind IN ('ip', 'url', 'domain-hash')),
    value      text        NOT NULL,
    asn        bigint      CHECK (asn BETWEEN 0 AND 4294967295),
    cc         char(2)     CHECK (cc ~ '^[A-Z]{2}$'),
    source     text        NOT NULL,
    first_seen timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    CHECK (first_seen <= last_seen)
);
CREATE INDEX targets_kind_last_seen_idx ON targets (kind, last_seen);
CREATE INDEX targets_asn_idx ON targets (asn);
CREATE INDEX targets_cc_idx ON targets (cc);

-- Autonomous systems, from the newest dated snapshot (CAIDA as2org, PeeringDB, RIR stats).
CREATE TABLE asns (
    asn           bigint  PRIMARY KEY CHECK (asn BETWEEN 0 AND 4294967295),
    name          text,
    org_id        text,
    org_name      text,
    country       char(2) CHECK (country ~ '^[A-Z]{2}$'),
    source        text    NOT NULL,
    snapshot_date date    NOT NULL
);
CREATE INDEX asns_country_idx ON asns (country);
CREATE INDEX asns_org_id_idx ON asns (org_id);

-- AS-level adjacencies seen in traceroutes, per UTC day. Values are replaced on upsert, never added.
CREATE TABLE as_edges_daily (
    src_asn        bigint NOT NULL CHECK (src_asn BETWEEN 0 AND 4294967295),
    dst_asn        bigint NOT NULL CHECK (dst_asn BETWEEN 0 AND 4294967295),
    day            date   NOT NULL,
    observed_count bigint NOT NULL CHECK (observed_count > 0),
    min_rtt_ms     double precision,
    max_rtt_ms     double precision,
    PRIMARY KEY (src_asn, dst_asn, day),
    CHECK (min_rtt_ms <= max_rtt_ms)
);
CREATE INDEX as_edges_daily_dst_day_idx ON as_edges_daily (dst_asn, day);
CREATE INDEX as_edges_daily_day_idx ON as_edges_daily (day);

-- Measurement counts per probe network, country, UTC day and test.
CREATE TABLE asn_stats (
    asn               bigint  NOT NULL CHECK (asn BETWEEN 0 AND 4294967295),
    cc                char(2) NOT NULL CHECK (cc ~ '^[A-Z]{2}$'),
    day               date    NOT NULL,
    test_name         text    NOT NULL,
    measurement_count bigint  NOT NULL CHECK (measurement_count >= 0),
    anomaly_count     bigint  NOT NULL CHECK (anomaly_count >= 0),
    confirmed_count   bigint  NOT NULL CHECK (confirmed_count >= 0),
    failure_count     bigint  NOT NULL CHECK (failure_count >= 0),
    PRIMARY KEY (asn, cc, day, test_name)
);
CREATE INDEX asn_stats_day_cc_idx ON asn_stats (day, cc);
CREATE INDEX asn_stats_test_day_idx ON asn_stats (test_name, day);

-- CENO2 peer reachability (peer_http_reachable): one row per measurement. The peer's address is
-- another volunteer's and is never stored, only its ASN, country and port.
CREATE TABLE peer_observations (
    measurement_uid        text        PRIMARY KEY,
    observed_at            timestamptz NOT NULL,
    src_asn                bigint      NOT NULL CHECK (src_asn BETWEEN 0 AND 4294967295),
    src_cc                 char(2)     NOT NULL CHECK (src_cc ~ '^[A-Z]{2}$'),
    dst_asn                bigint      CHECK (dst_asn BETWEEN 0 AND 4294967295),
    dst_cc                 char(2)     CHECK (dst_cc ~ '^[A-Z]{2}$'),
    dst_port               integer     CHECK (dst_port BETWEEN 0 AND 65535),
    dst_nat                boolean,
    peer_age_s             double precision,
    http_success           boolean     NOT NULL,
    http_response_time_s   double precision
);
CREATE INDEX peer_observations_time_idx ON peer_observations (observed_at);
CREATE INDEX peer_observations_src_cc_time_idx ON peer_observations (src_cc, observed_at);
CREATE INDEX peer_observations_src_asn_time_idx ON peer_observations (src_asn, observed_at);

-- NAT type guesses (udp_nat_detection, RFC 4787): one row per measurement.
CREATE TABLE nat_observations (
    measurement_uid text        PRIMARY KEY,
    observed_at     timestamptz NOT NULL,
    asn             bigint      NOT NULL CHECK (asn BETWEEN 0 AND 4294967295),
    cc              char(2)     NOT NULL CHECK (cc ~ '^[A-Z]{2}$'),
    nat_type        text        NOT NULL,
    mapping         text        NOT NULL
        CHECK (mapping IN ('none', 'endpoint-indep', 'addr-or-port-dep', 'uncertain')),
    filtering       text        NOT NULL
        CHECK (filtering IN ('endpoint-indep', 'port-indep', 'probable', 'ignored'))
);
CREATE INDEX nat_observations_time_idx ON nat_observations (observed_at);
CREATE INDEX nat_observations_cc_time_idx ON nat_observations (cc, observed_at);
CREATE INDEX nat_observations_asn_time_idx ON nat_observations (asn, observed_at);

-- Open Tunnel Telemetry reports, scrubbed: the endpoint address is reduced to proto, port, ASN and
-- country; the client address to ASN and country.
CREATE TABLE tunnel_reports (
    uuid          uuid        PRIMARY KEY,
    time          timestamptz NOT NULL,
    proto         text        NOT NULL,
    port          integer     CHECK (port BETWEEN 0 AND 65535),
    endpoint_asn  bigint      CHECK (endpoint_asn BETWEEN 0 AND 4294967295),
    endpoint_cc   char(2)     CHECK (endpoint_cc ~ '^[A-Z]{2}$'),
    client_asn    bigint      CHECK (client_asn BETWEEN 0 AND 4294967295),
    client_cc     char(2)     CHECK (client_cc ~ '^[A-Z]{2}$'),
    duration_ms   bigint      CHECK (duration_ms >= 0),
    failure_op    text,
    failure_error text,
    sampling_rate double precision CHECK (sampling_rate > 0 AND sampling_rate <= 1),
    collector_id  text,
    config        jsonb,
    received_at   timestamptz,
    source_can    text,
    source_line   integer     CHECK (source_line >= 0)
);
CREATE INDEX tunnel_reports_time_idx ON tunnel_reports (time);
CREATE INDEX tunnel_reports_client_cc_time_idx ON tunnel_reports (client_cc, time);
CREATE INDEX tunnel_reports_endpoint_asn_time_idx ON tunnel_reports (endpoint_asn, time);

-- Runtime settings shared by the services (e.g. probe instructions), one JSON value per key.
CREATE TABLE settings (
    key        text        PRIMARY KEY,
    value      jsonb       NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row per pipeline run: what went in, with which versions, and what came out.
CREATE TABLE pipeline_runs (
    run_id        text        PRIMARY KEY,
    job_name      text        NOT NULL,
    runner        text,
    status        text        NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    parameters    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    inputs        jsonb       NOT NULL DEFAULT '[]'::jsonb,
    input_digest  text,
    versions      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    counts        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    output_digest text,
    error_message text,
    CHECK (finished_at IS NULL OR finished_at >= started_at)
);
CREATE INDEX pipeline_runs_started_at_idx ON pipeline_runs (started_at);

-- Dead letters of the pipelines. failure_key identifies a failure independently of the run, so a
-- rerun updates (run_id, message, last_seen_at) instead of adding a row.
CREATE TABLE failures (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id          text,
    stage           text        NOT NULL,
    reason          text        NOT NULL,
    message         text,
    source_can      text,
    source_line     integer     CHECK (source_line >= 0),
    measurement_uid text,
    payload         text,
    failure_key     text        GENERATED ALWAYS AS (md5(
        stage || '|' || reason || '|' || coalesce(source_can, '') || '|'
        || coalesce(source_line::text, '') || '|' || coalesce(measurement_uid, '') || '|'
        || md5(coalesce(payload, '')))) STORED UNIQUE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_seen_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX failures_run_id_idx ON failures (run_id);
CREATE INDEX failures_stage_reason_idx ON failures (stage, reason);
CREATE INDEX failures_source_idx ON failures (source_can, source_line);
