package org.cyberwatch.probe.measure;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a measurement target to one address; injected so tests need no DNS. */
@FunctionalInterface
public interface HostResolver {

  /** The system resolver ({@link InetAddress#getByName}); IP literals are not looked up. */
  HostResolver SYSTEM = InetAddress::getByName;

  /** The first address of {@code host}, or the literal itself. */
  InetAddress resolve(String host) throws UnknownHostException;
}
