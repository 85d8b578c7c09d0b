package org.cyberwatch.pipelines.reprocess;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.util.MimeTypes;
import org.cyberwatch.pipelines.storage.TestS3FileSystem;
import org.cyberwatch.schemas.can.CanFormat;
import org.cyberwatch.schemas.can.CanKey;
import org.cyberwatch.schemas.can.CanWriter;
import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.cyberwatch.testing.S3Server;

/**
 * The cans of the ReprocessJob IT, written to S3 in OONI's layout from real fixtures:
 *
 * <ul>
 *   <li>a JSONL can with every distinct fixture measurement (fresh uids) and malformed lines;
 *   <li>a postcan holding an exact duplicate (same uid and body) and a content duplicate (same
 *       body, a larger uid) of measurements of the first can;
 *   <li>a truncated JSONL can whose readable lines duplicate the first can's.
 * </ul>
 */
final class ReprocessFixtureCans {
  static final String SNAPSHOTS = Path.of("../schemas/src/test/resources/snapshots/dated")
      .toAbsolutePath().normalize().toString();
  private static final Instant HOUR = Instant.parse("2024-01-01T00:00:00Z");
  private static final List<String> MALFORMED = List.of("{not json", "{\"probe_cc\": \"IT\", ");

  private final int unique;

  private ReprocessFixtureCans(int unique) {
    this.unique = unique;
  }

  long uniqueMeasurements() {
    return unique;
  }

  long malformedLines() {
    return MALFORMED.size();
  }

  static ReprocessFixtureCans writeTo(S3Server s3, String bucket) throws IOException {
    TestS3FileSystem.use(s3);
    List<Measurement> all = distinctFixtures();
    List<byte[]> lines = new ArrayList<>();
    for (Measurement m : all) {
      lines.add(MeasurementCodec.toBytes(m));
    }
    MALFORMED.forEach(s -> lines.add(s.getBytes(StandardCharsets.UTF_8)));
    byte[] jsonl = gzipLines(lines);
    put(bucket, key(0, CanFormat.JSONL_GZ), jsonl);
    put(bucket, key(2, CanFormat.JSONL_GZ), Arrays.copyOf(gzipLines(lines.subList(0, 3)),
        gzipLines(lines.subList(0, 3)).length - 12));
    put(bucket, key(1, CanFormat.POSTCAN_TAR_GZ), duplicatesPostcan(all));
    return new ReprocessFixtureCans(all.size());
  }

  private static String key(int i, CanFormat format) {
    return CanKey.of(HOUR, "IT", "web_connectivity", "1", i, format).toPath();
  }

  private static byte[] duplicatesPostcan(List<Measurement> all) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CanWriter w = CanWriter.open(bytes, CanFormat.POSTCAN_TAR_GZ, "dups.tar.gz")) {
      w.append(all.get(0), all.get(0).measurementUid());
      Measurement again = all.get(1).withoutField("measurement_uid");
      String later = MeasurementUid.of(HOUR.plusSeconds(3000), again.probeCc(), again.testName(),
          MeasurementCodec.toBytes(again)).toString();
      w.append(again.withMeasurementUid(later), later);
      w.finish();
    }
    return bytes.toByteArray();
  }

  /** Every fixture measurement, once per distinct body, each with a fresh uid. */
  private static List<Measurement> distinctFixtures() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("src/test/resources/fixtures"))) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    files.add(Path.of("src/test/resources/reprocess/traceroute_routed.json"));
    Set<JsonNode> seen = new HashSet<>();
    List<Measurement> out = new ArrayList<>();
    for (Path f : files) {
      Measurement m;
      try {
        m = MeasurementCodec.parse(Files.readAllBytes(f)).withoutField("measurement_uid");
      } catch (IllegalArgumentException notAMeasurement) {
        continue;
      }
      if (seen.add(m.json())) {
        byte[] body = MeasurementCodec.toBytes(m);
        String uid = MeasurementUid.of(HOUR.plusMillis(out.size()), m.probeCc(), m.testName(), body)
            .toString();
        out.add(m.withMeasurementUid(uid));
      }
    }
    return out;
  }

  private static byte[] gzipLines(List<byte[]> lines) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      for (byte[] line : lines) {
        gz.write(line);
        gz.write('\n');
      }
    }
    return bytes.toByteArray();
  }

  private static void put(String bucket, String key, byte[] bytes) throws IOException {
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(
        FileSystems.matchNewResource("s3://" + bucket + "/" + key, false), MimeTypes.BINARY))) {
      out.write(bytes);
    }
  }
}
