package org.cyberwatch.schemas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Neo4jSchemaTest {

  static List<String> statements() {
    return Neo4jSchema.statements();
  }

  @ParameterizedTest
  @MethodSource("statements")
  void everyStatementIsIdempotent(String statement) {
    assertTrue(statement.contains(" IF NOT EXISTS "), statement);
  }

  @Test
  void declaresAUniquenessConstraintPerNodeIdentifier() {
    List<String> unique =
        Neo4jSchema.statements().stream().filter(s -> s.endsWith("IS UNIQUE")).toList();
    assertEquals(
        List.of(
            "CREATE CONSTRAINT as_asn IF NOT EXISTS FOR (n:AS) REQUIRE n.asn IS UNIQUE",
            "CREATE CONSTRAINT prefix_prefix IF NOT EXISTS FOR (n:Prefix) REQUIRE n.prefix IS UNIQUE",
            "CREATE CONSTRAINT ixp_id IF NOT EXISTS FOR (n:IXP) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE"),
        unique);
  }

  @Test
  void parseDropsCommentLinesAndSplitsOnSemicolons() {
    String script = "// header\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:X) ON (n.y);\n\n// next\nRETURN 1;\n";
    assertEquals(
        List.of("CREATE INDEX a IF NOT EXISTS\n  FOR (n:X) ON (n.y)", "RETURN 1"),
        Neo4jSchema.parse(script));
  }

  @Test
  void parseOfOnlyCommentsIsEmpty() {
    assertEquals(List.of(), Neo4jSchema.parse("// nothing\n\n// here\n"));
  }
}
