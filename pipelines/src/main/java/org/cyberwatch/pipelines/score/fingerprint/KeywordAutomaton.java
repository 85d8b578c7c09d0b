package org.cyberwatch.pipelines.score.fingerprint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over characters 0–255 (the body's keyword space is the ISO-8859-1
 * reading of UTF-8 bytes), as a complete transition table: one array read per character, every
 * occurrence of every keyword reported (overlaps included). A text character above 255 is in no
 * keyword and sends the scan back to the root. Immutable and thread-safe.
 */
final class KeywordAutomaton {
  private static final int ALPHABET = 256;

  private final int[] next;
  private final int[][] endingHere;
  private final int[] lengths;

  private KeywordAutomaton(int[] next, int[][] endingHere, int[] lengths) {
    this.next = next;
    this.endingHere = endingHere;
    this.lengths = lengths;
  }

  /** Receives one occurrence: the keyword's index and where it starts. */
  interface Hits {
    void hit(int keyword, int start);
  }

  /** The automaton of {@code keywords}, or null when one is empty or has a character above 255. */
  static KeywordAutomaton of(List<String> keywords) {
    for (String k : keywords) {
      if (k.isEmpty() || k.chars().anyMatch(c -> c >= ALPHABET)) {
        return null;
      }
    }
    List<int[]> go = new ArrayList<>();
    List<int[]> out = new ArrayList<>();
    go.add(emptyRow());
    out.add(new int[0]);
    for (int w = 0; w < keywords.size(); w++) {
      int s = 0;
      for (char c : keywords.get(w).toCharArray()) {
        if (go.get(s)[c] < 0) {
          go.get(s)[c] = go.size();
          go.add(emptyRow());
          out.add(new int[0]);
        }
        s = go.get(s)[c];
      }
      out.set(s, append(out.get(s), new int[] {w}));
    }
    return complete(go, out, keywords);
  }

  /** Breadth-first: failure links, completed transitions, outputs merged along the links. */
  private static KeywordAutomaton complete(List<int[]> go, List<int[]> out, List<String> keywords) {
    int[] fail = new int[go.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ALPHABET; c++) {
      int s = go.get(0)[c];
      if (s < 0) {
        go.get(0)[c] = 0;
      } else {
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      int r = queue.poll();
      for (int c = 0; c < ALPHABET; c++) {
        int s = go.get(r)[c];
        if (s < 0) {
          go.get(r)[c] = go.get(fail[r])[c];
        } else {
          fail[s] = r == 0 ? 0 : go.get(fail[r])[c];
          out.set(s, append(out.get(s), out.get(fail[s])));
          queue.add(s);
        }
      }
    }
    int[] next = new int[go.size() * ALPHABET];
    int[][] ending = new int[go.size()][];
    for (int s = 0; s < go.size(); s++) {
      System.arraycopy(go.get(s), 0, next, s * ALPHABET, ALPHABET);
      ending[s] = out.get(s).length == 0 ? null : out.get(s);
    }
    return new KeywordAutomaton(next, ending, keywords.stream().mapToInt(String::length).toArray());
  }

  /** Reports every occurrence of every keyword in {@code text}. */
  void scan(String text, Hits hits) {
    int s = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      s = c < ALPHABET ? next[s * ALPHABET + c] : 0;
      int[] ending = endingHere[s];
      if (ending != null) {
        for (int w : ending) {
          hits.hit(w, i - lengths[w] + 1);
        }
      }
    }
  }

  private static int[] emptyRow() {
    int[] row = new int[ALPHABET];
    Arrays.fill(row, -1);
    return row;
  }

  private static int[] append(int[] a, int[] b) {
    int[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
