package org.cyberwatch.schemas.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaIdTest {

  /** Keywords whose "properties" constrain rather than declare, so need no description. */
  private static final Set<String> CONDITIONAL_KEYWORDS = Set.of("if", "then", "else", "not");

  @ParameterizedTest
  @EnumSource(SchemaId.class)
  void everySchemaIsDraft202012AndDeclaresTheIdItIsLoadedUnder(SchemaId id) {
    JsonNode schema = Fixtures.read("jsonschema/" + id.path());

    assertEquals(
        List.of("https://json-schema.org/draft/2020-12/schema", id.uri().toString()),
        List.of(schema.path("$schema").asText(), schema.path("$id").asText()));
  }

  @ParameterizedTest
  @EnumSource(
      value = SchemaId.class,
      names = {
        "MEASUREMENT",
        "OPEN_REPORT_REQUEST",
        "OPEN_REPORT_RESPONSE",
        "SUBMIT_REQUEST",
        "SUBMIT_RESPONSE",
        "CHECK_IN_REQUEST",
        "CHECK_IN_RESPONSE",
        "TUNNEL_TELEMETRY_REPORT",
        "TUNNEL_TELEMETRY_SCRUBBED_REPORT",
        "TRACEROUTE_TEST_KEYS",
        "PING_TEST_KEYS",
        "TCP_CONNECT_TEST_KEYS",
        "HTTP_VS_HTTPS_TEST_KEYS",
        "PEER_LOCATOR_TEST_KEYS",
        "PEER_HTTP_REACHABLE_TEST_KEYS",
        "UDP_NAT_DETECTION_TEST_KEYS",
        "TUNNEL_TELEMETRY_TEST_KEYS"
      })
  void everyPropertyOfCyberwatchOwnSchemasHasADescription(SchemaId id) {
    List<String> undocumented = new ArrayList<>();
    collectUndocumented(Fixtures.read("jsonschema/" + id.path()), "#", undocumented);

    assertEquals(List.of(), undocumented);
  }

  private static void collectUndocumented(JsonNode node, String where, List<String> undocumented) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUndocumented(node.get(i), where + "/" + i, undocumented);
      }
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = field.getKey();
      if (CONDITIONAL_KEYWORDS.contains(key)) {
        continue;
      }
      if (key.equals("properties")) {
        field.getValue().properties().stream()
            .filter(p -> !p.getValue().has("description"))
            .forEach(p -> undocumented.add(where + "/properties/" + p.getKey()));
      }
      collectUndocumented(field.getValue(), where + "/" + key, undocumented);
    }
  }

  @ParameterizedTest
  @EnumSource(value = SchemaId.class, names = ".*_TEST_KEYS", mode = EnumSource.Mode.MATCH_ALL)
  void testKeysSchemaIsFoundByItsTestName(SchemaId id) {
    assertEquals(Optional.of(id), SchemaId.forTestName(id.testName().orElseThrow()));
  }

  @Test
  void olderOoniTestNameFindsTheCurrentSchema() {
    assertEquals(
        Optional.of(SchemaId.STUNREACHABILITY_TEST_KEYS),
        SchemaId.forTestName("stun_reachability"));
  }

  @Test
  void testWithoutSchemaIsNotFound() {
    assertEquals(Optional.empty(), SchemaId.forTestName("dash"));
  }
}
