package org.cyberwatch.ingest.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client over one kept-alive plain socket, for the bench clients: requests are
 * encoded once ({@link #request}) and written as they are, answers are read with their status and
 * body (Content-Length or chunked). It costs the shared CPU far less than the JDK's clients, so
 * the bench measures the collector rather than its clients. Not thread-safe; one per client.
 */
final class BenchConnection implements Closeable {

  private final InetSocketAddress address;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  /** A connection (opened on first use, reopened after the server closed it) to {@code base}. */
  BenchConnection(URI base, int timeoutMillis) {
    this.address = new InetSocketAddress(base.getHost(), base.getPort());
    this.timeoutMillis = timeoutMillis;
  }

  /** The bytes of a POST of {@code body} (JSON, zstd-encoded when {@code zstd}) to {@code uri}. */
  static byte[] request(URI uri, byte[] body, boolean zstd) {
    String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
        + "\r\nContent-Type: application/json\r\n" + (zstd ? "Content-Encoding: zstd\r\n" : "")
        + "Content-Length: " + body.length + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[h.length + body.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  /** Sends an encoded request and reads the answer; the status code, the body into {@code body}. */
  int send(byte[] request, ByteArrayOutputStream body) throws IOException {
    if (socket == null) {
      open();
    }
    try {
      out.write(request);
      out.flush();
      return readAnswer(body);
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private void open() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(timeoutMillis);
    socket.connect(address, timeoutMillis);
    in = new BufferedInputStream(socket.getInputStream(), 8192);
    out = socket.getOutputStream();
  }

  private int readAnswer(ByteArrayOutputStream body) throws IOException {
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closeAfter = false;
    String header;
    while (!(header = line()).isEmpty()) {
      String h = header.toLowerCase(Locale.ROOT);
      if (h.startsWith("content-length:")) {
        length = Long.parseLong(h.substring(15).trim());
      } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
        chunked = true;
      } else if (h.startsWith("connection:") && h.contains("close")) {
        closeAfter = true;
      }
    }
    body.reset();
    if (chunked) {
      long n;
      while ((n = Long.parseLong(line().split(";", 2)[0].trim(), 16)) > 0) {
        copy(n, body);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      copy(length, body);
    }
    if (closeAfter) {
      close();
    }
    return code;
  }

  private void copy(long n, ByteArrayOutputStream body) throws IOException {
    for (long i = 0; i < n; i++) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("answer body cut short");
      }
      body.write(b);
    }
  }

  private String line() throws IOException {
    StringBuilder s = new StringBuilder(64);
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new EOFException("connection closed by the server");
      }
      if (b != '\r') {
        s.append((char) b);
      }
    }
    return s.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}
