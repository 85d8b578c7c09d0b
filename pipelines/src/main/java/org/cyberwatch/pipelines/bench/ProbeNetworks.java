package org.cyberwatch.pipelines.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The probe networks a generated corpus draws from: every (probe_cc, probe_asn) pair of the 409
 * real OONI fastpath rows in the shared corpus ({@code ooni-fastpath-rows/fastpath_rows_subset.sql},
 * ooni/backend 32d8349dc54, BSD-3-Clause; the same rows as {@code
 * schemas/src/test/resources/fixtures/ooni/rows/fastpath_ids.csv}), each weighted by how often it
 * occurs there, so the corpus has OONI's skew (US, ID and IT first) over 89 networks in 42
 * countries.
 */
final class ProbeNetworks {
  /** One probe network. */
  record Network(String cc, long asn) {}

  /** {@code CC:ASN:rows} for each distinct pair, in CC then ASN text order. */
  private static final String ROWS = String.join(" ",
      "AE:5384:1 AM:49800:1 AT:25255:2 AU:9443:2 BR:262907:2 BR:263260:2 BR:263262:1 BR:265911:2",
      "BR:266076:1 BR:266388:2 BR:268976:1 BR:271022:2 BR:27699:2 BR:28265:2 BR:28573:6",
      "BR:28669:2 BR:7738:4 CA:6327:2 CA:855:7 CH:13030:3 CH:3303:7 CO:262186:1 DE:3209:5",
      "EG:24835:3 ES:3352:1 FI:50304:1 GB:206067:2 GB:5607:5 HK:44477:1 HR:31012:1 HR:34594:1",
      "ID:149715:1 ID:7713:31 IQ:201749:4 IR:197207:2 IR:31549:5 IS:12969:3 IT:1267:1 IT:12874:2",
      "IT:30722:1 IT:3269:26 JM:13335:2 JP:2527:3 LS:33567:2 MM:133384:1 MX:28554:1 MY:4788:7",
      "MY:9534:5 NL:212238:2 NL:49981:9 NO:29695:8 PE:6147:1 PK:17557:5 RO:12302:2 RU:12389:6",
      "RU:15378:3 RU:15774:1 RU:25513:4 RU:31200:1 RU:34665:1 RU:35807:3 RU:41668:1 RU:6856:1",
      "RU:8402:2 SD:36998:1 SE:44034:1 SG:55430:12 SS:327786:2 TH:45758:2 TR:47331:2 TW:131668:2",
      "TW:18049:2 TW:3462:3 TW:7482:3 TZ:328895:1 US:13335:2 US:14615:1 US:14618:4 US:20001:2",
      "US:21928:6 US:22394:22 US:22773:32 US:33363:7 US:396122:7 US:5650:44 US:701:13 US:7018:5",
      "US:7922:10 ZA:37621:1");

  /** One entry per fastpath row: drawing uniformly from it follows the rows' distribution. */
  static final List<Network> WEIGHTED = weighted();

  private ProbeNetworks() {}

  /** A network drawn with the rows' weights. */
  static Network draw(SplittableRandom random) {
    return WEIGHTED.get(random.nextInt(WEIGHTED.size()));
  }

  private static List<Network> weighted() {
    List<Network> out = new ArrayList<>();
    for (String entry : ROWS.split(" ")) {
      String[] f = entry.split(":");
      Network n = new Network(f[0], Long.parseLong(f[1]));
      for (int i = Integer.parseInt(f[2]); i > 0; i--) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }
}
