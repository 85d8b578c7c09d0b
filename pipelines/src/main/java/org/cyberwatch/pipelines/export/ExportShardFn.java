package org.cyberwatch.pipelines.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** Sorts one shard's lines, writes them, and emits (shard file name, SHA-256, line count). */
final class ExportShardFn extends DoFn<KV<Integer, Iterable<String>>, String> {
  private final String directory;
  private final int shards;

  ExportShardFn(String directory, int shards) {
    this.directory = directory;
    this.shards = shards;
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<String>> shard, OutputReceiver<String> out)
      throws IOException {
    List<String> lines = new ArrayList<>();
    shard.getValue().forEach(lines::add);
    lines.sort(null);
    String name = ExportRows.shardName(shard.getKey(), shards);
    ResourceId file = FileSystems.matchNewResource(directory, true)
        .resolve(name, org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    MessageDigest sha = sha256();
    try (OutputStream os = new DigestOutputStream(
        Channels.newOutputStream(FileSystems.create(file, MimeTypes.TEXT)), sha)) {
      for (String line : lines) {
        os.write(line.getBytes(StandardCharsets.UTF_8));
        os.write('\n');
      }
    }
    out.output(name + "\t" + HexFormat.of().formatHex(sha.digest()) + "\t" + lines.size());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
