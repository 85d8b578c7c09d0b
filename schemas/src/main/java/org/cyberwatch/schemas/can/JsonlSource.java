package org.cyberwatch.schemas.can;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a decompressed JSON Lines stream into lines with one 64 KiB buffer, so memory stays
 * bounded by the longest line (itself capped: a longer line becomes a problem entry holding its
 * first {@value #KEPT_PREFIX} bytes). Line numbers are physical and 0-based, as in OONI's index;
 * blank lines are skipped but counted; a trailing {@code \r} is dropped.
 */
final class JsonlSource implements EntrySource {

  static final int KEPT_PREFIX = 4096;
  private static final int SHRINK_ABOVE = 1 << 20;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private boolean eof;
  private long lineNumber = -1;
  private byte[] acc = new byte[0];
  private int accLength;
  private boolean oversized;

  JsonlSource(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public RawEntry next() throws IOException {
    while (true) {
      byte[] line = readLine();
      if (line == null) {
        return null;
      }
      lineNumber++;
      if (oversized) {
        oversized = false;
        return new RawEntry(
            lineNumber,
            null,
            null,
            line,
            new CanEntry.Problem(
                "can/oversized_entry", "line longer than " + maxLineBytes + " bytes"));
      }
      if (!isBlank(line)) {
        return new RawEntry(lineNumber, null, null, line, null);
      }
    }
  }

  /** The next line without its terminator, or null at the end of the stream. */
  private byte[] readLine() throws IOException {
    accLength = 0;
    if (acc.length > SHRINK_ABOVE) {
      acc = new byte[0];
    }
    boolean sawAny = false;
    while (true) {
      if (pos == limit && !fill()) {
        return sawAny ? finishLine(null, 0, 0) : null;
      }
      sawAny = true;
      int nl = indexOfNewline(pos, limit);
      if (nl >= 0) {
        byte[] line = finishLine(buf, pos, nl - pos);
        pos = nl + 1;
        return line;
      }
      append(buf, pos, limit - pos);
      pos = limit;
    }
  }

  private byte[] finishLine(byte[] b, int off, int len) {
    if (b != null && accLength == 0 && !oversized && len <= maxLineBytes) {
      return trimCr(Arrays.copyOfRange(b, off, off + len));
    }
    if (len > 0) {
      append(b, off, len);
    }
    return trimCr(Arrays.copyOf(acc, oversized ? Math.min(accLength, KEPT_PREFIX) : accLength));
  }

  private void append(byte[] b, int off, int len) {
    if ((long) accLength + len > maxLineBytes) {
      oversized = true;
    }
    int room = (oversized ? KEPT_PREFIX : maxLineBytes) - accLength;
    int take = Math.max(0, Math.min(len, room));
    if (accLength + take > acc.length) {
      acc =
          Arrays.copyOf(
              acc, Math.max(accLength + take, Math.min(acc.length * 2 + 1024, maxLineBytes)));
    }
    System.arraycopy(b, off, acc, accLength, take);
    accLength += take;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = n < 0;
      return !eof && fill();
    }
    pos = 0;
    limit = n;
    return true;
  }

  private int indexOfNewline(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] trimCr(byte[] line) {
    int n = line.length;
    return n > 0 && line[n - 1] == '\r' ? Arrays.copyOf(line, n - 1) : line;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
