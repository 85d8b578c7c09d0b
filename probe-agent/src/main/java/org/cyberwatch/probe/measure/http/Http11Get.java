package org.cyberwatch.probe.measure.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 GET over an open connection, with {@code Connection: close}: writes the request,
 * reads the status line and headers, then reads the body to its end (chunked, Content-Length or
 * until the server closes) and counts it. Written on a plain socket rather than the JDK HTTP
 * client because that client loses the socket error (a refused connection surfaces as a
 * ConnectException without message), and the error is what this measurement is about.
 */
final class Http11Get {

  private static final int MAX_LINE = 16 * 1024;
  private static final int MAX_HEADERS = 200;

  /** Status and body length of a complete response. */
  record Response(int status, long bodyLength) {}

  private Http11Get() {}

  static Response get(InputStream in, OutputStream out, String hostHeader, String target,
      String userAgent) throws IOException {
    String request = "GET " + target + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nUser-Agent: "
        + userAgent + "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    int status;
    do {
      status = statusCode(readLine(in));
      Head head = readHead(in);
      if (status >= 200) {
        return new Response(status, bodyless(status) ? 0 : body(in, head));
      }
    } while (true);
  }

  private record Head(boolean chunked, long contentLength) {}

  private static Head readHead(InputStream in) throws IOException {
    boolean chunked = false;
    long length = -1;
    for (int i = 0; ; i++) {
      String line = readLine(in);
      if (line.isEmpty()) {
        return new Head(chunked, length);
      }
      if (i >= MAX_HEADERS) {
        throw new ProtocolException("too many header lines");
      }
      int colon = line.indexOf(':');
      String name = colon < 0 ? "" : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = colon < 0 ? "" : line.substring(colon + 1).trim();
      if (name.equals("transfer-encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).endsWith("chunked");
      } else if (name.equals("content-length")) {
        length = parseLength(value, 10);
      }
    }
  }

  private static long body(InputStream in, Head head) throws IOException {
    if (head.chunked()) {
      long total = 0;
      for (long size; (size = parseLength(readLine(in).split(";", 2)[0].trim(), 16)) > 0; ) {
        skipExactly(in, size);
        total += size;
        readLine(in);
      }
      while (!readLine(in).isEmpty()) {
        // trailer fields are read and ignored
      }
      return total;
    }
    if (head.contentLength() >= 0) {
      skipExactly(in, head.contentLength());
      return head.contentLength();
    }
    return in.transferTo(OutputStream.nullOutputStream());
  }

  private static boolean bodyless(int status) {
    return status == 204 || status == 304;
  }

  private static int statusCode(String line) throws ProtocolException {
    String[] parts = line.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5]\\d\\d")) {
      throw new ProtocolException("not an HTTP/1.x status line");
    }
    return Integer.parseInt(parts[1]);
  }

  private static long parseLength(String value, int radix) throws ProtocolException {
    try {
      long length = Long.parseLong(value, radix);
      if (length < 0) {
        throw new ProtocolException("negative length");
      }
      return length;
    } catch (NumberFormatException e) {
      throw new ProtocolException("bad length");
    }
  }

  private static void skipExactly(InputStream in, long n) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    for (long left = n; left > 0; ) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new EOFException("connection closed " + left + " bytes before the end of the body");
      }
      left -= read;
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) != '\n'; ) {
      if (b < 0) {
        throw new EOFException("connection closed in the response head");
      }
      if (line.size() >= MAX_LINE) {
        throw new ProtocolException("response line too long");
      }
      line.write(b);
    }
    String text = line.toString(StandardCharsets.ISO_8859_1);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
