package org.cyberwatch.probe.measure.nat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The socket side of one NAT detection run: sends the request to every main remote once per round,
 * up to {@code maxSend} rounds {@code sendInterval} apart, collecting every datagram that arrives,
 * and stops early once each main and alternate remote has answered validly. Waiting is done by the
 * selector on the monotonic clock; the injected clock only stamps arrivals.
 */
final class NatExchange implements AutoCloseable {

  private static final int MAX_DATAGRAM = 2048;

  private final Clock clock;
  private final NatDetectionSettings settings;
  private final NatRemotes remotes;
  private final String testId;
  private final DatagramChannel channel;
  private final Selector selector;

  private NatExchange(Clock clock, NatDetectionSettings settings, NatRemotes remotes,
      String testId, DatagramChannel channel, Selector selector) {
    this.clock = clock;
    this.settings = settings;
    this.remotes = remotes;
    this.testId = testId;
    this.channel = channel;
    this.selector = selector;
  }

  static NatExchange open(Clock clock, NatDetectionSettings settings, NatRemotes remotes,
      String testId) throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    try {
      channel.bind(new InetSocketAddress(settings.sourcePort()));
      channel.configureBlocking(false);
      Selector selector = Selector.open();
      channel.register(selector, SelectionKey.OP_READ);
      return new NatExchange(clock, settings, remotes, testId, channel, selector);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  int sourcePort() throws IOException {
    return ((InetSocketAddress) channel.getLocalAddress()).getPort();
  }

  /** Canonical text of the local address the kernel picks towards each main remote. */
  Set<String> localHosts() throws IOException {
    Set<String> hosts = new HashSet<>();
    for (TransportAddress main : remotes.mains()) {
      try (DatagramSocket route = new DatagramSocket()) {
        route.connect(main.toSocketAddress());
        hosts.add(new TransportAddress(route.getLocalAddress().getHostAddress(), 1).host());
      }
    }
    return hosts;
  }

  List<NatDatagram> run() throws IOException, InterruptedException {
    List<NatDatagram> received = new ArrayList<>();
    Set<TransportAddress> answered = new HashSet<>();
    Set<TransportAddress> expected = new HashSet<>(remotes.mains());
    expected.addAll(remotes.alts());
    for (int round = 0; round < settings.maxSend() && !answered.containsAll(expected); round++) {
      for (TransportAddress main : remotes.mains()) {
        channel.send(ByteBuffer.wrap(NatDetProtocol.request(testId)), main.toSocketAddress());
      }
      long deadline = System.nanoTime() + settings.sendInterval().toNanos();
      while (!answered.containsAll(expected) && receive(deadline, received)) {
        NatDatagram last = received.get(received.size() - 1);
        if (isValidAnswer(last)) {
          answered.add(last.source());
        }
      }
    }
    return received;
  }

  private boolean receive(long deadline, List<NatDatagram> received)
      throws IOException, InterruptedException {
    ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
    while (true) {
      if (Thread.interrupted()) {
        throw new InterruptedException("NAT detection interrupted");
      }
      SocketAddress from = channel.receive(buffer);
      if (from != null) {
        buffer.flip();
        byte[] payload = new byte[buffer.remaining()];
        buffer.get(payload);
        received.add(new NatDatagram(TransportAddress.of((InetSocketAddress) from), payload,
            clock.instant()));
        return true;
      }
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        return false;
      }
      selector.select(left);
      selector.selectedKeys().clear();
    }
  }

  private boolean isValidAnswer(NatDatagram d) {
    return NatDetProtocol.parseAnswer(d.payload()).filter(a -> a.testId().equals(testId))
        .isPresent() && (remotes.mains().contains(d.source())
        || remotes.alts().contains(d.source()));
  }

  @Override
  public void close() throws IOException {
    try {
      selector.close();
    } finally {
      channel.close();
    }
  }
}
