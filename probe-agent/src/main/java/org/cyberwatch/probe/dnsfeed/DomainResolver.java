package org.cyberwatch.probe.dnsfeed;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/** Resolves a domain to addresses; the system resolver by default, a fake in tests. */
public interface DomainResolver {

  /** The domain's addresses; empty when it does not resolve. */
  List<InetAddress> resolve(String domain) throws InterruptedException;

  /** The system resolver ({@link InetAddress#getAllByName}). */
  static DomainResolver system() {
    return domain -> {
      try {
        return Arrays.asList(InetAddress.getAllByName(domain));
      } catch (UnknownHostException e) {
        return List.of();
      }
    };
  }
}
