package org.cyberwatch.pipelines.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cyberwatch.pipelines.parse.MeasurementFilter;
import org.cyberwatch.schemas.can.CanIndex;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The collector seals each hour as a can pair of the same measurements (postcan and JSONL can,
 * plus the postcan's index sidecar): a glob over one format lists each measurement's can once,
 * as the demo's {@code --input} does; {@code raw/**} lists both cans of the pair, and
 * {@link CanInputs#oneOfEachPair} keeps the JSONL can of each pair (OONI's uploader writes the same
 * pairs), postcans without a twin and everything else.
 */
class CanInputsTest {

  private static final String HOUR = "raw/20261121/09/ZZ/peerlocator/2026112109_ZZ_peerlocator.n1.0";

  @TempDir
  static Path cans;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "raw/**.tar.gz   | .tar.gz",
    "raw/**.jsonl.gz | .jsonl.gz",
    "raw/**          | .jsonl.gz .tar.gz",
  })
  void globOverOneFormatListsEachHourOnce(String glob, String expected) throws Exception {
    for (String suffix : List.of(".tar.gz", ".jsonl.gz", ".tar.gz" + CanIndex.SIDECAR_SUFFIX)) {
      Path can = cans.resolve(HOUR + suffix);
      Files.createDirectories(can.getParent());
      if (!Files.exists(can)) {
        Files.write(can, new byte[] {1});
      }
    }
    List<CanFile> listed = CanInputs.fromGlobs(cans.resolve(glob).toString(),
        MeasurementFilter.all());
    assertEquals(expected, listed.stream().map(c -> c.path().substring(c.path().indexOf(".n1.0")
        + 5)).sorted().collect(Collectors.joining(" ")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "a.n0.0.tar.gz a.n0.0.jsonl.gz                | a.n0.0.jsonl.gz",
    "a.n0.0.tar.gz a.n0.0.jsonl.zst               | a.n0.0.jsonl.zst",
    "a.n0.0.tar.gz a.n0.1.jsonl.gz                | a.n0.0.tar.gz a.n0.1.jsonl.gz",
    "a.n0.0.tar.gz                                | a.n0.0.tar.gz",
    "a.n0.0.jsonl.gz a.n0.0.jsonl.zst             | a.n0.0.jsonl.gz a.n0.0.jsonl.zst",
    "x/a.n0.0.tar.gz y/a.n0.0.jsonl.gz            | x/a.n0.0.tar.gz y/a.n0.0.jsonl.gz",
    "a.n0.0.tar.gz a.n0.0.jsonl.gz b.n0.0.tar.gz  | a.n0.0.jsonl.gz b.n0.0.tar.gz",
  })
  void oneOfEachPairKeepsTheJsonlTwinOfAPostcan(String listed, String kept) {
    List<CanFile> cans = Stream.of(listed.split(" ")).map(p -> new CanFile("s3://b/raw/" + p, 1))
        .toList();
    assertEquals(kept, CanInputs.oneOfEachPair(cans).stream()
        .map(c -> c.path().substring("s3://b/raw/".length())).collect(Collectors.joining(" ")));
  }
}
