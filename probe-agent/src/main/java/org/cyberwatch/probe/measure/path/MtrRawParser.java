package org.cyberwatch.probe.measure.path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@code mtr --raw} output: {@code x <pos> <seq>} (probe sent), {@code h <pos> <addr>} (host
 * seen at that position), {@code p <pos> <usec> <seq>} (reply; attributed to the last host seen at
 * that position) and {@code d} (names, ignored). Position 0 is TTL {@code firstTtl}. mtr also
 * probes past the destination; the trace ends at the first position where the destination
 * answered, as mtr's own report does. {@code --json} is not used because it has only per-hop
 * aggregates, while the test keys need each RTT.
 */
public final class MtrRawParser {

  /** Per position: probes sent, and replies (RTTs in ms) per responding address. */
  private record Position(int sent, Map<String, List<Double>> replies) {}

  /** Parses a trace towards {@code dst} made with {@code options}. */
  public Trace parse(String raw, String dst, TraceOptions options) throws ToolOutputException {
    TreeMap<Integer, Position> positions = read(raw);
    int last = positions.isEmpty() ? -1 : positions.lastKey();
    Integer reached = positions.entrySet().stream()
        .filter(e -> e.getValue().replies().containsKey(dst)).map(Map.Entry::getKey).findFirst()
        .orElse(null);
    int end = reached != null ? reached : last;
    List<TraceHop> hops = new ArrayList<>();
    for (int pos = 0; pos <= end; pos++) {
      int ttl = options.firstTtl() + pos;
      Position p = positions.getOrDefault(pos, new Position(0, Map.of()));
      int sent = Math.max(1, p.sent());
      if (p.replies().isEmpty()) {
        hops.add(TraceHop.star(ttl, sent));
      }
      p.replies().forEach((addr, rtts) ->
          hops.add(new TraceHop(ttl, addr, sent, rtts.size(), rtts, null, null, null)));
    }
    int probeCount = positions.values().stream().mapToInt(Position::sent).sum();
    String stop = reached != null ? "COMPLETED"
        : options.firstTtl() + last >= options.maxTtl() ? "HOPLIMIT" : "GAPLIMIT";
    return new Trace("icmp", null, options.attempts(), options.firstTtl(), null, null, stop,
        options.firstTtl() + end, probeCount, hops, false);
  }

  private static TreeMap<Integer, Position> read(String raw) throws ToolOutputException {
    TreeMap<Integer, Integer> sent = new TreeMap<>();
    Map<Integer, String> host = new TreeMap<>();
    Map<Integer, Map<String, List<Double>>> replies = new TreeMap<>();
    for (String line : raw.split("\n")) {
      String[] f = line.strip().split("\\s+");
      if (f.length < 2 || f[0].isEmpty()) {
        continue;
      }
      int pos = position(f, line);
      switch (f[0]) {
        case "x" -> sent.merge(pos, 1, Integer::sum);
        case "h" -> host.put(pos, field(f, 2, line));
        case "p" -> {
          String addr = host.get(pos);
          if (addr == null) {
            throw new ToolOutputException("mtr", "reply before any host at position " + pos);
          }
          replies.computeIfAbsent(pos, k -> new LinkedHashMap<>())
              .computeIfAbsent(addr, k -> new ArrayList<>())
              .add(Long.parseLong(field(f, 2, line)) / 1000.0);
        }
        default -> { }
      }
    }
    TreeMap<Integer, Position> positions = new TreeMap<>();
    sent.forEach((pos, n) -> positions.put(pos, new Position(n, replies.getOrDefault(pos,
        Map.of()))));
    replies.forEach((pos, r) -> positions.putIfAbsent(pos, new Position(0, r)));
    return positions;
  }

  private static int position(String[] f, String line) throws ToolOutputException {
    try {
      return Integer.parseInt(f[1]);
    } catch (NumberFormatException e) {
      throw new ToolOutputException("mtr", "bad position in '" + line + "'");
    }
  }

  private static String field(String[] f, int i, String line) throws ToolOutputException {
    if (f.length <= i) {
      throw new ToolOutputException("mtr", "short line '" + line + "'");
    }
    return f[i];
  }
}
