package org.cyberwatch.schemas.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * IP and AS metadata from one set of dated snapshot files, never from the network: the origin
 * AS(es) of the most specific prefix2as prefix (IPv4 and IPv6), the AS's name, organization and
 * country (CAIDA as2org, PeeringDB), the RIR delegation country of the address, and the IX whose
 * peering LAN holds it (PeeringDB).
 *
 * <p>Build once per {@link SnapshotSelection} with {@link #load}; afterwards immutable and safe to
 * share between threads. A lookup parses the address without regex, walks four tries and allocates
 * little more than its result.
 */
public final class IpMetadataLookup {

  private static final Logger LOG = LoggerFactory.getLogger(IpMetadataLookup.class);

  private final List<SnapshotProvenance> provenance;
  private final RoutedFamily v4;
  private final RoutedFamily v6;
  private final DelegationTable delegations;
  private final IxpTable ixps;
  private final AsnDirectory asns;

  private IpMetadataLookup(
      List<SnapshotProvenance> provenance,
      RoutedFamily v4,
      RoutedFamily v6,
      DelegationTable delegations,
      IxpTable ixps,
      AsnDirectory asns) {
    this.provenance = List.copyOf(provenance);
    this.v4 = v4;
    this.v6 = v6;
    this.delegations = delegations;
    this.ixps = ixps;
    this.asns = asns;
  }

  /** Scans {@code snapshotDir}, chooses the snapshots for {@code day} and loads them. */
  public static IpMetadataLookup forDay(Path snapshotDir, LocalDate day) throws IOException {
    return load(SnapshotCatalog.scan(snapshotDir).select(day));
  }

  /** Reads every file of the selection; absent datasets leave their fields unknown. */
  public static IpMetadataLookup load(SnapshotSelection selection) throws IOException {
    long started = System.nanoTime();
    Optional<SnapshotFile> as2orgFile = selection.file(SnapshotKind.AS2ORG);
    As2OrgSnapshot as2org =
        as2orgFile.isPresent()
            ? As2OrgParser.read(as2orgFile.get().path())
            : As2OrgSnapshot.empty();
    Optional<SnapshotFile> pdbFile = selection.file(SnapshotKind.PEERINGDB);
    PeeringDbSnapshot pdb =
        pdbFile.isPresent()
            ? PeeringDbParser.read(pdbFile.get().path())
            : PeeringDbSnapshot.empty();
    List<Path> rirFiles = new ArrayList<>();
    selection.files(SnapshotKind.RIR_DELEGATED).forEach(f -> rirFiles.add(f.path()));
    DelegationTable delegations = DelegationTable.read(rirFiles);
    IxpTable ixps = IxpTable.of(pdb);
    AsnDirectory asns = AsnDirectory.build(as2org, pdb, ixps, delegations);
    RoutedFamily v4 = routes(selection, SnapshotKind.PFX2AS_V4, asns, as2org);
    RoutedFamily v6 = routes(selection, SnapshotKind.PFX2AS_V6, asns, as2org);
    LOG.info(
        "IP metadata for {} loaded in {} ms: {} IPv4 and {} IPv6 prefixes, {} ASes in as2org,"
            + " {} RIR prefixes, {} IX LAN prefixes; snapshots {}",
        selection.day(),
        (System.nanoTime() - started) / 1_000_000,
        v4 == null ? 0 : v4.table().size(),
        v6 == null ? 0 : v6.table().size(),
        as2org.ases().size(),
        delegations.prefixes(),
        ixps.lanPrefixes(),
        selection.provenance());
    return new IpMetadataLookup(selection.provenance(), v4, v6, delegations, ixps, asns);
  }

  private static RoutedFamily routes(
      SnapshotSelection selection, SnapshotKind kind, AsnDirectory asns, As2OrgSnapshot as2org)
      throws IOException {
    Optional<SnapshotFile> file = selection.file(kind);
    if (file.isEmpty()) {
      return null;
    }
    RouteTable table = RouteTable.read(file.get().path(), kind == SnapshotKind.PFX2AS_V6);
    return new RoutedFamily(table, asns, as2org);
  }

  /**
   * Metadata of one address (IPv4, IPv6, or IPv4-mapped IPv6, looked up as IPv4). Never throws for
   * a valid address: special-purpose space and addresses outside every prefix get a result with
   * that status.
   *
   * @throws IllegalArgumentException naming the input when it is not an IP address
   */
  public IpMetadata lookup(String ip) {
    IpPrefix address = AddressParser.parse(ip);
    if (address.ipv6() && address.hi() == 0 && (address.lo() >>> 32) == 0xFFFF) {
      address = IpPrefix.ipv4(address.lo(), 32);
    }
    if (SpecialPurposeRanges.contains(address)) {
      return IpMetadata.unknown(ip, AddressStatus.SPECIAL_PURPOSE, provenance);
    }
    RirCountry rir = delegations.of(address);
    Ixp ixp = ixps.lanOf(address);
    long portAsn = ixp == null ? 0 : ixps.portAsn(address);
    RoutedFamily family = address.ipv6() ? v6 : v4;
    if (family == null) {
      String rirCc = rir == null ? null : rir.cc();
      return new IpMetadata(
          ip,
          AddressStatus.NO_ROUTING_DATA,
          null,
          null,
          null,
          rirCc,
          rir,
          ixp,
          portAsn,
          provenance);
    }
    return family.lookup(ip, address, rir, ixp, portAsn, provenance);
  }

  /**
   * Metadata of an AS number; {@link AsnMetadata#unknown} when no snapshot knows it.
   *
   * @throws IllegalArgumentException when {@code asn} is not in 1..2^32-1
   */
  public AsnMetadata asn(long asn) {
    return asns.get(AsNumbers.check(asn));
  }

  /**
   * The prefixes {@code asn} originates (alone, in a MOAS or in an AS-set) in the chosen prefix2as
   * snapshots, canonical text, IPv4 then IPv6, each in address order.
   */
  public List<String> prefixesOf(long asn) {
    AsNumbers.check(asn);
    List<String> out = new ArrayList<>();
    for (RoutedFamily family : new RoutedFamily[] {v4, v6}) {
      if (family != null) {
        family.table().prefixesOf(asn).forEach(p -> out.add(p.toString()));
      }
    }
    return List.copyOf(out);
  }

  /** The snapshots this lookup was built from. */
  public List<SnapshotProvenance> provenance() {
    return provenance;
  }
}
