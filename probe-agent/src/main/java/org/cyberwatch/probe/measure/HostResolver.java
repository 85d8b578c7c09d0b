package org.cyberwatch.probe.measure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Resolves a measurement target to one address; injected so tests need no DNS. */
@FunctionalInterface
public interface HostResolver {

  /**
   * The system resolver ({@link InetAddress#getByName}) for host names; IP literals are parsed by
   * {@link IpLiteral} and never reach the name service.
   */
  HostResolver SYSTEM = literalsOr(InetAddress::getByName);

  /** The first address of {@code host}, or the literal itself. */
  InetAddress resolve(String host) throws UnknownHostException;

  /**
   * A resolver that answers IP literals itself (no DNS query, no reverse lookup, no host name on
   * the result) and asks {@code names} only about host names.
   */
  static HostResolver literalsOr(HostResolver names) {
    return host -> {
      Optional<InetAddress> literal = IpLiteral.parse(host);
      return literal.isPresent() ? literal.get() : names.resolve(host);
    };
  }
}
