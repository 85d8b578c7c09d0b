package org.cyberwatch.schemas.can;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;

/**
 * Counts (and optionally hashes) the bytes passing through. {@link #close()} only flushes: the
 * owner closes the underlying stream itself.
 */
final class CountingOutputStream extends FilterOutputStream {

  private final MessageDigest digest;
  private long count;

  /**
   * @param digest updated with every byte, or null
   */
  CountingOutputStream(OutputStream out, MessageDigest digest) {
    super(out);
    this.digest = digest;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    count++;
    if (digest != null) {
      digest.update((byte) b);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    count += len;
    if (digest != null) {
      digest.update(b, off, len);
    }
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }

  long count() {
    return count;
  }
}
