package org.cyberwatch.pipelines.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cyberwatch.pipelines.load.postgres.PostgresTarget;
import org.cyberwatch.schemas.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: generates a corpus from real measurements and prints, in one run, the
 * single-thread processing rate (a), the parse-only limit (b), ReprocessJob into PostgreSQL on
 * Flink (c) and on the direct runner (d), each against its target. See the module README,
 * "Benchmark". Exits 0 when every figure was measured (misses included), 1 when a run failed, 2 on
 * bad flags.
 */
@Command(name = "bench", description = {
    "Benchmark: corpus generation, single-thread parse+score+enrich (a) vs parse-only (b),",
    "ReprocessJob into PostgreSQL on Flink [local] (c) and the direct runner (d)."})
public final class BenchCommand implements Callable<Integer> {
  static final String PASSWORD_ENV = "CYBERWATCH_POSTGRES_PASSWORD";
  static final Path SHARED_CORPUS = Path.of("../shared/corpus");
  static final Path FIXTURE_SEEDS = Path.of("schemas/src/test/resources/fixtures/ooni");
  static final Path FIXTURE_SNAPSHOTS = Path.of("schemas/src/test/resources/snapshots/dated");

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--measurements", paramLabel = "N", defaultValue = "100000",
      description = "Corpus size (default ${DEFAULT-VALUE}).")
  int measurements;

  @Option(names = "--work-dir", paramLabel = "DIR",
      defaultValue = "${sys:java.io.tmpdir}/cyberwatch-bench",
      description = "Where the corpus is generated and reused (default ${DEFAULT-VALUE}).")
  Path workDir;

  @Option(names = "--seeds", paramLabel = "DIR", split = ",",
      description = "Real measurements to generate from (default ../shared/corpus, else "
          + "schemas/src/test/resources/fixtures/ooni).")
  List<Path> seeds = new ArrayList<>();

  @Option(names = "--snapshots", paramLabel = "DIR", description = "Dated snapshots for "
      + "enrichment (default schemas/src/test/resources/snapshots/dated when present).")
  Path snapshots;

  @Option(names = "--postgres-url", paramLabel = "URL",
      description = "PostgreSQL JDBC URL for (c)/(d); each run uses its own cw_bench_* schema.")
  String postgresUrl;

  @Option(names = "--postgres-user", paramLabel = "U", defaultValue = "cyberwatch",
      description = "PostgreSQL user (default ${DEFAULT-VALUE}).")
  String postgresUser;

  @Option(names = "--postgres-password-file", paramLabel = "FILE",
      description = "File with the password (else env " + PASSWORD_ENV + ", else none).")
  Path postgresPasswordFile;

  @Option(names = "--scales", paramLabel = "S", split = ",", defaultValue = "1,4,16",
      description = "Multiples of the base size (corpus / largest) for cost growth (default "
          + "${DEFAULT-VALUE}).")
  List<Integer> scales;

  @Option(names = "--skip-runners", description = "Skip (c)/(d) even with --postgres-url.")
  boolean skipRunners;

  @Option(names = "--direct-measurements", paramLabel = "N", defaultValue = "3000",
      description = "The direct runner's full run reads the first cans holding N measurements "
          + "(it runs at tens per second); 0 = the whole corpus (default ${DEFAULT-VALUE}).")
  long directMeasurements;

  @Option(names = "--corpus-seed", paramLabel = "N", defaultValue = "20230508",
      description = "Random seed of the corpus (default ${DEFAULT-VALUE}).")
  long corpusSeed;

  @Override
  public Integer call() throws Exception {
    BenchConfig config;
    try {
      config = resolve();
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    boolean ok = new BenchRun(config, System.out).run();
    return ok ? ExitCode.OK.code() : ExitCode.RUNTIME_FAILURE.code();
  }

  BenchConfig resolve() throws IOException {
    List<Path> seedDirs = seeds.isEmpty()
        ? List.of(Files.isDirectory(SHARED_CORPUS) ? SHARED_CORPUS : FIXTURE_SEEDS) : seeds;
    Path snapshotDir = snapshots != null ? snapshots
        : Files.isDirectory(FIXTURE_SNAPSHOTS) ? FIXTURE_SNAPSHOTS : null;
    if (snapshotDir != null && !Files.isDirectory(snapshotDir)) {
      throw new IllegalArgumentException("--snapshots: not a directory: " + snapshotDir);
    }
    PostgresTarget pg = postgresUrl == null ? null
        : new PostgresTarget(postgresUrl, postgresUser, password());
    return new BenchConfig(measurements, workDir, seedDirs, snapshotDir, pg, postgresPasswordFile,
        scales, skipRunners, directMeasurements, corpusSeed);
  }

  private String password() throws IOException {
    if (postgresPasswordFile != null) {
      if (!Files.isReadable(postgresPasswordFile)) {
        throw new IllegalArgumentException("--postgres-password-file: cannot read "
            + postgresPasswordFile);
      }
      return Files.readString(postgresPasswordFile, StandardCharsets.UTF_8).strip();
    }
    String env = System.getenv(PASSWORD_ENV);
    return env == null ? "" : env;
  }
}
