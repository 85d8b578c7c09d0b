package org.cyberwatch.probe.measure.nat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test stand-in for the collector's NAT detection remotes. Each main socket answers a valid
 * request {@code NATDET <id>} with {@code NATDET <id> <ip>:<port>} and makes every alternate socket
 * send the same answer to the requester. What address is reported is up to {@code report}
 * (truthful by default; tests make it lie to play a NAT on loopback).
 */
public final class NatEchoRemote implements AutoCloseable {

  private static final Pattern REQUEST = Pattern.compile("^NATDET ([0-9a-f]{16})$");

  private final List<DatagramSocket> mains = new ArrayList<>();
  private final List<DatagramSocket> alts = new ArrayList<>();
  private final BiFunction<Integer, TransportAddress, TransportAddress> report;
  private final List<Thread> threads = new ArrayList<>();

  /**
   * @param report given the index of the main socket and the address it saw, the address to
   *     report back
   */
  public NatEchoRemote(List<InetSocketAddress> mainBinds, List<InetSocketAddress> altBinds,
      BiFunction<Integer, TransportAddress, TransportAddress> report) throws SocketException {
    this.report = report;
    for (InetSocketAddress bind : altBinds) {
      alts.add(new DatagramSocket(bind));
    }
    for (int i = 0; i < mainBinds.size(); i++) {
      DatagramSocket socket = new DatagramSocket(mainBinds.get(i));
      mains.add(socket);
      int index = i;
      Thread t = new Thread(() -> serve(index, socket), "nat-echo-" + i);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
  }

  /** Remotes that report the address they saw. */
  public static NatEchoRemote truthful(List<InetSocketAddress> mainBinds,
      List<InetSocketAddress> altBinds) throws SocketException {
    return new NatEchoRemote(mainBinds, altBinds, (index, seen) -> seen);
  }

  /** The bound address of main socket {@code i}. */
  public TransportAddress main(int i) {
    return TransportAddress.of((InetSocketAddress) mains.get(i).getLocalSocketAddress());
  }

  /** The bound address of alternate socket {@code i}. */
  public TransportAddress alt(int i) {
    return TransportAddress.of((InetSocketAddress) alts.get(i).getLocalSocketAddress());
  }

  private void serve(int index, DatagramSocket socket) {
    byte[] buffer = new byte[512];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        Matcher m = REQUEST.matcher(new String(packet.getData(), 0, packet.getLength(),
            StandardCharsets.US_ASCII));
        if (!m.matches()) {
          continue;
        }
        TransportAddress seen = TransportAddress.of((InetSocketAddress) packet.getSocketAddress());
        byte[] answer = NatDetProtocol.answer(m.group(1), report.apply(index, seen));
        socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
        for (DatagramSocket alt : alts) {
          alt.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
        }
      } catch (IOException e) {
        return;
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    mains.forEach(DatagramSocket::close);
    alts.forEach(DatagramSocket::close);
    for (Thread t : threads) {
      t.join(5_000);
    }
  }
}
