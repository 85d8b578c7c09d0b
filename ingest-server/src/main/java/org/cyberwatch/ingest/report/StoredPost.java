package org.cyberwatch.ingest.report;

import java.nio.charset.StandardCharsets;
import org.cyberwatch.ingest.report.ContentScan.Span;
import org.cyberwatch.schemas.measurement.EnvelopeFields;

/**
 * The POST body the spool stores for a submission, spliced from the bytes as received: {@code
 * {"format":"json","content":<measurement>}} where the measurement is the submitted {@code
 * content} object byte for byte, except the value of its top-level {@code probe_ip} (now {@code
 * "127.0.0.1"}) and its {@code measurement_uid} (replaced, or appended as the last member).
 */
final class StoredPost {

  /** The head of every POST body the collector builds. */
  static final byte[] HEAD = "{\"format\":\"json\",\"content\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SCRUBBED_IP =
      ("\"" + EnvelopeFields.SCRUBBED_PROBE_IP + "\"").getBytes(StandardCharsets.US_ASCII);

  private StoredPost() {}

  /**
   * The POST body for the content {@code c} found in {@code body}, with {@code uid} (ASCII). The
   * content must have passed the envelope checks (so it has members and no duplicate top-level
   * names).
   */
  static byte[] splice(byte[] body, ContentScan c, String uid) {
    byte[] quotedUid = ("\"" + uid + "\"").getBytes(StandardCharsets.US_ASCII);
    byte[] appended = c.uid() == null
        ? (",\"" + EnvelopeFields.MEASUREMENT_UID + "\":\"" + uid + "\"").getBytes(StandardCharsets.US_ASCII)
        : new byte[0];
    Span first = first(c.ip(), c.uid());
    Span second = first == c.ip() ? c.uid() : c.ip();
    byte[] firstValue = first == c.ip() ? SCRUBBED_IP : quotedUid;
    byte[] secondValue = first == c.ip() ? quotedUid : SCRUBBED_IP;
    int size = HEAD.length + (c.end() - c.start()) + appended.length + 1
        + delta(first, firstValue) + delta(second, secondValue);
    Splicer out = new Splicer(body, new byte[size]);
    out.copy(HEAD);
    int at = c.start();
    at = out.replace(at, first, firstValue);
    at = out.replace(at, second, secondValue);
    out.copyFrom(at, c.end() - 1);
    out.copy(appended);
    out.copy(new byte[] {'}', '}'});
    return out.result();
  }

  private static Span first(Span a, Span b) {
    if (a == null) {
      return b;
    }
    return b == null || a.from() < b.from() ? a : b;
  }

  private static int delta(Span s, byte[] value) {
    return s == null ? 0 : value.length - (s.to() - s.from());
  }

  /** Copies pieces of the received body and replacement values into the output array. */
  private static final class Splicer {
    private final byte[] body;
    private final byte[] out;
    private int pos;

    Splicer(byte[] body, byte[] out) {
      this.body = body;
      this.out = out;
    }

    void copy(byte[] b) {
      System.arraycopy(b, 0, out, pos, b.length);
      pos += b.length;
    }

    void copyFrom(int from, int to) {
      System.arraycopy(body, from, out, pos, to - from);
      pos += to - from;
    }

    /** Copies from {@code at} to the span, then the value; returns where copying goes on. */
    int replace(int at, Span s, byte[] value) {
      if (s == null) {
        return at;
      }
      copyFrom(at, s.from());
      copy(value);
      return s.to();
    }

    byte[] result() {
      if (pos != out.length) {
        throw new IllegalStateException("spliced " + pos + " bytes, expected " + out.length);
      }
      return out;
    }
  }
}
