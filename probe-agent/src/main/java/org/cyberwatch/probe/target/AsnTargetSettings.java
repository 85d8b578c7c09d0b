package org.cyberwatch.probe.target;

import java.nio.file.Path;
import java.util.List;

/**
 * ASN target sets: addresses sampled from the prefixes each AS announces in a prefix2as snapshot.
 *
 * @param asns the AS numbers
 * @param pfx2asFiles CAIDA RouteViews prefix2as files (IPv4 and/or IPv6)
 * @param perAsn addresses sampled per AS
 * @param tests tests run on them
 */
public record AsnTargetSettings(List<Long> asns, List<Path> pfx2asFiles, int perAsn,
    List<String> tests) {
  public AsnTargetSettings {
    asns = List.copyOf(asns);
    pfx2asFiles = List.copyOf(pfx2asFiles);
    tests = List.copyOf(tests);
    if (perAsn < 1) {
      throw new IllegalArgumentException("perAsn: must be at least 1, got " + perAsn);
    }
    if (!asns.isEmpty() && pfx2asFiles.isEmpty()) {
      throw new IllegalArgumentException("pfx2asFiles: needed when ASNs are configured");
    }
  }

  /** Whether any AS is configured. */
  public boolean enabled() {
    return !asns.isEmpty();
  }
}
