package org.cyberwatch.probe.measure.tunnel;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS for reachability handshakes only: accepts any server certificate. Used by {@link
 * TunnelTelemetryMeasurer}, which never sends data over the connection; never use it to fetch or
 * send anything.
 */
public final class HandshakeOnlyTls {

  private HandshakeOnlyTls() {}

  /** A socket factory whose handshakes accept any certificate. */
  public static SSLSocketFactory socketFactory() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new AcceptAny()}, new SecureRandom());
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is required of every JVM", e);
    }
  }

  private static final class AcceptAny implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      // only handshakes are made: the peer's identity is not relied upon
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // only handshakes are made: the peer's identity is not relied upon
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
