package org.cyberwatch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresServerTest {

  @ParameterizedTest
  @CsvSource({
    "PostgresMigrationsIT, 1, postgresmigrationsit_1",
    "my-test.Case, 7, my_test_case_7",
    "9lives, 2, db_9lives_2",
    "_under, 3, db__under_3",
    "abcdefghijabcdefghijabcdefghijabcdefghijXYZ, 12, abcdefghijabcdefghijabcdefghijabcdefghij_12",
  })
  void databaseNameIsALowerCaseIdentifierEndingInTheSequence(
      String prefix, int sequence, String expected) {
    assertEquals(expected, PostgresServer.databaseName(prefix, sequence));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void databaseNameRejectsABlankPrefix(String prefix) {
    assertThrows(IllegalArgumentException.class, () -> PostgresServer.databaseName(prefix, 1));
  }
}
