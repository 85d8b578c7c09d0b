package org.cyberwatch.probe.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.security.cert.CertificateExpiredException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailureVocabularyTest {

  private static SSLHandshakeException handshake(String message, Throwable cause) {
    SSLHandshakeException e = new SSLHandshakeException(message);
    e.initCause(cause);
    return e;
  }

  static Stream<Arguments> exceptions() {
    return Stream.of(
        Arguments.of(new ConnectException("Connection refused"), "connection_refused"),
        Arguments.of(new ConnectException("Connection refused: /10.0.0.1:80"),
            "connection_refused"),
        Arguments.of(new IOException("wrapped", new ConnectException("Connection refused")),
            "connection_refused"),
        Arguments.of(new SocketException("Connection reset"), "connection_reset"),
        Arguments.of(new SocketException("Connection reset by peer"), "connection_reset"),
        Arguments.of(new SocketTimeoutException("Connect timed out"), "generic_timeout_error"),
        Arguments.of(new HttpConnectTimeoutException("HTTP connect timed out"),
            "generic_timeout_error"),
        Arguments.of(new NoRouteToHostException("No route to host"), "host_unreachable"),
        Arguments.of(new ConnectException("Network is unreachable"), "network_unreachable"),
        Arguments.of(new UnknownHostException("nx.example"), "dns_nxdomain_error"),
        Arguments.of(new EOFException("EOF reached while reading"), "eof_error"),
        Arguments.of(new IOException("HTTP/1.1 header parser received no bytes"), "eof_error"),
        Arguments.of(handshake("Remote host terminated the handshake", new EOFException()),
            "eof_error"),
        Arguments.of(handshake("No subject alternative names matching IP address 127.0.0.1 "
            + "found", null), "ssl_invalid_hostname"),
        Arguments.of(handshake("PKIX path building failed: unable to find valid certification "
            + "path to requested target", null), "ssl_unknown_authority"),
        Arguments.of(handshake("expired", new CertificateExpiredException("NotAfter")),
            "ssl_invalid_certificate"),
        Arguments.of(handshake("Received fatal alert: handshake_failure", null),
            "ssl_failed_handshake"),
        Arguments.of(new IOException("Cannot assign requested address 10.1.2.3 and fe80::1"),
            "unknown_failure: IOException Cannot assign requested address [scrubbed] and "
                + "[scrubbed]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exceptions")
  void javaExceptionMapsToOoniFailureString(Throwable exception, String expected) {
    assertEquals(expected, FailureVocabulary.of(exception));
  }
}
