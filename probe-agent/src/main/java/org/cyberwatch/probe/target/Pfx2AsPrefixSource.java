package org.cyberwatch.probe.target;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cyberwatch.schemas.snapshot.Pfx2AsParser;

/**
 * Prefixes of a few ASes from CAIDA RouteViews prefix2as snapshots. The files are streamed once and
 * only the wanted ASes' prefixes are kept (a full table would not fit a small node's heap); a
 * prefix with several origins (MOAS, AS-set) counts for each of them.
 */
public final class Pfx2AsPrefixSource implements PrefixSource {
  private final Map<Long, List<String>> prefixes;

  private Pfx2AsPrefixSource(Map<Long, List<String>> prefixes) {
    this.prefixes = prefixes;
  }

  /** Reads {@code files} keeping the prefixes of {@code asns}. */
  public static Pfx2AsPrefixSource read(List<Path> files, Set<Long> asns) throws IOException {
    Map<Long, List<String>> out = new HashMap<>();
    for (Path file : files) {
      Pfx2AsParser.parse(file, entry -> {
        for (long asn : entry.origin().asns()) {
          if (asns.contains(asn)) {
            out.computeIfAbsent(asn, a -> new ArrayList<>()).add(entry.prefix().toString());
          }
        }
      });
    }
    Map<Long, List<String>> frozen = new HashMap<>();
    out.forEach((asn, list) -> frozen.put(asn, List.copyOf(list)));
    return new Pfx2AsPrefixSource(Map.copyOf(frozen));
  }

  @Override
  public List<String> prefixesOf(long asn) {
    return prefixes.getOrDefault(asn, List.of());
  }
}
