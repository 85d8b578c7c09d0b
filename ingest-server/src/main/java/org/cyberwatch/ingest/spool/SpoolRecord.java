package org.cyberwatch.ingest.spool;

import java.util.Arrays;
import org.cyberwatch.schemas.id.MeasurementUid;

/**
 * One measurement as the spool keeps it: its uid, its hour bucket and the POST body.
 *
 * <p>For speed the {@code post} array is handed over, not copied: treat it as read-only.
 *
 * @param uid the measurement uid ({@code YYYYMMDDHHMMSS.ffffff_CC_testname_hash})
 * @param bucket {@code YYYYMMDDHH_CC_testname}, derived from the uid's receive time, country and
 *     compact test name ({@link MeasurementUid#hourDirName()}); it names the spool directory and
 *     the can the measurement goes into
 * @param post the POST body {@code {"format":"json","content":{…}}}, 1 byte to {@link
 *     #MAX_POST_BYTES}
 */
public record SpoolRecord(String uid, String bucket, byte[] post) {

  /** The largest POST body the journal accepts (the HTTP layer sets a smaller limit). */
  public static final int MAX_POST_BYTES = 128 * 1024 * 1024;

  /** Checks the uid's shape, that the bucket is the uid's, and the post's size. */
  public SpoolRecord {
    MeasurementUid parsed = MeasurementUid.tryParse(uid)
        .orElseThrow(() -> new IllegalArgumentException("uid: not a measurement uid: '" + uid + "'"));
    if (!parsed.hourDirName().equals(bucket)) {
      throw new IllegalArgumentException(
          "bucket: must be '" + parsed.hourDirName() + "' for uid " + uid + ", got '" + bucket + "'");
    }
    if (post == null || post.length == 0 || post.length > MAX_POST_BYTES) {
      throw new IllegalArgumentException(
          "post: must hold 1 to " + MAX_POST_BYTES + " bytes, got " + (post == null ? null : post.length));
    }
  }

  /** A record whose bucket is derived from the uid. */
  public static SpoolRecord of(String uid, byte[] post) {
    return new SpoolRecord(uid, bucketOf(uid), post);
  }

  /**
   * The bucket of a uid.
   *
   * @throws IllegalArgumentException naming {@code measurement_uid} when it is malformed
   */
  public static String bucketOf(String uid) {
    return MeasurementUid.parse(uid).hourDirName();
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
