package org.cyberwatch.probe.measure;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Maps a Java network exception to OONI's failure vocabulary (df-007, with the tokens of
 * ooni/probe-cli's netxlite): {@code connection_refused}, {@code connection_reset}, {@code
 * generic_timeout_error}, {@code host_unreachable}, {@code network_unreachable}, {@code eof_error},
 * {@code dns_nxdomain_error}, {@code ssl_invalid_hostname}, {@code ssl_unknown_authority}, {@code
 * ssl_invalid_certificate}, {@code ssl_failed_handshake}; anything else becomes {@code
 * unknown_failure: <exception> <message>} with IP addresses in the message scrubbed.
 *
 * <p>The whole cause chain is inspected, because the JDK HTTP client and TLS engine wrap the socket
 * error that tells what happened.
 */
public final class FailureVocabulary {

  public static final String CONNECTION_REFUSED = "connection_refused";
  public static final String CONNECTION_RESET = "connection_reset";
  public static final String GENERIC_TIMEOUT = "generic_timeout_error";
  public static final String HOST_UNREACHABLE = "host_unreachable";
  public static final String NETWORK_UNREACHABLE = "network_unreachable";
  public static final String EOF = "eof_error";
  public static final String DNS_NXDOMAIN = "dns_nxdomain_error";
  public static final String SSL_INVALID_HOSTNAME = "ssl_invalid_hostname";
  public static final String SSL_UNKNOWN_AUTHORITY = "ssl_unknown_authority";
  public static final String SSL_INVALID_CERTIFICATE = "ssl_invalid_certificate";
  public static final String SSL_FAILED_HANDSHAKE = "ssl_failed_handshake";

  private static final Pattern IPV4 = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b");
  private static final Pattern IPV6 =
      Pattern.compile("(?<![\\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\\w:])");

  private FailureVocabulary() {}

  /** The df-007 token for {@code failure}; never null. */
  public static String of(Throwable failure) {
    List<Throwable> chain = chain(failure);
    String tls = tlsFailure(chain);
    if (tls != null) {
      return tls;
    }
    for (Throwable t : chain) {
      String token = socketFailure(t);
      if (token != null) {
        return token;
      }
    }
    if (chain.stream().anyMatch(SSLException.class::isInstance)) {
      return SSL_FAILED_HANDSHAKE;
    }
    return unknown(failure);
  }

  /** {@code unknown_failure: <details>} with IP addresses in the details scrubbed. */
  public static String unknown(String details) {
    String scrubbed = IPV6.matcher(IPV4.matcher(details).replaceAll("[scrubbed]"))
        .replaceAll("[scrubbed]");
    return "unknown_failure: " + scrubbed.replace('\n', ' ').strip();
  }

  private static String unknown(Throwable failure) {
    String message = failure.getMessage() == null ? "" : " " + failure.getMessage();
    return unknown(failure.getClass().getSimpleName() + message);
  }

  private static List<Throwable> chain(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static String tlsFailure(List<Throwable> chain) {
    for (Throwable t : chain) {
      String message = lower(t);
      if (message.contains("no subject alternative") || message.contains("no name matching")) {
        return SSL_INVALID_HOSTNAME;
      }
      if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException) {
        return SSL_INVALID_CERTIFICATE;
      }
      if (t instanceof CertPathBuilderException
          || t instanceof CertPathValidatorException
          || message.contains("unable to find valid certification path")) {
        return SSL_UNKNOWN_AUTHORITY;
      }
    }
    return null;
  }

  private static String socketFailure(Throwable t) {
    String message = lower(t);
    if (t instanceof UnknownHostException) {
      return DNS_NXDOMAIN;
    }
    if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
        || message.contains("timed out")) {
      return GENERIC_TIMEOUT;
    }
    if (message.contains("network is unreachable")) {
      return NETWORK_UNREACHABLE;
    }
    if (t instanceof NoRouteToHostException || message.contains("no route to host")
        || message.contains("host is unreachable")) {
      return HOST_UNREACHABLE;
    }
    if (t instanceof ConnectException && message.contains("refused")) {
      return CONNECTION_REFUSED;
    }
    if (message.contains("connection reset")) {
      return CONNECTION_RESET;
    }
    if (t instanceof EOFException || message.contains("terminated the handshake")
        || message.contains("received no bytes") || message.contains("unexpected end of stream")
        || message.contains("connection closed")) {
      return EOF;
    }
    return null;
  }

  private static String lower(Throwable t) {
    return t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
  }
}
