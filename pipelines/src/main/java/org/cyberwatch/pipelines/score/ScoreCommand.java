package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cyberwatch.pipelines.score.fingerprint.Fingerprints;
import org.cyberwatch.schemas.cli.ExitCode;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code score FILE|-}: scores one measurement with the job's scorers and prints one JSON object:
 * OONI's {@code scores} dict, the flags {@code anomaly}, {@code confirmed}, {@code msm_failure},
 * the {@code reason} and the {@code scorer_version}.
 */
@Command(name = "score", description = "Score one measurement (JSON file, or - for standard input).")
public final class ScoreCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--fingerprints", paramLabel = "PATH",
      description = "Fingerprint CSV file or directory (default: the fingerprints shipped in the jar).")
  Path fingerprints;

  @Parameters(paramLabel = "FILE|-", description = "The measurement (df-000 JSON document).")
  String file;

  @Override
  public Integer call() throws IOException {
    Measurement m;
    try {
      byte[] body = "-".equals(file) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
      m = MeasurementCodec.parse(body);
    } catch (IllegalArgumentException | java.nio.file.NoSuchFileException e) {
      System.err.println("score: " + file + ": " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    Scorers scorers = fingerprints == null ? Scorers.standard()
        : Scorers.withFingerprints(Fingerprints.load(fingerprints));
    System.out.println(JSON.writeValueAsString(toJson(m, scorers.score(m))));
    return ExitCode.OK.code();
  }

  static ObjectNode toJson(Measurement m, Score s) {
    ObjectNode out = JSON.createObjectNode();
    out.put("measurement_uid", m.measurementUid());
    out.put("test_name", m.testName());
    out.set("scores", ScoreJson.toJson(s));
    out.put("anomaly", s.anomaly());
    out.put("confirmed", s.confirmed());
    out.put("msm_failure", s.msmFailure());
    out.put("reason", s.reason());
    out.put("scorer_version", s.scorerVersion());
    return out;
  }
}
