package org.cyberwatch.pipelines.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.cyberwatch.pipelines.parse.MeasurementFilter;
import org.cyberwatch.schemas.can.CanIndex;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The collector seals each hour as a can pair of the same measurements (postcan and JSONL can,
 * plus the postcan's index sidecar): a glob over one format lists each measurement's can once,
 * as the demo's {@code --input} does; {@code raw/**} lists both cans of the pair.
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
}
