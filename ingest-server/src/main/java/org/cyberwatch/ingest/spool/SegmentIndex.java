package org.cyberwatch.ingest.spool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The records of one journal segment in memory, compactly: per record a 64-bit key of its uid,
 * its frame position and its bucket's number (primitive arrays in journal order), plus an
 * open-addressing table from key to record. About 28 bytes per record; no object per record
 * (one per bucket).
 *
 * <p>A key is only a hash of the uid: a lookup yields candidate positions whose frames the
 * caller reads and compares ({@link SpoolIndex}). Not thread-safe (the spool index locks).
 */
final class SegmentIndex {

  private static final int INITIAL = 64;

  private long[] keys = new long[INITIAL];
  private long[] positions = new long[INITIAL];
  private int[] bucketOf = new int[INITIAL];
  private int[] slots = new int[INITIAL * 2];
  private int size;
  private final List<String> buckets = new ArrayList<>();
  private final Map<String, Integer> bucketNumbers = new HashMap<>();

  /** Adds the record {@code uid} of {@code bucket} whose frame starts at {@code position}. */
  void add(String uid, String bucket, long position) {
    if (size == keys.length) {
      grow();
    }
    long key = key(uid);
    keys[size] = key;
    positions[size] = position;
    bucketOf[size] = bucketNumber(bucket);
    size++;
    place(key, size);
  }

  /** Positions of the records whose uid has {@code key} ({@link #key}), in journal order. */
  long[] candidates(long key) {
    long[] found = new long[0];
    for (int s = slot(key); slots[s] != 0; s = (s + 1) & (slots.length - 1)) {
      int i = slots[s] - 1;
      if (keys[i] == key) {
        found = Arrays.copyOf(found, found.length + 1);
        found[found.length - 1] = positions[i];
      }
    }
    Arrays.sort(found);
    return found;
  }

  /** Frame positions by bucket (buckets in name order, positions in journal order). */
  SortedMap<String, long[]> positionsByBucket() {
    int[] counts = new int[buckets.size()];
    for (int i = 0; i < size; i++) {
      counts[bucketOf[i]]++;
    }
    long[][] byNumber = new long[buckets.size()][];
    for (int b = 0; b < byNumber.length; b++) {
      byNumber[b] = new long[counts[b]];
    }
    int[] filled = new int[buckets.size()];
    for (int i = 0; i < size; i++) {
      int b = bucketOf[i];
      byNumber[b][filled[b]++] = positions[i];
    }
    SortedMap<String, long[]> out = new TreeMap<>();
    for (int b = 0; b < byNumber.length; b++) {
      out.put(buckets.get(b), byNumber[b]);
    }
    return out;
  }

  /** Records in the segment. */
  int size() {
    return size;
  }

  /** The 64-bit key of a uid (FNV-1a over its characters, then a finalizing mix). */
  static long key(String uid) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < uid.length(); i++) {
      h = (h ^ uid.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  private int bucketNumber(String bucket) {
    Integer n = bucketNumbers.get(bucket);
    if (n == null) {
      n = buckets.size();
      buckets.add(bucket);
      bucketNumbers.put(bucket, n);
    }
    return n;
  }

  private int slot(long key) {
    return (int) key & (slots.length - 1);
  }

  private void place(long key, int oneBasedIndex) {
    int s = slot(key);
    while (slots[s] != 0) {
      s = (s + 1) & (slots.length - 1);
    }
    slots[s] = oneBasedIndex;
  }

  private void grow() {
    int capacity = keys.length * 2;
    keys = Arrays.copyOf(keys, capacity);
    positions = Arrays.copyOf(positions, capacity);
    bucketOf = Arrays.copyOf(bucketOf, capacity);
    slots = new int[capacity * 2];
    for (int i = 0; i < size; i++) {
      place(keys[i], i + 1);
    }
  }
}
