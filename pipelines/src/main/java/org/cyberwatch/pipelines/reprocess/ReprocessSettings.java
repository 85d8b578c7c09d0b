package org.cyberwatch.pipelines.reprocess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cyberwatch.pipelines.load.neo4j.Neo4jTarget;
import org.cyberwatch.pipelines.load.postgres.PostgresTarget;
import org.cyberwatch.pipelines.parse.MeasurementFilter;
import org.cyberwatch.pipelines.read.CanFile;
import org.cyberwatch.pipelines.read.CanInputs;

/**
 * Resolves {@link ReprocessOptions} into a {@link ReprocessConfig} in the launcher: lists the cans,
 * reads secrets from files or the environment, validates. Bad values raise {@link
 * IllegalArgumentException} naming the flag (the command exits 2).
 */
final class ReprocessSettings {
  static final String POSTGRES_PASSWORD_ENV = "CYBERWATCH_POSTGRES_PASSWORD";
  static final String NEO4J_PASSWORD_ENV = "CYBERWATCH_NEO4J_PASSWORD";

  private ReprocessSettings() {}

  static ReprocessConfig resolve(ReprocessOptions o, Map<String, String> env) throws IOException {
    MeasurementFilter filter = new MeasurementFilter(csv(o.getCcs()), csv(o.getTestNames()));
    List<CanFile> cans = cans(o, filter);
    if (cans.isEmpty()) {
      throw new IllegalArgumentException("--input/--bucket: no cans matched");
    }
    PostgresTarget pg = o.getNoWriteToDb() || o.getPostgresUrl() == null ? null
        : new PostgresTarget(o.getPostgresUrl(), o.getPostgresUser(),
            secret(o.getPostgresPasswordFile(), env.get(POSTGRES_PASSWORD_ENV), "--postgresPasswordFile"));
    Neo4jTarget neo4j = o.getNoWriteToDb() || o.getNeo4jUri() == null ? null
        : new Neo4jTarget(o.getNeo4jUri(), o.getNeo4jUser(),
            secret(o.getNeo4jPasswordFile(), env.get(NEO4J_PASSWORD_ENV), "--neo4jPasswordFile"));
    if (o.getSnapshots() != null && !Files.isDirectory(Path.of(o.getSnapshots()))) {
      throw new IllegalArgumentException("--snapshots: not a directory: " + o.getSnapshots());
    }
    if (o.getFingerprints() != null && !Files.exists(Path.of(o.getFingerprints()))) {
      throw new IllegalArgumentException("--fingerprints: no such file or directory: " + o.getFingerprints());
    }
    return new ReprocessConfig(UUID.randomUUID().toString(), cans, filter, o.getStopAfter(),
        o.getSnapshots(), o.getFingerprints(), pg, neo4j, o.getExport());
  }

  private static List<CanFile> cans(ReprocessOptions o, MeasurementFilter filter) throws IOException {
    List<CanFile> listed = listedCans(o, filter);
    return o.getBothCanFormats() ? listed : CanInputs.oneOfEachPair(listed);
  }

  private static List<CanFile> listedCans(ReprocessOptions o, MeasurementFilter filter)
      throws IOException {
    if ((o.getInput() == null) == (o.getBucket() == null)) {
      throw new IllegalArgumentException("--input or --bucket: give exactly one");
    }
    if (o.getInput() != null) {
      return CanInputs.fromGlobs(o.getInput(), filter);
    }
    if (o.getStartDay() == null) {
      throw new IllegalArgumentException("--startDay: required with --bucket");
    }
    LocalDate start = day(o.getStartDay(), "--startDay");
    LocalDate end = o.getEndDay() == null ? start : day(o.getEndDay(), "--endDay");
    return CanInputs.fromDays(o.getBucket(), start, end, filter);
  }

  private static LocalDate day(String text, String flag) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(flag + ": not a YYYY-MM-DD day: " + text);
    }
  }

  private static Set<String> csv(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  private static String secret(String file, String fromEnv, String flag) throws IOException {
    if (file != null) {
      Path p = Path.of(file);
      if (!Files.isReadable(p)) {
        throw new IllegalArgumentException(flag + ": cannot read " + file);
      }
      return Files.readString(p, StandardCharsets.UTF_8).strip();
    }
    return fromEnv == null ? "" : fromEnv;
  }
}
