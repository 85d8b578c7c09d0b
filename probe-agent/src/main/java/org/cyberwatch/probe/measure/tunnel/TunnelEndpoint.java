package org.cyberwatch.probe.measure.tunnel;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A circumvention endpoint as Open Tunnel Telemetry writes it: {@code proto://ip:port}, IPv6 in
 * brackets (e.g. {@code ss://1.1.1.1:443}, {@code tls://[2001:db8::1]:443}).
 *
 * @param proto protocol, lower case ({@code ss}, {@code openvpn}, {@code tls}, …)
 * @param host IP address literal (IPv6 without brackets)
 * @param port TCP port
 */
public record TunnelEndpoint(String proto, String host, int port) {

  /** Protocols that run over TLS, so a TLS handshake is part of reaching the endpoint. */
  public static final Set<String> TLS_PROTOCOLS = Set.of("tls", "https", "trojan", "wss");

  private static final Pattern ENDPOINT = Pattern.compile(
      "^([a-z][a-z0-9+.-]*)://([0-9]{1,3}(?:\\.[0-9]{1,3}){3}|\\[[0-9A-Fa-f:.]+\\]):([0-9]{1,5})$");

  public TunnelEndpoint {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535: " + port);
    }
  }

  /** Parses {@code proto://ip:port}; host names are refused (the format wants an address). */
  public static TunnelEndpoint parse(String input) {
    Matcher m = input == null ? null : ENDPOINT.matcher(input);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("input must be proto://ip:port: " + input);
    }
    String host = m.group(2).startsWith("[") ? m.group(2).substring(1, m.group(2).length() - 1)
        : m.group(2);
    return new TunnelEndpoint(m.group(1), host, Integer.parseInt(m.group(3)));
  }

  /** Whether reaching this endpoint includes a TLS handshake. */
  public boolean usesTls() {
    return TLS_PROTOCOLS.contains(proto);
  }

  InetSocketAddress socketAddress() {
    return new InetSocketAddress(host, port);
  }

  /** {@code proto://ip:port} as in the report. */
  @Override
  public String toString() {
    return proto + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
