package org.cyberwatch.probe.measure.path;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text output of iputils {@code ping -n}: the header for the packet size, one line per
 * reply ({@code icmp_seq=… time=… ms}; {@code (DUP!)} lines ignored) and the summary for the number
 * of packets transmitted. Lines about errors (e.g. {@code Destination Host Unreachable}) are not
 * replies.
 */
public final class PingTextParser {

  private static final Pattern HEADER = Pattern.compile("^PING \\S+ \\(\\S+\\) \\d+\\((\\d+)\\)");
  private static final Pattern REPLY =
      Pattern.compile("^\\d+ bytes from \\S+ icmp_seq=(\\d+) .*time=([0-9.]+) ms(.*)$");
  private static final Pattern SUMMARY = Pattern.compile("^(\\d+) packets transmitted, (\\d+) ");

  /** Parses a run made with {@code options}. */
  public PingRun parse(String text, PingOptions options) throws ToolOutputException {
    Integer probeSize = null;
    Integer sent = null;
    TreeMap<Integer, Double> bySeq = new TreeMap<>();
    for (String line : text.split("\n")) {
      Matcher m;
      if ((m = HEADER.matcher(line)).find()) {
        probeSize = Integer.parseInt(m.group(1));
      } else if ((m = REPLY.matcher(line)).find() && !m.group(3).contains("DUP!")) {
        bySeq.putIfAbsent(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)));
      } else if ((m = SUMMARY.matcher(line)).find()) {
        sent = Integer.parseInt(m.group(1));
      }
    }
    if (sent == null) {
      throw new ToolOutputException("ping", "no 'packets transmitted' summary");
    }
    return new PingRun("icmp-echo", null, probeSize, options.intervalSeconds(),
        (double) options.waitSeconds(), sent, new ArrayList<>(bySeq.values()));
  }
}
