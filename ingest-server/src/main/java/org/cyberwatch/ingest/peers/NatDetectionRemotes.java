package org.cyberwatch.ingest.peers;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UDP NAT-detection remotes: one main socket that receives requests, and alternate sockets
 * (another port on the main host, another local address on the main port) that only send. Each
 * valid request is answered from the main socket and from every alternate, at most {@value
 * #MAX_PER_MINUTE} times a minute per source address. Nothing is logged or stored per request.
 */
public final class NatDetectionRemotes implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(NatDetectionRemotes.class);
  static final int MAX_PER_MINUTE = 30;

  private final DatagramChannel main;
  private final List<DatagramChannel> alternates;
  private final SourceRateLimiter limiter;
  private final Thread thread;

  private NatDetectionRemotes(DatagramChannel main, List<DatagramChannel> alternates, Clock clock) {
    this.main = main;
    this.alternates = List.copyOf(alternates);
    this.limiter = new SourceRateLimiter(MAX_PER_MINUTE, Duration.ofMinutes(1), 100_000, clock);
    this.thread = new Thread(this::serve, "nat-detection");
    this.thread.setDaemon(true);
  }

  /**
   * Binds the sockets and starts answering.
   *
   * @param mainAddress main address and port (port 0 picks one)
   * @param alternates send-only alternate addresses
   */
  public static NatDetectionRemotes start(InetSocketAddress mainAddress, List<InetSocketAddress> alternates,
      Clock clock) throws IOException {
    DatagramChannel main = DatagramChannel.open().bind(mainAddress);
    List<DatagramChannel> alt = new ArrayList<>();
    try {
      for (InetSocketAddress a : alternates) {
        alt.add(DatagramChannel.open().bind(a));
      }
    } catch (IOException e) {
      main.close();
      for (DatagramChannel c : alt) {
        c.close();
      }
      throw e;
    }
    NatDetectionRemotes remotes = new NatDetectionRemotes(main, alt, clock);
    remotes.thread.start();
    LOG.info("UDP NAT-detection remote on {}, alternates {}", main.getLocalAddress(), remotes.alternateAddresses());
    return remotes;
  }

  /** The main socket's address (with the chosen port). */
  public InetSocketAddress mainAddress() throws IOException {
    return (InetSocketAddress) main.getLocalAddress();
  }

  /** The alternate sockets' addresses. */
  public List<InetSocketAddress> alternateAddresses() throws IOException {
    List<InetSocketAddress> out = new ArrayList<>();
    for (DatagramChannel c : alternates) {
      out.add((InetSocketAddress) c.getLocalAddress());
    }
    return out;
  }

  private void serve() {
    ByteBuffer in = ByteBuffer.allocate(64);
    while (main.isOpen()) {
      try {
        in.clear();
        SocketAddress from = main.receive(in);
        InetSocketAddress source = (InetSocketAddress) from;
        Optional<byte[]> reply = NatDetectionProtocol.reply(in.array(), in.position(), source);
        if (reply.isPresent() && limiter.tryAcquire(source.getAddress())) {
          main.send(ByteBuffer.wrap(reply.get()), source);
          for (DatagramChannel alt : alternates) {
            alt.send(ByteBuffer.wrap(reply.get()), source);
          }
        }
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        LOG.debug("NAT-detection datagram failed: {}", e.getMessage());
      }
    }
  }

  @Override
  public void close() throws IOException {
    main.close();
    for (DatagramChannel c : alternates) {
      c.close();
    }
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
