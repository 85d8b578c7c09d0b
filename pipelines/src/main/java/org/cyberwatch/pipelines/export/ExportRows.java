package org.cyberwatch.pipelines.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes the canonical export: every output line (see {@link CanonicalLines}) in {@value #SHARDS}
 * shards by a stable hash of the line, each sorted, as {@code rows-SSSSS-of-NNNNN.jsonl} in the
 * export directory, plus {@code DIGEST}: one {@code name sha256 lines} row per shard in name order
 * and the run's digest, the SHA-256 of those rows. The same cans, snapshots and code give the same
 * files and digest on the direct runner, on Flink and on a rerun.
 *
 * <p>Input: canonical lines. Output: the digest (one element) once everything is written.
 */
public final class ExportRows extends PTransform<PCollection<String>, PCollection<String>> {
  public static final int SHARDS = 16;
  public static final String DIGEST_FILE = "DIGEST";

  private final String directory;

  /** @param directory where the export goes (local or {@code s3://}); files are replaced */
  public ExportRows(String directory) {
    this.directory = directory;
  }

  static String shardName(int shard, int shards) {
    return String.format("rows-%05d-of-%05d.jsonl", shard, shards);
  }

  @Override
  public PCollection<String> expand(PCollection<String> lines) {
    return lines
        .apply("KeyByShard", WithKeys.of((SerializableFunction<String, Integer>) ExportRows::shardOf)
            .withKeyType(TypeDescriptors.integers()))
        .apply("GroupShards", GroupByKey.create())
        .apply("WriteShard", ParDo.of(new ExportShardFn(directory, SHARDS)))
        .apply("CollectShardDigests", Combine.globally(ExportRows::joinSorted).withoutDefaults())
        .apply("WriteDigest", ParDo.of(new WriteDigestFn(directory)));
  }

  static int shardOf(String line) {
    byte[] d = ExportShardFn.sha256().digest(line.getBytes(StandardCharsets.UTF_8));
    return Math.floorMod(((d[0] & 0xff) << 8) | (d[1] & 0xff), SHARDS);
  }

  private static String joinSorted(Iterable<String> rows) {
    List<String> all = new ArrayList<>();
    for (String r : rows) {
      all.addAll(List.of(r.split("\n")));
    }
    all.sort(null);
    return String.join("\n", all);
  }

  /** Writes DIGEST and outputs the run digest. */
  static final class WriteDigestFn extends DoFn<String, String> {
    private final String directory;

    WriteDigestFn(String directory) {
      this.directory = directory;
    }

    @ProcessElement
    public void process(@Element String shardRows, OutputReceiver<String> out) throws IOException {
      String body = shardRows + "\n";
      MessageDigest sha = ExportShardFn.sha256();
      String digest = HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
      ResourceId file = FileSystems.matchNewResource(directory, true)
          .resolve(DIGEST_FILE, StandardResolveOptions.RESOLVE_FILE);
      try (OutputStream os = Channels.newOutputStream(FileSystems.create(file, MimeTypes.TEXT))) {
        os.write((body + "sha256 " + digest + "\n").getBytes(StandardCharsets.UTF_8));
      }
      out.output(digest);
    }
  }
}
