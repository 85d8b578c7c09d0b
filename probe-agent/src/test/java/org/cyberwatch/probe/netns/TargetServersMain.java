package org.cyberwatch.probe.netns;

import java.net.InetSocketAddress;
import java.util.List;
import org.cyberwatch.probe.measure.TestTls;
import org.cyberwatch.probe.measure.http.TestWebServer;
import org.cyberwatch.probe.measure.nat.NatEchoRemote;
import org.cyberwatch.probe.measure.peer.LocatedPeer;
import org.cyberwatch.probe.measure.peer.PeerTestServer;
import org.cyberwatch.probe.measure.peer.StubPeerLocator;

/**
 * The servers of the target namespace, run in a child JVM there: HTTP on 80 and HTTPS on 443
 * ({@link TestWebServer}, document at /doc), a peer test server on 8080, a peer locator on 8090
 * that hands out that peer, and NAT detection remotes (mains 10.91.3.2:57008 and 10.91.3.3:57008,
 * alternates 10.91.3.2:57009 and 10.91.3.4:57008). Prints READY, then serves until stdin closes.
 */
public final class TargetServersMain {

  /** The peer the locator hands out: the target's own test server. */
  public static final LocatedPeer PEER = new LocatedPeer("4b56488cc73638994b56488cc7363899",
      NetnsTopology.TARGET, 8080, "HTTP", false, 1700209311.5);
  public static final String NAT_INPUT = "main=10.91.3.2:57008,10.91.3.3:57008 "
      + "alt=10.91.3.2:57009,10.91.3.4:57008";

  private TargetServersMain() {}

  public static void main(String[] args) throws Exception {
    try (TestWebServer http = TestWebServer.http(new InetSocketAddress(80));
        TestWebServer https = TestWebServer.https(new InetSocketAddress(443),
            TestTls.server(TestTls.GOOD));
        PeerTestServer peer = PeerTestServer.start(new InetSocketAddress(8080), 65536);
        StubPeerLocator locator = new StubPeerLocator(new InetSocketAddress(8090), PEER);
        NatEchoRemote nat = NatEchoRemote.truthful(
            List.of(new InetSocketAddress(NetnsTopology.TARGET, 57008),
                new InetSocketAddress(NetnsTopology.TARGET_SECOND, 57008)),
            List.of(new InetSocketAddress(NetnsTopology.TARGET, 57009),
                new InetSocketAddress(NetnsTopology.TARGET_ALT, 57008)))) {
      System.out.println("READY");
      System.out.flush();
      while (System.in.read() >= 0) {
        // serve until the test closes our stdin
      }
    }
  }
}
