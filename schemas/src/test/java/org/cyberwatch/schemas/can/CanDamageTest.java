package org.cyberwatch.schemas.can;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CanDamageTest {

  private static final List<Measurement> MEASUREMENTS = GeneratedMeasurements.generate(200);

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(
      value = CanFormat.class,
      names = {"JSONL_GZ", "JSONL_ZST"})
  void badLinesBecomeProblemEntriesAndReadingGoesOn(CanFormat format) throws IOException {
    String text =
        line(0) + "\n{not json\n" + line(1) + "\r\n{\"test_name\":\"tor\"}\n\n  \n" + line(2);

    List<String> entries = describe(read(compress(format, text.getBytes(UTF_8)), format));

    assertEquals(
        List.of("0 ok", "1 parse/invalid_json", "2 ok", "3 parse/invalid_probe_cc", "6 ok"),
        entries);
  }

  @ParameterizedTest
  @EnumSource(
      value = CanFormat.class,
      names = {"JSONL_GZ", "JSONL_ZST"})
  void goodLinesAroundBadOnesReadBackUnchanged(CanFormat format) throws IOException {
    String text = line(0) + "\n{not json\n" + line(1) + "\n";

    List<Measurement> good =
        read(compress(format, text.getBytes(UTF_8)), format).stream()
            .filter(CanEntry::ok)
            .map(CanEntry::measurement)
            .collect(Collectors.toList());

    assertEquals(MEASUREMENTS.subList(0, 2), good);
  }

  @ParameterizedTest
  @EnumSource(CanFormat.class)
  void aTruncatedCanRaisesCanFormatExceptionAfterTheEntriesBeforeTheDamage(CanFormat format)
      throws IOException {
    byte[] can = write(format, MEASUREMENTS);
    byte[] truncated = Arrays.copyOf(can, can.length / 2);
    List<CanEntry> seen = new ArrayList<>();

    CanFormatException e =
        assertThrows(
            CanFormatException.class,
            () -> {
              try (CanReader reader = open(truncated, format)) {
                reader.forEachRemaining(seen::add);
              }
            });

    List<Measurement> read = seen.stream().map(CanEntry::measurement).collect(Collectors.toList());
    assertTrue(seen.size() > 10 && seen.size() < MEASUREMENTS.size(), "read " + seen.size());
    assertEquals(MEASUREMENTS.subList(0, seen.size()), read);
    assertEquals(seen.size(), e.entriesRead());
  }

  @Test
  void aDamagedGzipChecksumIsReportedAfterTheEntriesBeforeIt() throws IOException {
    byte[] can = write(CanFormat.JSONL_GZ, MEASUREMENTS);
    can[can.length - 6] ^= 0x55;
    List<CanEntry> seen = new ArrayList<>();

    assertThrows(
        CanFormatException.class,
        () -> {
          try (CanReader reader = open(can, CanFormat.JSONL_GZ)) {
            reader.forEachRemaining(seen::add);
          }
        });

    assertEquals(
        MEASUREMENTS.subList(0, seen.size()),
        seen.stream().map(CanEntry::measurement).collect(Collectors.toList()));
    assertTrue(seen.size() > MEASUREMENTS.size() / 2, "read " + seen.size());
  }

  @Test
  void dataThatIsNoCanAtAllIsRejectedWhenOpened() {
    byte[] notACan = "just text\n".getBytes(UTF_8);

    CanFormatException e =
        assertThrows(
            CanFormatException.class,
            () ->
                CanReader.open(
                    new ByteArrayInputStream(notACan), "x.jsonl.gz", CanReader.Mode.PARSE));

    assertEquals(0, e.entriesRead());
  }

  @Test
  void anOversizedLineBecomesAProblemEntryKeepingOnlyItsStart() throws IOException {
    String big = "{\"pad\":\"" + "x".repeat(200_000) + "\"}";
    byte[] can =
        compress(
            CanFormat.JSONL_GZ, (line(0) + "\n" + big + "\n" + line(1) + "\n").getBytes(UTF_8));
    List<CanEntry> entries = new ArrayList<>();

    try (CanReader reader =
        CanReader.open(
            new ByteArrayInputStream(can), "x.jsonl.gz", CanReader.Mode.PARSE, 100_000)) {
      reader.forEachRemaining(entries::add);
    }

    assertEquals(List.of("0 ok", "1 can/oversized_entry", "2 ok"), describe(entries));
    assertEquals(JsonlSource.KEPT_PREFIX, entries.get(1).json().length);
  }

  @Test
  void postcanMembersThatAreNotJsonPostsBecomeProblemEntries() throws IOException {
    String uid = MEASUREMENTS.get(0).measurementUid();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      member(
          tar,
          "h/" + uid + ".post",
          CanRoundTripTest.post(MeasurementCodec.toBytes(MEASUREMENTS.get(0))));
      member(tar, "h/notes.txt", "not json".getBytes(UTF_8));
      member(tar, "h/yaml.post", "{\"format\":\"yaml\",\"content\":\"---\\n\"}".getBytes(UTF_8));
      member(tar, "h/none.post", "{\"format\":\"json\"}".getBytes(UTF_8));
    }

    List<CanEntry> entries = read(bytes.toByteArray(), CanFormat.POSTCAN_TAR_GZ);

    assertEquals(
        List.of("0 ok", "1 can/not_a_post", "2 can/not_a_post", "3 can/not_a_post"),
        describe(entries));
    assertEquals(uid, entries.get(0).measurementUid());
  }

  @Test
  void aPostcanEntryWithoutUidIsRefused() throws IOException {
    try (CanWriter writer = CanWriter.create(dir.resolve("x.tar.gz"), CanFormat.POSTCAN_TAR_GZ)) {
      Measurement noUid = MEASUREMENTS.get(0).withoutField("measurement_uid");

      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> writer.append(noUid, null));

      assertTrue(e.getMessage().startsWith("measurementUid:"), e.getMessage());
    }
  }

  @Test
  void aWriterRefusesToReplaceAnExistingFile() throws IOException {
    Path existing = Files.writeString(dir.resolve("x.jsonl.gz"), "keep me");

    assertThrows(
        java.nio.file.FileAlreadyExistsException.class,
        () -> CanWriter.create(existing, CanFormat.JSONL_GZ));
    assertEquals("keep me", Files.readString(existing));
  }

  private static String line(int i) {
    return MeasurementCodec.toJsonString(MEASUREMENTS.get(i));
  }

  private static List<String> describe(List<CanEntry> entries) {
    return entries.stream()
        .map(e -> e.number() + " " + (e.ok() ? "ok" : e.problem().reason()))
        .collect(Collectors.toList());
  }

  private static byte[] write(CanFormat format, List<Measurement> measurements) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CanWriter writer = CanWriter.open(out, format, "x" + format.extension())) {
      for (Measurement m : measurements) {
        writer.append(m, null);
      }
    }
    return out.toByteArray();
  }

  private static CanReader open(byte[] can, CanFormat format) throws IOException {
    return CanReader.open(
        new ByteArrayInputStream(can), "x" + format.extension(), CanReader.Mode.PARSE);
  }

  private static List<CanEntry> read(byte[] can, CanFormat format) throws IOException {
    List<CanEntry> entries = new ArrayList<>();
    try (CanReader reader = open(can, format)) {
      reader.forEachRemaining(entries::add);
    }
    return entries;
  }

  private static byte[] compress(CanFormat format, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out =
        format == CanFormat.JSONL_ZST ? new ZstdOutputStream(bytes) : new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  private static void member(TarArchiveOutputStream tar, String name, byte[] content)
      throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(name);
    e.setSize(content.length);
    tar.putArchiveEntry(e);
    tar.write(content);
    tar.closeArchiveEntry();
  }
}
