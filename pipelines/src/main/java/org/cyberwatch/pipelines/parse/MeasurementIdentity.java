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
  private static final String HASH = "SHA-256";

  private MeasurementIdentity() {}

  /** The entry's identity; throws {@link IllegalArgumentException} if it has no usable time. */
  public static ParsedMeasurement identify(
      Measurement parsed, String uidHint, String sourceCan, long sourceLine) {
    return identify(parsed, contentHash(parsed), uidHint, sourceCan, sourceLine);
  }

  /**
   * Parses a document and computes its content hash in the same pass (see {@link
   * MeasurementCodec#parseWithCanonicalDigest}); hand the result to {@link
   * #identify(DigestedMeasurement, String, String, long)}. Fails as {@link MeasurementCodec#parse}.
   */
  public static DigestedMeasurement parse(byte[] json) {
    return MeasurementCodec.parseWithCanonicalDigest(json, UID_FIELD, HASH);
  }

  /**
   * {@link #identify(Measurement, String, String, long)} for a document read with {@link
   * #parse(byte[])}, whose content hash is already known.
   */
  public static ParsedMeasurement identify(
      DigestedMeasurement parsed, String uidHint, String sourceCan, long sourceLine) {
    return identify(parsed.measurement(), parsed.canonicalDigest(), uidHint, sourceCan, sourceLine);
  }

  private static ParsedMeasurement identify(
      Measurement parsed, String contentHash, String uidHint, String sourceCan, long sourceLine) {
    String own = parsed.measurementUid();
    String uid = chooseUid(own, uidHint, parsed);
    Measurement withUid = uid.equals(own) ? parsed : parsed.withMeasurementUid(uid);
    return new ParsedMeasurement(uid, contentHash, sourceCan, sourceLine, withUid);
  }

  /**
   * SHA-256 (hex) of the canonical document without {@code measurement_uid}: the same bytes as
   * {@code MeasurementCodec.toCanonicalBytes(m.withoutField("measurement_uid"))}, not built as text.
   */
  static String contentHash(Measurement m) {
    return MeasurementCodec.canonicalDigest(m, UID_FIELD, HASH);
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
