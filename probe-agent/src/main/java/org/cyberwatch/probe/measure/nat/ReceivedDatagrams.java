package org.cyberwatch.probe.measure.nat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cyberwatch.probe.measure.Seconds;

/**
 * The {@code data_received} list: datagrams grouped by source and payload in order of first
 * arrival, each with the SHA-256 of the full payload, its length, a count, first and last arrival
 * and the payload as text, cut to the longest valid answer and with the probe's own addresses
 * (local ones and every address a remote reported back) replaced by {@code [scrubbed]}.
 */
final class ReceivedDatagrams {

  private static final Pattern ANSWER_HOST = Pattern.compile("^(NATDET \\S+ )(\\S+)(:\\d+)$");

  private final Set<String> addressesToScrub;

  ReceivedDatagrams(Set<String> addressesToScrub) {
    this.addressesToScrub = Set.copyOf(addressesToScrub);
  }

  ArrayNode summarize(List<NatDatagram> received, List<String> decisions) {
    Map<String, ObjectNode> groups = new LinkedHashMap<>();
    for (int i = 0; i < received.size(); i++) {
      NatDatagram d = received.get(i);
      byte[] payload = d.payload();
      String hash = sha256(payload);
      double time = Seconds.unix(d.time());
      ObjectNode group = groups.get(d.source() + " " + hash);
      if (group == null) {
        group = JsonNodeFactory.instance.objectNode();
        group.set("source_addr", d.source().toJson());
        group.put("hash", hash).put("data", scrub(payload)).put("length", payload.length);
        group.put("count", 0).put("probe_decision", decisions.get(i)).put("time_first", time);
        groups.put(d.source() + " " + hash, group);
      }
      group.put("count", group.path("count").asInt() + 1).put("time_last", time);
    }
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    groups.values().forEach(list::add);
    return list;
  }

  private String scrub(byte[] payload) {
    byte[] cut = Arrays.copyOf(payload, Math.min(payload.length, NatDetProtocol.MAX_ANSWER));
    String text = ANSWER_HOST.matcher(new String(cut, StandardCharsets.ISO_8859_1))
        .replaceFirst("$1[scrubbed]$3");
    for (String host : addressesToScrub) {
      text = text.replace("[" + host + "]", "[scrubbed]").replace(host, "[scrubbed]");
    }
    return text;
  }

  private static String sha256(byte[] payload) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
