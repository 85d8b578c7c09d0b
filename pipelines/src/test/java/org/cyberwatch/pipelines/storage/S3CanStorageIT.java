package org.cyberwatch.pipelines.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.cyberwatch.schemas.can.CanEntry;
import org.cyberwatch.schemas.can.CanFormat;
import org.cyberwatch.schemas.can.CanKey;
import org.cyberwatch.schemas.can.CanReader;
import org.cyberwatch.schemas.can.CanWriter;
import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.cyberwatch.testing.S3Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A can in each format written to the real S3 server and read back through Beam's S3 filesystem
 * with the path-style client factory, the way {@code reprocess --input=s3://…} reads cans.
 */
class S3CanStorageIT {
  private static final String BUCKET = "cans-it";
  private static final int MEASUREMENTS = 2_000;
  private static final Instant HOUR = Instant.parse("2024-01-01T00:00:00Z");

  @BeforeAll
  static void s3FileSystem() {
    S3Server s3 = S3Server.shared();
    s3.createBucket(BUCKET);
    TestS3FileSystem.use(s3);
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void canReadsBackIdenticallyFromS3(CanFormat format) throws IOException {
    List<Measurement> written = measurements();
    CanKey key = CanKey.of(HOUR, "IT", "web_connectivity", "1", format.ordinal(), format);
    String url = "s3://" + BUCKET + "/" + key.toPath();

    write(url, format, written);
    List<Measurement> read = read(url);

    assertEquals(written, read);
    assertEquals(List.of(url), matches("s3://" + BUCKET + "/raw/20240101/00/IT/*/*" + format.extension()));
  }

  private static void write(String url, CanFormat format, List<Measurement> measurements)
      throws IOException {
    ResourceId target = FileSystems.matchNewResource(url, false);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(target, MimeTypes.BINARY));
        CanWriter writer = CanWriter.open(out, format, target.getFilename())) {
      for (Measurement m : measurements) {
        writer.append(m, m.measurementUid());
      }
      writer.finish();
    }
  }

  private static List<Measurement> read(String url) throws IOException {
    ResourceId source = FileSystems.matchSingleFileSpec(url).resourceId();
    try (InputStream in = Channels.newInputStream(FileSystems.open(source));
        CanReader reader = CanReader.open(in, source.getFilename(), CanReader.Mode.PARSE);
        Stream<CanEntry> entries = reader.stream()) {
      return entries.map(CanEntry::measurement).collect(Collectors.toList());
    }
  }

  private static List<String> matches(String glob) throws IOException {
    List<String> found = new ArrayList<>();
    for (MatchResult.Metadata m : FileSystems.match(glob).metadata()) {
      found.add(m.resourceId().toString());
    }
    return found;
  }

  private static List<Measurement> measurements() throws IOException {
    byte[] real = Files.readAllBytes(Path.of("src/test/resources/storage/web_connectivity.json"));
    Measurement base = MeasurementCodec.parse(real);
    List<Measurement> out = new ArrayList<>();
    for (int i = 0; i < MEASUREMENTS; i++) {
      Measurement m = base.withField("input", TextNode.valueOf("https://example.org/" + i));
      byte[] body = MeasurementCodec.toBytes(m);
      String uid = MeasurementUid.of(HOUR.plusMillis(i), "IT", "web_connectivity", body).toString();
      out.add(m.withMeasurementUid(uid));
    }
    return out;
  }
}
