package org.cyberwatch.ingest.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.Zstd;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One seed's submission under its report, a different measurement at every send: the body gets a
 * top-level member {@code "bench_seq":"<10 digits>"} whose digits are rewritten in place in the
 * encoded request, so no body repeats within a report (the collector answers an identical
 * resubmission with the first uid without storing it again, which would inflate the figures). A
 * zstd body is compressed at each send, by the client. Not thread-safe; one per client and seed.
 */
final class BenchSubmission {

  /** The member that makes each body unique. */
  static final String SEQ_MEMBER = "bench_seq";
  private static final int DIGITS = 10;
  private static final byte[] MARK =
      ("\"" + SEQ_MEMBER + "\":\"" + "0".repeat(DIGITS) + "\"").getBytes(StandardCharsets.US_ASCII);

  private final URI uri;
  private final byte[] plain;
  private final int bodyAt;
  private final int seqAt;

  private BenchSubmission(URI uri, byte[] plain, int bodyAt, int seqAt) {
    this.uri = uri;
    this.plain = plain;
    this.bodyAt = bodyAt;
    this.seqAt = seqAt;
  }

  /** The submission of {@code measurement} (its report id set) to {@code uri}. */
  static BenchSubmission of(URI uri, ObjectNode measurement) {
    ObjectNode m = measurement.deepCopy();
    m.put(SEQ_MEMBER, "0".repeat(DIGITS));
    byte[] body = BenchBodies.post(m);
    byte[] request = BenchConnection.request(uri, body, false);
    int mark = indexOf(request, MARK);
    if (mark < 0) {
      throw new IllegalStateException("the encoded body has no " + SEQ_MEMBER + " member");
    }
    return new BenchSubmission(uri, request, request.length - body.length, mark + MARK.length - 1 - DIGITS);
  }

  /** The encoded request for sequence number {@code seq} (0 to 10^10 - 1), plain or zstd. */
  byte[] request(long seq, boolean zstd) {
    long rest = seq;
    for (int i = DIGITS - 1; i >= 0; i--) {
      plain[seqAt + i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    if (!zstd) {
      return plain;
    }
    return BenchConnection.request(uri, Zstd.compress(Arrays.copyOfRange(plain, bodyAt, plain.length)), true);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
