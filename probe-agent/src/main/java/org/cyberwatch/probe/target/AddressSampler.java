package org.cyberwatch.probe.target;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Samples distinct host addresses from a set of prefixes, each prefix weighted by its size (so a
 * /16 gives more samples than a /24), skipping the first and last address of IPv4 blocks of 4 or
 * more (network and broadcast). IPv6 prefixes are used only when no IPv4 prefix exists.
 */
public final class AddressSampler {
  private static final int TRIES_PER_SAMPLE = 20;

  private final Random random;

  /** A sampler drawing from {@code random} (seeded in tests). */
  public AddressSampler(Random random) {
    this.random = random;
  }

  /** Up to {@code count} distinct addresses from {@code prefixes} (CIDR text). */
  public List<String> sample(List<String> prefixes, int count) {
    List<IPAddress> blocks = new ArrayList<>();
    for (String p : prefixes) {
      IPAddress a = new IPAddressString(p).getAddress();
      if (a != null) {
        blocks.add(a.toPrefixBlock());
      }
    }
    List<IPAddress> v4 = blocks.stream().filter(IPAddress::isIPv4).toList();
    List<IPAddress> pool = v4.isEmpty() ? blocks : v4;
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < count * TRIES_PER_SAMPLE && out.size() < count && !pool.isEmpty(); i++) {
      IPAddress block = pick(pool);
      out.add(hostIn(block).toCanonicalString());
    }
    return List.copyOf(out);
  }

  private IPAddress pick(List<IPAddress> pool) {
    BigInteger total = BigInteger.ZERO;
    for (IPAddress b : pool) {
      total = total.add(b.getCount());
    }
    BigInteger r = new BigInteger(total.bitLength() + 8, random).mod(total);
    for (IPAddress b : pool) {
      r = r.subtract(b.getCount());
      if (r.signum() < 0) {
        return b;
      }
    }
    return pool.get(pool.size() - 1);
  }

  private IPAddress hostIn(IPAddress block) {
    BigInteger size = block.getCount();
    BigInteger offset;
    if (block.isIPv4() && size.compareTo(BigInteger.valueOf(4)) >= 0) {
      offset = BigInteger.ONE.add(
          new BigInteger(size.bitLength() + 8, random).mod(size.subtract(BigInteger.TWO)));
    } else {
      offset = new BigInteger(size.bitLength() + 8, random).mod(size);
    }
    BigInteger value = block.getLower().getValue().add(offset);
    IPAddress lower = block.getLower().withoutPrefixLength();
    return block.isIPv4()
        ? new IPAddressString(inet4(value)).getAddress()
        : lower.getNetwork().getAddressCreator().createAddress(toBytes(value, 16));
  }

  private static String inet4(BigInteger value) {
    long v = value.longValue();
    return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
  }

  private static byte[] toBytes(BigInteger value, int length) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[length];
    int copy = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
    return out;
  }
}
