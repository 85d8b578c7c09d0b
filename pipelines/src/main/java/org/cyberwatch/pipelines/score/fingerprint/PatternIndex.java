package org.cyberwatch.pipelines.score.fingerprint;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.ahocorasick.trie.Trie;

/**
 * The patterns of one location (dns, body or one header), indexed so that one pass over a value
 * finds every match: full patterns by hash lookup, prefix and contains patterns with one
 * Aho–Corasick automaton (a prefix match is a keyword hit at offset 0), regular expressions one
 * by one (the only part that grows with the number of patterns; real lists have a handful), each
 * only when the same automaton pass found its leading literal ({@link RequiredLiteral}).
 *
 * <p>Literal patterns live in a "keyword space" chosen by the caller: the body index maps each
 * pattern to the ISO-8859-1 reading of its UTF-8 bytes, so raw (base64-decoded) bodies and text
 * bodies are searched as bytes with the same automaton.
 */
final class PatternIndex {

  private final Map<String, List<Integer>> full = new HashMap<>();
  /** The lengths of the full patterns: a value of another length skips hashing (bodies are long). */
  private final BitSet fullLengths = new BitSet();
  private final Map<String, List<Integer>> prefix = new HashMap<>();
  private final Map<String, List<Integer>> contains = new HashMap<>();
  private final List<Pattern> regexps = new ArrayList<>();
  private final List<Integer> regexpIds = new ArrayList<>();
  /** Per regexp, the automaton keyword every match starts with, or -1 (then it always runs). */
  private final int[] regexpKeyword;
  /** The literal keywords, in the automaton's numbering. */
  private final List<String> keywords;
  /** Null when a keyword does not fit it (a character above 255): then the library trie. */
  private final KeywordAutomaton automaton;
  private final Trie trie;

  /**
   * @param ids global index of each fingerprint (same order as {@code fingerprints})
   * @param keywordForm maps a literal pattern into the keyword space
   */
  PatternIndex(List<Fingerprint> fingerprints, List<Integer> ids, UnaryOperator<String> keywordForm) {
    for (int i = 0; i < fingerprints.size(); i++) {
      Fingerprint f = fingerprints.get(i);
      int id = ids.get(i);
      switch (f.patternType()) {
        case FULL -> {
          String key = keywordForm.apply(f.pattern());
          add(full, key, id);
          fullLengths.set(key.length());
        }
        case PREFIX -> add(prefix, keywordForm.apply(f.pattern()), id);
        case CONTAINS -> add(contains, keywordForm.apply(f.pattern()), id);
        case REGEXP -> {
          regexps.add(PythonRegex.compile(f.pattern()));
          regexpIds.add(id);
        }
      }
    }
    List<String> keywords = new ArrayList<>(new LinkedHashSet<>(prefix.keySet()));
    contains.keySet().stream().filter(k -> !prefix.containsKey(k)).forEach(keywords::add);
    List<String> required = regexps.stream()
        .map(r -> RequiredLiteral.of(r.pattern())).map(l -> l == null ? null : keywordForm.apply(l))
        .toList();
    required.stream().filter(l -> l != null && !keywords.contains(l)).distinct()
        .forEach(keywords::add);
    this.keywords = List.copyOf(keywords);
    automaton = keywords.isEmpty() ? null : KeywordAutomaton.of(keywords);
    regexpKeyword = required.stream()
        .mapToInt(l -> l == null || automaton == null ? -1 : keywords.indexOf(l)).toArray();
    if (automaton != null || keywords.isEmpty()) {
      trie = null;
    } else {
      Trie.TrieBuilder b = Trie.builder();
      prefix.keySet().forEach(b::addKeyword);
      contains.keySet().forEach(b::addKeyword);
      trie = b.build();
    }
  }

  /**
   * Adds the ids of every fingerprint matching a value to {@code out}.
   *
   * @param keywords the value in keyword space
   * @param text the value as text, for regular expressions (computed only when needed)
   */
  void collect(String keywords, Supplier<String> text, BitSet out) {
    List<Integer> exact = fullLengths.get(keywords.length()) ? full.get(keywords) : null;
    if (exact != null) {
      exact.forEach(out::set);
    }
    BitSet seen = new BitSet();
    if (automaton != null) {
      automaton.scan(keywords, (w, start) -> {
        seen.set(w);
        hit(this.keywords.get(w), start, out);
      });
    } else if (trie != null) {
      trie.parseText(keywords, emit -> {
        List<Integer> anywhere = contains.get(emit.getKeyword());
        if (anywhere != null) {
          anywhere.forEach(out::set);
        }
        List<Integer> atStart = prefix.get(emit.getKeyword());
        if (atStart != null && emit.getStart() == 0) {
          atStart.forEach(out::set);
        }
        return true;
      });
    }
    String s = null;
    for (int i = 0; i < regexps.size(); i++) {
      if (regexpKeyword[i] >= 0 && !seen.get(regexpKeyword[i])) {
        continue; // its leading literal is not in the value: it cannot match
      }
      s = s == null ? text.get() : s;
      if (regexps.get(i).matcher(s).find()) {
        out.set(regexpIds.get(i));
      }
    }
  }

  private void hit(String keyword, int start, BitSet out) {
    List<Integer> anywhere = contains.get(keyword);
    if (anywhere != null) {
      anywhere.forEach(out::set);
    }
    List<Integer> atStart = prefix.get(keyword);
    if (atStart != null && start == 0) {
      atStart.forEach(out::set);
    }
  }

  private static void add(Map<String, List<Integer>> map, String key, int id) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
  }
}
