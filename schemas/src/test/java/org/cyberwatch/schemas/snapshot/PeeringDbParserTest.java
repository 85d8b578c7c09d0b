package org.cyberwatch.schemas.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeeringDbParserTest {

  private static final Path OBJECTS = Fixtures.dated(Fixtures.PEERINGDB);

  @Test
  void readsIxsLansPrefixesNetsOrgsAndPortsFromPerTypeFiles() throws IOException {
    PeeringDbSnapshot s = PeeringDbParser.read(OBJECTS);
    assertEquals(
        List.of(3, 3, 4, 3, 7, 2),
        List.of(
            s.ixes().size(),
            s.ixlanToIx().size(),
            s.prefixes().size(),
            s.nets().size(),
            s.orgs().size(),
            s.netIxLans().size()));
  }

  @ParameterizedTest
  @CsvSource({
    "1, 206.223.116.0/23, 1, ix b7b05aa8",
    "2, 2001:504:0:1::/64, 1, ix b7b05aa8",
    "3, 206.223.123.0/24, 2, ix e7eccd56",
    "4, 2001:504:0:3::/64, 2, ix e7eccd56"
  })
  void tiesEachIxPrefixToItsIxThroughTheLan(long id, String prefix, long ixId, String ixName)
      throws IOException {
    PeeringDbSnapshot s = PeeringDbParser.read(OBJECTS);
    PeeringDbIxPrefix p = s.prefixes().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    assertEquals(prefix, p.prefix().toString());
    assertEquals(
        new PeeringDbIx(ixId, ixName, "Chicago", "US"), s.ixOfLan(p.ixlanId()).orElseThrow());
  }

  @Test
  void readsNetworksAndTheirPorts() throws IOException {
    PeeringDbSnapshot s = PeeringDbParser.read(OBJECTS);
    assertEquals(new PeeringDbNet(1, 63312, "net 25304adc", 1), s.nets().get(63312L));
    assertEquals(
        new PeeringDbNetIxLan(
            63312, 1, 1, IpPrefix.address("206.223.116.101"), IpPrefix.address("2001:504:0:1::65")),
        s.netIxLans().get(0));
  }

  @Test
  void combinedDumpReadsLikeThePerTypeFiles(@TempDir Path dir) throws IOException {
    Path dump = combinedDump(dir);
    assertEquals(PeeringDbParser.read(OBJECTS), PeeringDbParser.read(dump));
  }

  @Test
  void skipsObjectsWhoseStatusIsNotOk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("peeringdb_2_dump_2024_01_01.json");
    Files.writeString(
        file,
        "{\"net\":{\"data\":[{\"id\":1,\"asn\":64500,\"name\":\"a\",\"org_id\":1,"
            + "\"status\":\"deleted\"},{\"id\":2,\"asn\":64501,\"name\":\"b\",\"org_id\":1,"
            + "\"status\":\"ok\"}]},\"fac\":{\"data\":[{\"id\":9}]}}");
    assertEquals(
        Map.of(64501L, new PeeringDbNet(2, 64501, "b", 1)), PeeringDbParser.read(file).nets());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "[]",
        "{\"ixpfx\":{\"data\":[{\"id\":1,\"ixlan_id\":1,\"prefix\":\"nonsense\"}]}}",
        "{\"net\":{\"data\":[{\"id\":1,\"name\":\"no asn\"}]}}",
        "{\"ix\":{\"data\":[{\"id\":1"
      })
  void failsOnMalformedDumpsNamingTheFile(String json, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("peeringdb_2_dump_2024_01_01.json");
    Files.writeString(file, json);
    SnapshotFormatException e =
        assertThrows(SnapshotFormatException.class, () -> PeeringDbParser.read(file));
    assertEquals(file, e.file());
  }

  /** {@code {"ix":{"data":[…]}, …}} built from the corpus object files, as CAIDA archives it. */
  static Path combinedDump(Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    for (String type : List.of("org", "net", "ix", "ixlan", "ixpfx", "netixlan")) {
      root.set(type, mapper.readTree(OBJECTS.resolve(type + "-0.json").toFile()));
    }
    Path dump = dir.resolve("peeringdb_2_dump_2023_05_01.json");
    mapper.writeValue(dump.toFile(), root);
    return dump;
  }
}
