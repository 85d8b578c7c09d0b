package org.cyberwatch.pipelines.reprocess;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.cyberwatch.pipelines.export.ExportRows;
import org.cyberwatch.pipelines.load.postgres.PipelineRunRecorder;
import org.cyberwatch.pipelines.load.postgres.RunStatus;
import org.cyberwatch.pipelines.read.CanFile;
import org.cyberwatch.pipelines.read.CanInputs;
import org.cyberwatch.pipelines.score.fingerprint.Fingerprints;
import org.cyberwatch.schemas.cli.ImplementationVersion;
import org.cyberwatch.schemas.store.PostgresMigrations;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The {@code pipeline_runs} row of a run: applies the migrations, records parameters, inputs (with
 * sizes and their digest) and versions at the start, counts and the export digest at the end. A run
 * without PostgreSQL records nothing.
 */
final class RunRecord {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String JOB_NAME = "reprocess";

  private final PipelineRunRecorder recorder;
  private final String runId;

  private RunRecord(PipelineRunRecorder recorder, String runId) {
    this.recorder = recorder;
    this.runId = runId;
  }

  static RunRecord start(ReprocessOptions options, ReprocessConfig c) {
    if (c.postgres() == null) {
      return new RunRecord(null, c.runId());
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(c.postgres().jdbcUrl());
    ds.setUser(c.postgres().user());
    ds.setPassword(c.postgres().password());
    PostgresMigrations.migrate(ds);
    PipelineRunRecorder recorder = new PipelineRunRecorder(c.postgres(), Clock.systemUTC());
    recorder.start(c.runId(), JOB_NAME, options.getRunner().getSimpleName(), parameters(c),
        inputs(c), CanInputs.digest(c.cans()), versions(c));
    return new RunRecord(recorder, c.runId());
  }

  void finish(RunCounts counts, String digest, String error) {
    if (recorder == null) {
      return;
    }
    String countsJson = counts == null ? "{}" : JSON.valueToTree(counts.values()).toString();
    recorder.finish(runId, countsJson, digest, error == null ? RunStatus.SUCCEEDED : RunStatus.FAILED, error);
  }

  /** The digest from the export's DIGEST file, or null without an export. */
  static String readDigest(String exportDir) {
    if (exportDir == null) {
      return null;
    }
    ResourceId file = FileSystems.matchNewResource(exportDir, true)
        .resolve(ExportRows.DIGEST_FILE, StandardResolveOptions.RESOLVE_FILE);
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int at = text.lastIndexOf("sha256 ");
      return at < 0 ? null : text.substring(at + 7).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String parameters(ReprocessConfig c) {
    ObjectNode p = JSON.createObjectNode();
    p.put("ccs", String.join(",", new java.util.TreeSet<>(c.filter().ccs())));
    p.put("test_names", String.join(",", new java.util.TreeSet<>(c.filter().testNames())));
    p.put("stop_after", c.stopAfter());
    p.put("snapshots", c.snapshotsDir());
    p.put("fingerprints", c.fingerprints());
    p.put("export", c.exportDir());
    p.put("neo4j", c.neo4j() == null ? null : c.neo4j().uri());
    return p.toString();
  }

  private static String inputs(ReprocessConfig c) {
    ArrayNode a = JSON.createArrayNode();
    for (CanFile can : c.cans()) {
      a.addObject().put("path", can.path()).put("size", can.sizeBytes());
    }
    return a.toString();
  }

  private static String versions(ReprocessConfig c) {
    ObjectNode v = JSON.createObjectNode();
    v.put("cyberwatch", ImplementationVersion.of(RunRecord.class));
    try {
      Fingerprints f = c.fingerprints() == null ? Fingerprints.shipped()
          : Fingerprints.load(java.nio.file.Path.of(c.fingerprints()));
      v.put("fingerprints", f.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return v.toString();
  }
}
