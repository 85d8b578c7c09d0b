package org.cyberwatch.probe.measure.nat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies the datagrams of one NAT detection run (pure: no sockets, no clock). Each datagram
 * gets a probe decision; NAT mapping and filtering (RFC 4787) are guessed only from what arrived:
 * mapping from the first valid answer of each main remote ({@code uncertain} if one is missing),
 * filtering from answers of alternate remotes ({@code probable} when none got through, which proves
 * nothing by itself).
 */
public final class NatClassifier {

  private final String testId;
  private final NatRemotes remotes;
  private final int sourcePort;
  private final Set<String> localHosts;

  /**
   * @param localHosts canonical text of the probe's local addresses towards the remotes
   */
  public NatClassifier(String testId, NatRemotes remotes, int sourcePort, Set<String> localHosts) {
    this.testId = testId;
    this.remotes = remotes;
    this.sourcePort = sourcePort;
    this.localHosts = Set.copyOf(localHosts);
  }

  /** {@code nat_type}, {@code mapped_addrs} and {@code data_received} for {@code received}. */
  public ObjectNode classify(List<NatDatagram> received) {
    Map<TransportAddress, TransportAddress> firstValid = new LinkedHashMap<>();
    List<String> decisions = new ArrayList<>();
    Set<String> seenHosts = new LinkedHashSet<>(localHosts);
    for (NatDatagram d : received) {
      Optional<NatDetProtocol.Answer> answer = NatDetProtocol.parseAnswer(d.payload());
      String decision = decide(d.source(), answer);
      decisions.add(decision);
      answer.ifPresent(a -> seenHosts.add(a.mapped().host()));
      if (decision.startsWith("valid")) {
        firstValid.putIfAbsent(d.source(), answer.orElseThrow().mapped());
      }
    }
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.put("nat_type", "map:" + mapping(firstValid) + " filter:" + filtering(decisions));
    result.set("mapped_addrs", mappedAddrs(firstValid));
    result.set("data_received", new ReceivedDatagrams(seenHosts).summarize(received, decisions));
    return result;
  }

  private String decide(TransportAddress source, Optional<NatDetProtocol.Answer> answer) {
    if (answer.isEmpty()) {
      return "invalid_malformed";
    }
    if (!answer.get().testId().equals(testId)) {
      return "invalid_notmyrequest";
    }
    if (remotes.mains().contains(source)) {
      return "valid";
    }
    if (remotes.alts().contains(source)) {
      return remotes.mainHosts().contains(source.host()) ? "valid_altport" : "valid_althost";
    }
    return "invalid_badremote";
  }

  private String mapping(Map<TransportAddress, TransportAddress> firstValid) {
    if (!firstValid.keySet().containsAll(remotes.mains())) {
      return "uncertain";
    }
    Set<TransportAddress> mapped = new LinkedHashSet<>();
    remotes.mains().forEach(main -> mapped.add(firstValid.get(main)));
    if (mapped.size() > 1) {
      return "addr-or-port-dep";
    }
    TransportAddress only = mapped.iterator().next();
    return localHosts.contains(only.host()) && only.port() == sourcePort ? "none"
        : "endpoint-indep";
  }

  private String filtering(List<String> decisions) {
    if (remotes.alts().isEmpty()) {
      return "ignored";
    }
    if (decisions.contains("valid_althost")) {
      return "endpoint-indep";
    }
    return decisions.contains("valid_altport") ? "port-indep" : "probable";
  }

  private ArrayNode mappedAddrs(Map<TransportAddress, TransportAddress> firstValid) {
    List<String> publicHosts = new ArrayList<>();
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    firstValid.forEach((remote, mapped) -> {
      if (!publicHosts.contains(mapped.host())) {
        publicHosts.add(mapped.host());
      }
      ObjectNode entry = list.addObject();
      entry.set("remote", remote.toJson());
      entry.put("mapped_host_index", publicHosts.indexOf(mapped.host()));
      entry.put("mapped_host_is_local", localHosts.contains(mapped.host()));
      entry.put("mapped_port", mapped.port());
    });
    return list;
  }
}
