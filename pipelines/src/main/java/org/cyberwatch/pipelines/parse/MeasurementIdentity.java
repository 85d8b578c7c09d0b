package org.cyberwatch.pipelines.parse;

import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.measurement.DigestedMeasurement;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * Decides a parsed document's uid and content hash. Pure and deterministic.
 *
 * <p>The uid is, in order: the document's own valid {@code measurement_uid}; the uid named by its
 * postcan member; else a derived uid of the same shape, from the measurement start time, CC, test
 * name and the SHA-512 of the canonical body (OONI's older JSONL cans carry no uid). A derived uid
 * is stable: the same document always gets the same one.
 */
public final class MeasurementIdentity {
  private static final String UID_FIELD = "measurement_uid";

  private MeasurementIdentity() {}

  /** The entry's identity; throws {@link IllegalArgumentException} if it has no usable time. */
  public static ParsedMeasurement identify(
      Measurement parsed, String uidHint, String sourceCan, long sourceLine) {
    return identify(parsed, contentHash(parsed), uidHint, sourceCan, sourceLine);
  }

  /**
   * Parses a document and computes its content hash (see {@link
   * MeasurementCodec#parseWithContentDigest}); hand the result to {@link
   * #identify(DigestedMeasurement, String, String, long)}. Fails as {@link MeasurementCodec#parse}.
   */
  public static DigestedMeasurement parse(byte[] json) {
    return MeasurementCodec.parseWithContentDigest(json, UID_FIELD);
  }

  /**
   * {@link #identify(Measurement, String, String, long)} for a document read with {@link
   * #parse(byte[])}, whose content hash is already known.
   */
  public static ParsedMeasurement identify(
      DigestedMeasurement parsed, String uidHint, String sourceCan, long sourceLine) {
    return identify(parsed.measurement(), parsed.contentDigest(), uidHint, sourceCan, sourceLine);
  }

  private static ParsedMeasurement identify(
      Measurement parsed, String contentHash, String uidHint, String sourceCan, long sourceLine) {
    String own = parsed.measurementUid();
    String uid = chooseUid(own, uidHint, parsed);
    Measurement withUid = uid.equals(own) ? parsed : parsed.withMeasurementUid(uid);
    return new ParsedMeasurement(uid, contentHash, sourceCan, sourceLine, withUid);
  }

  /**
   * The content digest of the document without {@code measurement_uid} ({@link
   * MeasurementCodec#contentDigest}: SHA-256, hex): equal exactly when the canonical forms of the
   * two documents without their uids are equal.
   */
  static String contentHash(Measurement m) {
    return MeasurementCodec.contentDigest(m, UID_FIELD);
  }

  private static String chooseUid(String own, String hint, Measurement parsed) {
    if (own != null && MeasurementUid.isValid(own)) {
      return own;
    }
    if (hint != null && MeasurementUid.isValid(hint)) {
      return hint;
    }
    Measurement body = parsed.withoutField(UID_FIELD);
    return MeasurementUid.of(body.startInstant(), body.probeCc(), body.testName(),
        MeasurementCodec.toCanonicalBytes(body)).toString();
  }
}
