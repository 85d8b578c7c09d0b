package org.cyberwatch.pipelines.score.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ahocorasick.trie.Trie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The automaton reports the same occurrences as the Aho–Corasick library it replaces. */
class KeywordAutomatonTest {

  static Stream<Arguments> cases() {
    List<String> k = List.of("he", "she", "his", "hers", "a", "aa", "<title>Blocked",
        "\u00c3\u00a9t\u00c3\u00a9", "Access Denied");
    return Stream.of(
        Arguments.of(k, "ushers"),
        Arguments.of(k, "aaaa"),
        Arguments.of(k, ""),
        Arguments.of(k, "<html><title>Blocked by order</title> she said hers is his"),
        Arguments.of(k, "caf\u00c3\u00a9t\u00c3\u00a9 \u0100 aa\u4e2daa Access Denied."),
        Arguments.of(List.of("abcd", "bc", "c", "bcdx"), "abcdxabcbcd"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportsEveryOccurrenceTheLibraryTrieReports(List<String> keywords, String text) {
    Trie.TrieBuilder b = Trie.builder();
    keywords.forEach(b::addKeyword);
    Set<String> expected = new TreeSet<>();
    b.build().parseText(text, emit -> expected.add(emit.getKeyword() + "@" + emit.getStart()));
    Set<String> actual = new TreeSet<>();
    KeywordAutomaton.of(keywords).scan(text, (w, start) -> actual.add(keywords.get(w) + "@" + start));
    assertEquals(expected, actual);
  }

  @Test
  void declinesKeywordsOutsideItsAlphabet() {
    assertNull(KeywordAutomaton.of(List.of("ok", "\u4e2d")));
  }
}
