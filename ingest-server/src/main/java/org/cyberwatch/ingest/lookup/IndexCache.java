package org.cyberwatch.ingest.lookup;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The uid → line maps of the most recently used can indexes (blob keys are immutable, so entries
 * never go stale), at most {@code capacity} of them. Thread-safe.
 */
final class IndexCache {

  /** Loads the uid → line map of an index key. */
  @FunctionalInterface
  interface Loader {
    Map<String, Long> load(String indexKey) throws IOException;
  }

  private final Map<String, Map<String, Long>> entries;

  IndexCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity: must be >= 1, got " + capacity);
    }
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Map<String, Long>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The map of {@code indexKey}, loaded on a miss (outside the lock). */
  Map<String, Long> get(String indexKey, Loader loader) throws IOException {
    synchronized (entries) {
      Map<String, Long> hit = entries.get(indexKey);
      if (hit != null) {
        return hit;
      }
    }
    Map<String, Long> loaded = loader.load(indexKey);
    synchronized (entries) {
      entries.put(indexKey, loaded);
    }
    return loaded;
  }

  /** Indexes held now. */
  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
