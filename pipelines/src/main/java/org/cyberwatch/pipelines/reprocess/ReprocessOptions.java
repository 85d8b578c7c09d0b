package org.cyberwatch.pipelines.reprocess;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Flags of {@code reprocess} (with Beam's own: {@code --runner}, {@code --flinkMaster}, {@code
 * --parallelism}, and the AWS ones: {@code --endpoint}, {@code --awsRegion}, {@code
 * --s3ClientFactoryClass}). Secrets never have defaults: passwords come from the environment
 * ({@code CYBERWATCH_POSTGRES_PASSWORD}, {@code CYBERWATCH_NEO4J_PASSWORD}) or a file.
 */
public interface ReprocessOptions extends PipelineOptions {
  @Description("Cans to read: comma-separated globs, local paths or s3://bucket/key (OONI layout or ours)")
  String getInput();

  void setInput(String value);

  @Description("Instead of --input: a bucket or mirror root (s3://bucket or /path) read by day with --startDay/--endDay")
  String getBucket();

  void setBucket(String value);

  @Description("First day (YYYY-MM-DD) read from --bucket")
  String getStartDay();

  void setStartDay(String value);

  @Description("Last day (YYYY-MM-DD, inclusive) read from --bucket; default --startDay")
  String getEndDay();

  void setEndDay(String value);

  @Description("Read both cans of a pair: by default, of a postcan NAME.tar.gz and a JSONL can NAME.jsonl.gz/.zst side by side (the same batch, as OONI and our collector write it) only the JSONL can is read")
  @Default.Boolean(false)
  boolean getBothCanFormats();

  void setBothCanFormats(boolean value);

  @Description("Only these probe countries (comma-separated, e.g. IT,DE); default all")
  @Default.String("")
  String getCcs();

  void setCcs(String value);

  @Description("Only these test names (comma-separated, e.g. web_connectivity,traceroute); default all")
  @Default.String("")
  String getTestNames();

  void setTestNames(String value);

  @Description("Keep only the N measurements with the smallest uids (a quick try on a big input); 0 = all")
  @Default.Long(0)
  long getStopAfter();

  void setStopAfter(long value);

  @Description("Directory of dated snapshot files (CAIDA pfx2as and as2org, PeeringDB, RIR delegated) for enrichment; default none")
  String getSnapshots();

  void setSnapshots(String value);

  @Description("Blocking-fingerprint CSV file or directory; default the fingerprints shipped in the jar")
  String getFingerprints();

  void setFingerprints(String value);

  @Description("PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/cyberwatch")
  String getPostgresUrl();

  void setPostgresUrl(String value);

  @Description("PostgreSQL user")
  @Default.String("cyberwatch")
  String getPostgresUser();

  void setPostgresUser(String value);

  @Description("File holding the PostgreSQL password (else env CYBERWATCH_POSTGRES_PASSWORD, else none)")
  String getPostgresPasswordFile();

  void setPostgresPasswordFile(String value);

  @Description("Neo4j Bolt URI, e.g. bolt://127.0.0.1:7687; default: no graph")
  String getNeo4jUri();

  void setNeo4jUri(String value);

  @Description("Neo4j user")
  @Default.String("neo4j")
  String getNeo4jUser();

  void setNeo4jUser(String value);

  @Description("File holding the Neo4j password (else env CYBERWATCH_NEO4J_PASSWORD, else none)")
  String getNeo4jPasswordFile();

  void setNeo4jPasswordFile(String value);

  @Description("Write neither PostgreSQL nor Neo4j (score, enrich and export only)")
  @Default.Boolean(false)
  boolean getNoWriteToDb();

  void setNoWriteToDb(boolean value);

  @Description("Directory for the canonical export (sorted JSONL shards + DIGEST); default none")
  String getExport();

  void setExport(String value);
}
