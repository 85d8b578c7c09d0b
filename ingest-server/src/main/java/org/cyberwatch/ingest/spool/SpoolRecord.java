package org.cyberwatch.ingest.spool;

import java.util.Arrays;
import org.cyberwatch.schemas.id.MeasurementUid;

/**
 * One measurement as the spool keeps it: its uid, its hour bucket and the POST body {@code
 * {"format":"json","content":{…}}}. Every record holds a checked POST body, and how it was checked
 * is said by the factory that made it: {@link #of} scans the body, {@link #ofBuiltPost} takes a
 * body the collector built around a measurement it had parsed in full, and {@link #fromJournal}
 * reads a frame that was written from such a record. The spool itself does not scan posts again.
 *
 * <p>For speed the {@code post} array is handed over, not copied: treat it as read-only.
 */
public final class SpoolRecord {

  /** The largest POST body the journal accepts (the HTTP layer sets a smaller limit). */
  public static final int MAX_POST_BYTES = 128 * 1024 * 1024;

  private final String uid;
  private final String bucket;
  private final byte[] post;

  /** Checks the post's size; the factories have checked the uid and derived or checked the bucket. */
  private SpoolRecord(String uid, String bucket, byte[] post) {
    if (post == null || post.length == 0 || post.length > MAX_POST_BYTES) {
      throw new IllegalArgumentException(
          "post: must hold 1 to " + MAX_POST_BYTES + " bytes, got " + (post == null ? null : post.length));
    }
    this.uid = uid;
    this.bucket = bucket;
    this.post = post;
  }

  /**
   * A record of a POST body from elsewhere, checked here with one streaming scan.
   *
   * @throws IllegalArgumentException naming {@code measurement_uid} or {@code post} when either is
   *     malformed
   */
  public static SpoolRecord of(String uid, byte[] post) {
    SpoolRecord r = ofBuiltPost(uid, post);
    PostBody.check(post);
    return r;
  }

  /**
   * A record of a POST body the collector built itself around a measurement it has just parsed in
   * full (the report service's checked submission, a stamped tunnel report): not scanned again.
   * The caller vouches that {@code post} is {@code {"format":"json","content":{…}}}.
   */
  public static SpoolRecord ofBuiltPost(String uid, byte[] post) {
    return new SpoolRecord(uid, bucketOf(uid), post);
  }

  /**
   * A record read back from a journal frame whose CRC matched (written from a checked record).
   *
   * @throws IllegalArgumentException naming {@code uid} or {@code bucket} when the uid is malformed
   *     or the bucket is not the uid's
   */
  static SpoolRecord fromJournal(String uid, String bucket, byte[] post) {
    MeasurementUid parsed = MeasurementUid.tryParse(uid)
        .orElseThrow(() -> new IllegalArgumentException("uid: not a measurement uid: '" + uid + "'"));
    String expected = parsed.hourDirName();
    if (!expected.equals(bucket)) {
      throw new IllegalArgumentException(
          "bucket: must be '" + expected + "' for uid " + uid + ", got '" + bucket + "'");
    }
    return new SpoolRecord(uid, bucket, post);
  }

  /**
   * The bucket of a uid: {@code YYYYMMDDHH_CC_testname}, the uid's receive hour, country and
   * compact test name ({@link MeasurementUid#hourDirName()}); it names the can the measurement
   * goes into.
   *
   * @throws IllegalArgumentException naming {@code measurement_uid} when it is malformed
   */
  public static String bucketOf(String uid) {
    return MeasurementUid.parse(uid).hourDirName();
  }

  /** The measurement uid ({@code YYYYMMDDHHMMSS.ffffff_CC_testname_hash}). */
  public String uid() {
    return uid;
  }

  /** {@code YYYYMMDDHH_CC_testname}, see {@link #bucketOf}. */
  public String bucket() {
    return bucket;
  }

  /** The POST body {@code {"format":"json","content":{…}}}, 1 byte to {@link #MAX_POST_BYTES}. */
  public byte[] post() {
    return post;
  }

  /** The UTC hour of the bucket as {@code YYYYMMDDHH} (sorts in time order). */
  public String hour() {
    return bucket.substring(0, 10);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpoolRecord r
        && uid.equals(r.uid)
        && bucket.equals(r.bucket)
        && Arrays.equals(post, r.post);
  }

  @Override
  public int hashCode() {
    return uid.hashCode() * 31 + Arrays.hashCode(post);
  }

  @Override
  public String toString() {
    return "SpoolRecord[uid=" + uid + ", bytes=" + post.length + "]";
  }
}
