package org.cyberwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cyberwatch.ingest.config.ConfigKey;
import org.cyberwatch.testing.RunnableJar;
import org.junit.jupiter.api.Test;

/** The bundled jar at its fixed path answers the way operators and scripts expect. */
class IngestServerCommandLineIT {
  private static final RunnableJar JAR = RunnableJar.at(Path.of("target/cyberwatch-ingest-server.jar"));

  @Test
  void helpPrintsUsageAndExitsZero() {
    RunnableJar.Result result = JAR.run("--help");

    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(result.stdout().contains("Usage: cyberwatch-ingest-server"), result.stdout());
  }

  @Test
  void versionNamesTheProjectVersion() {
    RunnableJar.Result result = JAR.run("--version");

    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(result.stdout().startsWith("cyberwatch-ingest-server 0.1.0-SNAPSHOT"), result.stdout());
  }

  @Test
  void unknownFlagIsAUsageErrorWithExitTwo() {
    RunnableJar.Result result = JAR.run("--no-such-flag");

    assertEquals(2, result.exitCode());
    assertTrue(result.stderr().contains("Unknown option: '--no-such-flag'"), result.stderr());
  }

  @Test
  void helpListsEveryFlagOfTheConfig() {
    RunnableJar.Result result = JAR.run("--help");

    List<String> missing = Arrays.stream(ConfigKey.values()).flatMap(k -> k.flag().stream())
        .filter(f -> !result.stdout().contains(f)).toList();
    assertEquals(List.of(), missing, result.stdout());
  }

  @Test
  void invalidConfigExitsTwoNamingTheKey() {
    RunnableJar.Result result = JAR.run("--can-period", "2h", "--cans-dir", "target/tmp/cli-cans",
        "--spool-dir", "target/tmp/cli-spool");

    assertEquals(2, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("cans.period (from flag): must be between 1s and 1h"), result.stderr());
  }

  @Test
  void missingCanDestinationExitsTwo() {
    RunnableJar.Result result = JAR.run("--spool-dir", "target/tmp/cli-spool");

    assertEquals(2, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("cans.dir"), result.stderr());
  }
}
