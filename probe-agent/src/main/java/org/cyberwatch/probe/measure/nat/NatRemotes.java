package org.cyberwatch.probe.measure.nat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The helpers of one NAT detection run, parsed from the test input {@code main=<addr>,<addr>…
 * [alt=<addr>,…]} where each address is {@code ip:port} ({@code [v6]:port}).
 *
 * @param mains main remotes: the probe sends to them and they answer; at least two hosts
 * @param alts alternate remotes: they only answer (another port of a main host, or another host)
 */
public record NatRemotes(List<TransportAddress> mains, List<TransportAddress> alts) {
  public NatRemotes {
    mains = List.copyOf(mains);
    alts = List.copyOf(alts);
    if (mains.stream().map(TransportAddress::host).distinct().count() < 2) {
      throw new IllegalArgumentException("mains must name at least two different hosts: " + mains);
    }
  }

  /** Parses {@code main=a:1,b:2 alt=a:3,c:4} (the {@code alt=} part is optional). */
  public static NatRemotes parse(String input) {
    if (input == null) {
      throw new IllegalArgumentException("input must be main=<ip:port>,<ip:port> [alt=…]");
    }
    List<TransportAddress> mains = new ArrayList<>();
    List<TransportAddress> alts = new ArrayList<>();
    for (String part : input.trim().split("\\s+")) {
      List<TransportAddress> target = part.startsWith("main=") ? mains
          : part.startsWith("alt=") ? alts : null;
      if (target == null) {
        throw new IllegalArgumentException("expected main=… or alt=…: " + part);
      }
      for (String addr : part.substring(part.indexOf('=') + 1).split(",")) {
        if (!addr.isEmpty()) {
          target.add(TransportAddress.parse(addr));
        }
      }
    }
    return new NatRemotes(mains, alts);
  }

  /** The hosts of the main remotes. */
  Set<String> mainHosts() {
    return mains.stream().map(TransportAddress::host).collect(Collectors.toSet());
  }
}
