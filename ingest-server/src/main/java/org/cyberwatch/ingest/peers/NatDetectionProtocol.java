package org.cyberwatch.ingest.peers;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UDP NAT-detection exchange (CENO2 testbed, {@code test_keys/udp_nat_detection.schema.json}):
 * a probe sends {@code NATDET <16 hex digits>}; the remote answers {@code NATDET <same digits>
 * <ip>:<port>} with the transport address it saw (IPv6 in brackets). Anything else is dropped.
 */
public final class NatDetectionProtocol {

  /** Length of a valid request, {@code NATDET 0123456789abcdef}. */
  public static final int REQUEST_LENGTH = 23;

  private static final Pattern REQUEST = Pattern.compile("NATDET [0-9a-f]{16}");

  private NatDetectionProtocol() {}

  /** The answer to {@code length} bytes from {@code from}, or empty when they are not a request. */
  public static Optional<byte[]> reply(byte[] data, int length, InetSocketAddress from) {
    if (length != REQUEST_LENGTH) {
      return Optional.empty();
    }
    String request = new String(data, 0, length, StandardCharsets.US_ASCII);
    if (!REQUEST.matcher(request).matches()) {
      return Optional.empty();
    }
    String host = AddressText.canonical(from.getAddress().getHostAddress());
    String seen = from.getAddress() instanceof Inet6Address ? "[" + host + "]" : host;
    return Optional.of((request + " " + seen + ":" + from.getPort()).getBytes(StandardCharsets.US_ASCII));
  }
}
