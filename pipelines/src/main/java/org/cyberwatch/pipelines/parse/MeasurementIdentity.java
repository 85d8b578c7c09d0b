package org.cyberwatch.pipelines.parse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cyberwatch.schemas.id.MeasurementUid;
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
    Measurement body = parsed.withoutField(UID_FIELD);
    byte[] canonical = MeasurementCodec.toCanonicalBytes(body);
    String uid = chooseUid(parsed.measurementUid(), uidHint, body, canonical);
    Measurement withUid = uid.equals(parsed.measurementUid()) ? parsed : parsed.withMeasurementUid(uid);
    return new ParsedMeasurement(uid, sha256Hex(canonical), sourceCan, sourceLine, withUid);
  }

  private static String chooseUid(String own, String hint, Measurement body, byte[] canonical) {
    if (own != null && MeasurementUid.isValid(own)) {
      return own;
    }
    if (hint != null && MeasurementUid.isValid(hint)) {
      return hint;
    }
    return MeasurementUid.of(body.startInstant(), body.probeCc(), body.testName(), canonical)
        .toString();
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
