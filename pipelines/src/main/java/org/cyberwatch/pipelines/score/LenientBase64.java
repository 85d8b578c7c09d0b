package org.cyberwatch.pipelines.score;

import java.io.ByteArrayOutputStream;

/**
 * Base64 decoding with the leniency of Python's {@code base64.b64decode} (non-validating), which
 * fastpath uses on bodies and headers: characters outside the alphabet are skipped, padding before
 * a complete quantum is ignored, decoding stops at the padding that ends a quantum, and a final
 * incomplete quantum is an error ("Incorrect padding").
 */
final class LenientBase64 {

  private static final int[] VALUES = new int[128];

  static {
    java.util.Arrays.fill(VALUES, -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = i;
    }
  }

  private LenientBase64() {}

  /**
   * Decodes {@code s}.
   *
   * @throws IllegalArgumentException where Python raises {@code binascii.Error}
   */
  static byte[] decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 3 / 4);
    int quadPos = 0;
    int pads = 0;
    int bits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '=') {
        pads++;
        if (quadPos >= 2 && quadPos + pads >= 4) {
          return out.toByteArray();
        }
        continue;
      }
      int v = c < 128 ? VALUES[c] : -1;
      if (v < 0) {
        continue;
      }
      pads = 0;
      bits = (bits << 6) | v;
      if (quadPos > 0) {
        int shift = 2 * (3 - quadPos);
        out.write((bits >> shift) & 0xff);
        bits &= (1 << shift) - 1;
      }
      quadPos = (quadPos + 1) % 4;
    }
    if (quadPos == 1) {
      throw new IllegalArgumentException("base64: data characters are one more than a multiple of 4");
    }
    if (quadPos != 0) {
      throw new IllegalArgumentException("base64: incorrect padding");
    }
    return out.toByteArray();
  }
}
