package org.cyberwatch.schemas.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pfx2AsParserTest {

  @ParameterizedTest
  @CsvSource({Fixtures.PFX2AS_V4 + ", 22115", Fixtures.PFX2AS_V6 + ", 119"})
  void readsEveryLineOfTheRealExcerpts(String file, long lines) throws IOException {
    assertEquals(lines, Pfx2AsParser.parse(Fixtures.dated(file), e -> {}));
  }

  /** Lines as they appear in the RouteViews excerpts. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        Fixtures.PFX2AS_V4 + "; 0; 1.0.0.0/24; 13335",
        Fixtures.PFX2AS_V4 + "; 1; 1.0.4.0/22; 56203",
        Fixtures.PFX2AS_V6 + "; 0; 2001::/32; 6939_1101_25192",
        Fixtures.PFX2AS_V6 + "; 1; 2001:4:112::/48; 112"
      })
  void keepsPrefixAndOriginOfEachLine(String file, int index, String prefix, String origin)
      throws IOException {
    Pfx2AsEntry entry = entries(Fixtures.dated(file)).get(index);
    assertEquals(new Pfx2AsEntry(IpPrefix.parse(prefix), RouteOrigin.parse(origin)), entry);
  }

  @Test
  void findsMoasAndAsSetLinesOfTheRealExcerpt() throws IOException {
    List<Pfx2AsEntry> v4 = entries(Fixtures.dated(Fixtures.PFX2AS_V4));
    assertEquals(117, v4.stream().filter(e -> e.origin().moas()).count());
    assertEquals(
        List.of("16.105.113.0/24"),
        v4.stream().filter(e -> e.origin().asSet()).map(e -> e.prefix().toString()).toList());
  }

  @Test
  void sharesOneOriginObjectPerOriginText() throws IOException {
    List<Pfx2AsEntry> v4 = entries(Fixtures.dated(Fixtures.PFX2AS_V4));
    assertSame(v4.get(1).origin(), v4.get(2).origin());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "1.0.0.0\t24; expected prefix, length, origin",
        "1.0.0.1\t24\t13335; host bits",
        "1.0.0.0\t24\tAS13335; bad AS number",
        "1.0.0.0\tx\t13335; For input string",
        "1.0.0.0\t24\t13335\textra; expected prefix, length, origin"
      })
  void failsOnAMalformedLineNamingFileAndLine(String badLine, String problem, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("routeviews-rv2-20240101-1200.pfx2as");
    Files.writeString(file, "# comment\n1.0.4.0\t22\t56203\n\n" + badLine + "\n");
    SnapshotFormatException e =
        assertThrows(SnapshotFormatException.class, () -> Pfx2AsParser.parse(file, x -> {}));
    assertEquals(4, e.line());
    assertTrue(
        e.getMessage().contains(file + ":4: ") && e.getMessage().contains(problem), e.getMessage());
  }

  private static List<Pfx2AsEntry> entries(Path file) throws IOException {
    List<Pfx2AsEntry> out = new ArrayList<>();
    Pfx2AsParser.parse(file, out::add);
    return out;
  }
}
