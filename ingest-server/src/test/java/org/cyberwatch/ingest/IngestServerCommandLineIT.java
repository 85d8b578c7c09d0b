package org.cyberwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
}
