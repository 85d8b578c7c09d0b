package org.cyberwatch.ingest.upload;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/** A blob store whose puts fail when a predicate of the put's number (1-based) says so. */
class FlakyBlobStore implements BlobStore {

  private final BlobStore delegate;
  private final IntPredicate fails;
  private int puts;

  FlakyBlobStore(BlobStore delegate, IntPredicate fails) {
    this.delegate = delegate;
    this.fails = fails;
  }

  /** Fails the first {@code n} puts. */
  static FlakyBlobStore failingFirst(BlobStore delegate, int n) {
    return new FlakyBlobStore(delegate, i -> i <= n);
  }

  int puts() {
    return puts;
  }

  @Override
  public void put(String key, Path file, String sha256Hex) throws BlobStoreException {
    if (fails.test(++puts)) {
      throw new BlobStoreException("simulated outage on put #" + puts);
    }
    delegate.put(key, file, sha256Hex);
  }

  @Override
  public Optional<BlobInfo> head(String key) throws BlobStoreException {
    return delegate.head(key);
  }

  @Override
  public InputStream open(String key) throws BlobStoreException {
    return delegate.open(key);
  }

  @Override
  public List<String> list(String prefix) throws BlobStoreException {
    return delegate.list(prefix);
  }
}
