package org.cyberwatch.ingest.upload;

import java.io.IOException;

/** A blob store operation failed (network, server, verification); the caller may retry. */
public class BlobStoreException extends IOException {

  /** A failure with its cause. */
  public BlobStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A failure without an underlying exception (e.g. a verification mismatch). */
  public BlobStoreException(String message) {
    super(message);
  }
}
