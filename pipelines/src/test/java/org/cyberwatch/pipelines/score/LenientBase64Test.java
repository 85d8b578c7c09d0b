package org.cyberwatch.pipelines.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Base64 decoding as Python's base64.b64decode (values checked against CPython 3.11). */
class LenientBase64Test {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "YWJj|abc", "'YW Jj\n'|abc", "YQ==YQ==|a", "YQ==x|a", "=YQ==|a", "YWJjZA==YWJj|abcd",
    "YW=Jj|abc", "R2RGIFN0b3AgUGFnZQ==|GdF Stop Page"
  })
  void decodesLikePython(String data, String text) {
    assertEquals(text, new String(LenientBase64.decode(data), StandardCharsets.ISO_8859_1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"YQ", "YQ=", "Y", "YWJjZA", "YWJjZA="})
  void incompleteQuantumIsAnError(String data) {
    assertThrows(IllegalArgumentException.class, () -> LenientBase64.decode(data));
  }
}
