package org.cyberwatch.schemas.snapshot;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the snapshot fixtures (see src/test/resources/snapshots/README.md). */
final class Fixtures {

  static final String PFX2AS_V4 = "routeviews-rv2-20230501-1200.pfx2as.gz";
  static final String PFX2AS_V6 = "routeviews-rv6-20230501-1200.pfx2as.gz";
  static final String AS2ORG = "20230401.as-org2info.txt";
  static final String PEERINGDB = "peeringdb_2_dump_2023_05_01";
  static final String APNIC = "delegated-apnic-extended-20230501";
  static final String RIPENCC = "delegated-ripencc-extended-20230501";

  private Fixtures() {}

  /** The dated snapshot directory. */
  static Path dated() {
    try {
      return Path.of(Fixtures.class.getResource("/snapshots/dated").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file of the dated snapshot directory. */
  static Path dated(String name) {
    return dated().resolve(name);
  }
}
