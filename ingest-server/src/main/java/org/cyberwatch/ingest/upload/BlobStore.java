package org.cyberwatch.ingest.upload;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where sealed cans go: an S3 bucket ({@link S3BlobStore}) or a local directory ({@link
 * LocalDirBlobStore}). Keys are archive keys such as {@code raw/YYYYMMDD/HH/CC/testname/…}; the
 * same key always gets the same content, so putting a key again (after a crash) is harmless.
 */
public interface BlobStore {

  /**
   * Stores {@code file} under {@code key}, replacing any object there; returns once it is stored
   * durably and its content was checked against {@code sha256Hex} where the store can check it.
   */
  void put(String key, Path file, String sha256Hex) throws BlobStoreException;

  /** What the store has under {@code key}, or empty when nothing. */
  Optional<BlobInfo> head(String key) throws BlobStoreException;

  /**
   * Reads the object under {@code key}; close the stream.
   *
   * @throws BlobStoreException also when there is no such object
   */
  InputStream open(String key) throws BlobStoreException;

  /** Every key that starts with {@code prefix}, in key order. */
  List<String> list(String prefix) throws BlobStoreException;
}
