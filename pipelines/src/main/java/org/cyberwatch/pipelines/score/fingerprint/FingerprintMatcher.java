package org.cyberwatch.pipelines.score.fingerprint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Matches DNS answers, HTTP bodies and HTTP headers against a {@link Fingerprints} list. Every
 * method returns the matching fingerprints in list order (fastpath's order), each at most once
 * per call. Immutable and thread-safe; build it once (e.g. in a DoFn's {@code @Setup}).
 *
 * <p>Pattern types follow the blocking-fingerprints format: {@code full} (equality), {@code
 * prefix}, {@code contains} and {@code regexp} ({@code find}), at every location. The cost of a
 * match does not grow with the number of literal patterns (see {@link PatternIndex}).
 */
public final class FingerprintMatcher {

  private final List<Fingerprint> all;
  private final PatternIndex dns;
  private final PatternIndex body;
  private final Map<String, PatternIndex> headers;

  private FingerprintMatcher(Fingerprints fingerprints) {
    this.all = fingerprints.all();
    Map<String, List<Integer>> byLocation = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      byLocation.computeIfAbsent(all.get(i).locationFound(), k -> new ArrayList<>()).add(i);
    }
    this.dns = index(byLocation.getOrDefault("dns", List.of()), s -> s);
    this.body = index(byLocation.getOrDefault("body", List.of()), FingerprintMatcher::asBytes);
    Map<String, List<Integer>> byHeader = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      String header = all.get(i).headerName();
      if (header != null) {
        byHeader.computeIfAbsent(header, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, PatternIndex> h = new HashMap<>();
    byHeader.forEach((name, ids) -> h.put(name, index(ids, s -> s)));
    this.headers = Map.copyOf(h);
  }

  /** A matcher over {@code fingerprints}. */
  public static FingerprintMatcher of(Fingerprints fingerprints) {
    return new FingerprintMatcher(fingerprints);
  }

  /** DNS fingerprints matching one answer (an IPv4/IPv6 address or a host name). */
  public List<Fingerprint> matchDnsAnswer(String answer) {
    BitSet hits = new BitSet();
    dns.collect(answer, () -> answer, hits);
    return toList(hits);
  }

  /** Body fingerprints matching a text body (patterns are searched in its UTF-8 bytes). */
  public List<Fingerprint> matchBody(String text) {
    BitSet hits = new BitSet();
    body.collect(asBytes(text), () -> text, hits);
    return toList(hits);
  }

  /** Body fingerprints matching a raw body, e.g. one decoded from base64. */
  public List<Fingerprint> matchBody(byte[] raw) {
    BitSet hits = new BitSet();
    body.collect(new String(raw, StandardCharsets.ISO_8859_1),
        () -> new String(raw, StandardCharsets.UTF_8), hits);
    return toList(hits);
  }

  /**
   * Header fingerprints matching the headers of one response.
   *
   * @param lowerCaseNameToValue header names in lower case, each with its value
   */
  public List<Fingerprint> matchHeaders(Map<String, String> lowerCaseNameToValue) {
    BitSet hits = new BitSet();
    lowerCaseNameToValue.forEach((name, value) -> {
      PatternIndex index = headers.get(name);
      if (index != null && value != null) {
        index.collect(value, () -> value, hits);
      }
    });
    return toList(hits);
  }

  private PatternIndex index(List<Integer> ids, UnaryOperator<String> form) {
    List<Fingerprint> fps = new ArrayList<>(ids.size());
    ids.forEach(i -> fps.add(all.get(i)));
    return new PatternIndex(fps, ids, form);
  }

  private List<Fingerprint> toList(BitSet hits) {
    List<Fingerprint> out = new ArrayList<>(hits.cardinality());
    hits.stream().forEach(i -> out.add(all.get(i)));
    return out;
  }

  /** The ISO-8859-1 reading of a string's UTF-8 bytes: byte-wise search with a char automaton. */
  private static String asBytes(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }
}
