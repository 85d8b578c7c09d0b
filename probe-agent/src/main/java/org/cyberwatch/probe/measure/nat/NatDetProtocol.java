package org.cyberwatch.probe.measure.nat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NAT detection wire format of the CENO2 testbed: the probe sends {@code NATDET <test id>}
 * (16 lower-case hex digits) to the main remotes; main and alternate remotes answer {@code NATDET
 * <test id> <ip>:<port>} with the transport address they saw ({@code [v6]:port} for IPv6; a bare
 * IPv6 address before the last colon is accepted too). ASCII, no line end.
 */
final class NatDetProtocol {

  /** Longest valid answer: {@code NATDET <16 hex> [<39 chars>]:65535}. */
  static final int MAX_ANSWER = "NATDET 0123456789abcdef [0123:4567:89ab:cdef:0123:4567:89ab:cdef]:65535"
      .length();

  private static final Pattern ANSWER = Pattern.compile("^NATDET ([0-9a-f]{16}) (\\S+):(\\d{1,5})$");

  /** A decoded answer. */
  record Answer(String testId, TransportAddress mapped) {}

  private NatDetProtocol() {}

  static byte[] request(String testId) {
    return ("NATDET " + testId).getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] answer(String testId, TransportAddress seen) {
    return ("NATDET " + testId + " " + seen).getBytes(StandardCharsets.US_ASCII);
  }

  /** The answer in {@code payload}, empty when it does not follow the format. */
  static Optional<Answer> parseAnswer(byte[] payload) {
    if (payload.length > MAX_ANSWER) {
      return Optional.empty();
    }
    Matcher m = ANSWER.matcher(new String(payload, StandardCharsets.US_ASCII));
    if (!m.matches()) {
      return Optional.empty();
    }
    String host = m.group(2);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    try {
      return Optional.of(new Answer(m.group(1), new TransportAddress(host,
          Integer.parseInt(m.group(3)))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
