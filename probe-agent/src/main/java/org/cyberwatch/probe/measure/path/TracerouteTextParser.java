package org.cyberwatch.probe.measure.path;

import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text output of Debian's {@code traceroute -n} (2.1): a header with the packet size and
 * one line per TTL of addresses, RTTs ({@code 0.043 ms}), '*' for unanswered probes and {@code !H}
 * style annotations for ICMP unreachable replies. The stop reason is inferred: COMPLETED when the
 * last line is the destination, UNREACH after an annotation, HOPLIMIT at the maximum TTL.
 */
public final class TracerouteTextParser {

  private static final Pattern HEADER =
      Pattern.compile("^traceroute to \\S+ \\((\\S+)\\), (\\d+) hops max, (\\d+) byte packets");
  private static final Pattern HOP_LINE = Pattern.compile("^\\s*(\\d+)\\s+(.*)$");

  /** Parses an ICMP ({@code -I}) trace made with {@code options}. */
  public Trace parse(String text, TraceOptions options) throws ToolOutputException {
    String[] lines = text.split("\n");
    Matcher header = lines.length == 0 ? null : HEADER.matcher(lines[0]);
    if (header == null || !header.find()) {
      throw new ToolOutputException("traceroute", "no 'traceroute to' header");
    }
    String dst = header.group(1);
    int maxTtl = Integer.parseInt(header.group(2));
    List<TraceHop> hops = new ArrayList<>();
    int probeCount = 0;
    int lastTtl = 0;
    boolean unreachable = false;
    for (int i = 1; i < lines.length; i++) {
      Matcher m = HOP_LINE.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      lastTtl = Integer.parseInt(m.group(1));
      Line line = Line.parse(m.group(2), lines[i]);
      probeCount += line.probes();
      unreachable = line.unreachable();
      hops.addAll(line.hops(lastTtl));
    }
    TraceHop last = hops.isEmpty() ? null : hops.get(hops.size() - 1);
    String stop = last != null && dst.equals(last.addr()) ? "COMPLETED" : unreachable ? "UNREACH"
        : lastTtl >= maxTtl ? "HOPLIMIT" : "NONE";
    return new Trace("icmp", null, options.attempts(), options.firstTtl(),
        (double) options.waitSeconds(), Integer.parseInt(header.group(3)), stop, lastTtl,
        probeCount, hops, false);
  }

  /** The probes of one TTL line: RTTs per address in order of appearance, and lost probes. */
  private record Line(Map<String, List<Double>> rtts, int probes, boolean unreachable) {

    static Line parse(String rest, String line) throws ToolOutputException {
      Map<String, List<Double>> rtts = new LinkedHashMap<>();
      String addr = null;
      int probes = 0;
      boolean unreachable = false;
      String[] tokens = rest.trim().split("\\s+");
      for (int i = 0; i < tokens.length; i++) {
        String t = tokens[i];
        if (t.equals("*")) {
          probes++;
        } else if (t.startsWith("!")) {
          unreachable = true;
        } else if (i + 1 < tokens.length && tokens[i + 1].equals("ms")) {
          if (addr == null) {
            throw new ToolOutputException("traceroute", "RTT before address in '" + line + "'");
          }
          rtts.get(addr).add(Double.parseDouble(t));
          probes++;
          i++;
        } else if (new IPAddressString(t).isIPAddress()) {
          addr = t;
          rtts.computeIfAbsent(addr, a -> new ArrayList<>());
        } else {
          throw new ToolOutputException("traceroute", "unexpected '" + t + "' in '" + line + "'");
        }
      }
      return new Line(rtts, probes, unreachable);
    }

    List<TraceHop> hops(int ttl) {
      int sent = Math.max(1, probes);
      if (rtts.values().stream().allMatch(List::isEmpty)) {
        return List.of(TraceHop.star(ttl, sent));
      }
      List<TraceHop> hops = new ArrayList<>();
      rtts.forEach((addr, r) -> hops.add(new TraceHop(ttl, addr, sent, r.size(), r, null, null,
          null)));
      return hops;
    }
  }
}
