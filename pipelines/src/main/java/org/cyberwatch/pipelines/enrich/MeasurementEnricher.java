package org.cyberwatch.pipelines.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.snapshot.AsnMetadata;
import org.cyberwatch.schemas.snapshot.IpMetadata;
import org.cyberwatch.schemas.snapshot.IpMetadataLookup;

/**
 * Enriches one measurement from one snapshot set: the probe's AS, the resolver, traceroute/ping
 * hops and DNS answers (web_connectivity {@code queries[].answers[]}, dnscheck/urlgetter likewise).
 * Pure given the lookup; a null lookup (no snapshots configured) yields unknowns.
 */
public final class MeasurementEnricher {
  private MeasurementEnricher() {}

  /** The enrichment of {@code m} from {@code lookup} (may be null). */
  public static Enrichment enrich(Measurement m, IpMetadataLookup lookup) {
    long probeAsn = m.probeAsnNumber();
    if (lookup == null) {
      AsnMetadata probe = probeAsn > 0 ? AsnMetadata.unknown(probeAsn) : null;
      return new Enrichment(probe, null, hopsUnknown(m), List.of(), List.of());
    }
    IpMetadata resolver = lookupOrNull(lookup, m.resolverIp());
    List<IpMetadata> hops = new ArrayList<>();
    for (JsonNode hop : m.testKeys().path("hops")) {
      hops.add(lookupOrNull(lookup, text(hop.get("addr"))));
    }
    List<IpMetadata> answers = new ArrayList<>();
    for (String ip : dnsAnswerAddresses(m.testKeys())) {
      answers.add(lookup.lookup(ip));
    }
    AsnMetadata probe = probeAsn > 0 ? lookup.asn(probeAsn) : null;
    return new Enrichment(probe, resolver, hops, answers, lookup.provenance());
  }

  private static List<IpMetadata> hopsUnknown(Measurement m) {
    List<IpMetadata> hops = new ArrayList<>();
    m.testKeys().path("hops").forEach(h -> hops.add(null));
    return hops;
  }

  private static IpMetadata lookupOrNull(IpMetadataLookup lookup, String ip) {
    if (ip == null || ip.isBlank()) {
      return null;
    }
    try {
      return lookup.lookup(ip);
    } catch (IllegalArgumentException notAnAddress) {
      return null;
    }
  }

  /** Distinct A/AAAA answers of every query, in order of appearance. */
  static Set<String> dnsAnswerAddresses(JsonNode testKeys) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode query : testKeys.path("queries")) {
      for (JsonNode answer : query.path("answers")) {
        add(out, answer.get("ipv4"));
        add(out, answer.get("ipv6"));
      }
    }
    return out;
  }

  private static void add(Set<String> out, JsonNode ip) {
    String s = text(ip);
    if (s != null && !s.isBlank()) {
      out.add(s);
    }
  }

  private static String text(JsonNode node) {
    return node == null || !node.isTextual() ? null : node.asText();
  }
}
