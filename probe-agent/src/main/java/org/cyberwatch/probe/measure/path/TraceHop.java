package org.cyberwatch.probe.measure.path;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.cyberwatch.probe.measure.Seconds;

/**
 * What one TTL showed from one responding address ({@code addr} null: nothing answered, a '*' hop).
 *
 * @param ttl the probes' TTL
 * @param addr the address that answered, or null
 * @param probesSent probes sent at this TTL
 * @param replies replies from {@code addr}
 * @param rtts round-trip times in milliseconds, one per reply
 * @param replyTtl IP TTL of the first reply, null when the tool does not say
 * @param icmpType ICMP type of the first reply, null when unknown
 * @param icmpCode ICMP code of the first reply, null when unknown
 */
public record TraceHop(int ttl, String addr, int probesSent, int replies, List<Double> rtts,
    Integer replyTtl, Integer icmpType, Integer icmpCode) {
  public TraceHop {
    if (ttl < 1 || ttl > 255) {
      throw new IllegalArgumentException("ttl must be 1..255: " + ttl);
    }
    if (probesSent < 1) {
      throw new IllegalArgumentException("probesSent must be >= 1: " + probesSent);
    }
    rtts = List.copyOf(Objects.requireNonNull(rtts, "rtts"));
    if (replies != rtts.size()) {
      throw new IllegalArgumentException("replies must equal the number of rtts: " + replies);
    }
    if (addr == null && replies != 0) {
      throw new IllegalArgumentException("addr must be set when there are replies");
    }
  }

  /** A TTL where none of {@code probesSent} probes was answered. */
  public static TraceHop star(int ttl, int probesSent) {
    return new TraceHop(ttl, null, probesSent, 0, List.of(), null, null, null);
  }

  /** 1 - replies / probes sent, never below 0 (duplicates can outnumber probes). */
  public double loss() {
    return Math.max(0.0, Seconds.round(1.0 - (double) replies / probesSent, 3));
  }

  /**
   * The hop as test keys; {@code withReplyDetails} adds reply_ttl, icmp_type and icmp_code (tools
   * that do not report them leave them out rather than claim a '*').
   */
  ObjectNode toJson(boolean withReplyDetails) {
    ObjectNode hop = JsonNodeFactory.instance.objectNode();
    hop.put("ttl", ttl).put("addr", addr).put("probes_sent", probesSent).put("replies", replies);
    rtts.forEach(hop.putArray("rtts")::add);
    hop.put("loss", loss());
    if (withReplyDetails) {
      hop.put("reply_ttl", replyTtl).put("icmp_type", icmpType).put("icmp_code", icmpCode);
    }
    return hop;
  }
}
