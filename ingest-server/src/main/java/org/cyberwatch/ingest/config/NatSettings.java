package org.cyberwatch.ingest.config;

/**
 * The UDP NAT-detection remotes: the main socket answers from itself and from each alternate.
 *
 * @param main main address and UDP port
 * @param altPort alternate UDP port on the main host, or 0 for none
 * @param altAddress alternate local address answering on the main port, or null for none
 */
public record NatSettings(ListenAddress main, int altPort, String altAddress) {

  /** Checks the ports. */
  public NatSettings {
    if (main == null) {
      throw new IllegalArgumentException("main: must not be null");
    }
    if (altPort < 0 || altPort > 65535 || (altPort != 0 && altPort == main.port())) {
      throw new IllegalArgumentException("altPort: must be 1-65535 and differ from the main port, or 0");
    }
  }
}
