package org.cyberwatch.schemas.measurement;

/**
 * Input {@link RawCanonicalizer} leaves to the tree writer; thrown without a stack trace, as a
 * signal, and caught in {@link RawCanonicalizer#write}.
 */
final class RawInputUnsupported extends RuntimeException {
  private static final long serialVersionUID = 1L;
  static final RawInputUnsupported INSTANCE = new RawInputUnsupported();

  private RawInputUnsupported() {
    super("leave it to the tree writer", null, false, false);
  }
}
