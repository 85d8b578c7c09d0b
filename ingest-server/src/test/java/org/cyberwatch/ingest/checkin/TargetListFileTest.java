package org.cyberwatch.ingest.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.cyberwatch.ingest.testing.ApiFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetListFileTest {

  @TempDir Path dir;

  /** The fixture target list. */
  static TargetList fixture() {
    try {
      return TargetListFile.read(ApiFixtures.path("api/targets.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void fixtureReadsCompletely() {
    TargetList list = fixture();

    assertEquals(List.of(9, List.of("traceroute", "dnscheck"), 4, 30.0),
        List.of(list.urls().size(), List.copyOf(list.targets().keySet()),
            list.testHelpers().get("web-connectivity").size(), list.settings().rateLimits().measurementsPerMinute()));
  }

  @Test
  void yamlFileReadsTheSame() throws IOException {
    Path yaml = dir.resolve("targets.yaml");
    Files.writeString(yaml, new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
        .writeValueAsString(ApiFixtures.json("api/targets.json")));

    assertEquals(fixture(), TargetListFile.read(yaml));
  }

  @Test
  void changedFileIsReread() throws IOException {
    Path file = Files.writeString(dir.resolve("t.json"), "{\"version\":1}");
    TargetListFile targets = TargetListFile.open(file);
    int before = targets.get().urls().size();
    Files.write(file, ApiFixtures.bytes("api/targets.json"));
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

    assertEquals(List.of(0, 9), List.of(before, targets.get().urls().size()));
  }

  @Test
  void brokenUpdateKeepsTheLastGoodList() throws IOException {
    Path file = Files.write(dir.resolve("t.json"), ApiFixtures.bytes("api/targets.json"));
    TargetListFile targets = TargetListFile.open(file);
    Files.writeString(file, "{\"version\":1,\"urls\":[{\"url\":");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

    assertEquals(9, targets.get().urls().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"version\":2}",
    "{\"version\":1,\"surprise\":true}",
    "{\"version\":1,\"urls\":[{\"url\":\"https://a.example/\",\"category_code\":\"NEWS\",\"country_code\":\"it\"}]}",
    "{\"version\":1,\"targets\":{\"Trace-Route\":[]}}",
    "{\"version\":1,\"targets\":{\"ping\":[{\"input\":\"1.1.1.1\",\"options\":{\"x\":[1]}}]}}",
    "{\"version\":1,\"settings\":{\"rate_limits\":{\"measurements_per_minute\":0,\"burst\":1}}}"})
  void invalidListIsRefusedAtStart(String content) throws IOException {
    Path file = Files.writeString(dir.resolve("t.json"), content);

    assertThrows(IllegalArgumentException.class, () -> TargetListFile.open(file));
  }
}
