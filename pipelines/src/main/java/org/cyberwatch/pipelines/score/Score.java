package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The score of one measurement: OONI fastpath's {@code scores} dict as typed parts, plus
 * cyberWatch's machine-readable {@link #reason()} and the {@link #scorerVersion()}. {@link
 * ScoreJson} writes the dict with OONI's key names; {@link #anomaly()}, {@link #confirmed()} and
 * {@link #msmFailure()} are the flags fastpath derives from it.
 *
 * @param blocking {@code blocking_*} values (all zero when {@code unscored})
 * @param accuracy {@code accuracy}; null when the key is absent (OONI then reads it as 1.0)
 * @param confirmed {@code confirmed: true} is emitted only when true
 * @param fingerprints matched fingerprints, emitted when not empty
 * @param analysis {@code analysis} object, or null when absent
 * @param extra {@code extra} object, or null when absent
 * @param msg {@code msg}, or null when absent
 * @param details test-specific top-level keys (telegram, facebook_messenger, ...); never null
 * @param unscored true when OONI emits no {@code blocking_*} keys at all (riseupvpn, ndt)
 * @param reason {@code stage/cause} of {@code [a-z0-9_]}, e.g. {@code dns/inconsistent}
 * @param scorerVersion version of the rules that produced this score
 */
public record Score(
    Blocking blocking,
    Double accuracy,
    boolean confirmed,
    List<FingerprintHit> fingerprints,
    ObjectNode analysis,
    ObjectNode extra,
    String msg,
    ObjectNode details,
    boolean unscored,
    String reason,
    String scorerVersion) {

  /** Reason of a score with no sign of interference. */
  public static final String OK = "none/ok";

  /** Version of {@link #unsupported(String)} scores. */
  public static final String UNSUPPORTED_VERSION = "1.0.0";

  private static final Pattern REASON = Pattern.compile("[a-z0-9_]{1,64}/[a-z0-9_]{1,64}");
  private static final Set<String> RESERVED =
      Set.of(
          "blocking_general", "blocking_global", "blocking_country", "blocking_isp",
          "blocking_local", "accuracy", "confirmed", "fingerprints", "analysis", "extra", "msg");

  /** Validates every part and copies the mutable ones. */
  public Score {
    if (blocking == null) {
      throw new IllegalArgumentException("blocking: required");
    }
    if (accuracy != null && !(accuracy >= 0.0 && accuracy <= 1.0)) {
      throw new IllegalArgumentException("accuracy: must be within [0, 1], got " + accuracy);
    }
    if (fingerprints == null) {
      throw new IllegalArgumentException("fingerprints: required (may be empty)");
    }
    fingerprints = List.copyOf(fingerprints);
    analysis = analysis == null ? null : analysis.deepCopy();
    extra = extra == null ? null : extra.deepCopy();
    details = details == null ? JsonNodeFactory.instance.objectNode() : details.deepCopy();
    details.fieldNames().forEachRemaining(Score::checkDetailKey);
    if (unscored && !isEmptyDict(blocking, confirmed, fingerprints, analysis, extra, details)) {
      throw new IllegalArgumentException(
          "unscored: an unscored score carries no blocking, fingerprints, analysis or extra");
    }
    if (reason == null || !REASON.matcher(reason).matches()) {
      throw new IllegalArgumentException("reason: must be stage/cause of [a-z0-9_], got " + reason);
    }
    if (scorerVersion == null || scorerVersion.isBlank()) {
      throw new IllegalArgumentException("scorerVersion: required");
    }
  }

  /** Only blocking values (no accuracy or other keys). */
  public static Score of(Blocking blocking, String reason, String scorerVersion) {
    return new Score(
        blocking, null, false, List.of(), null, null, null, null, false, reason, scorerVersion);
  }

  /** OONI's initial scores (all zero) with reason {@value #OK}. */
  public static Score ok(String scorerVersion) {
    return of(Blocking.NONE, OK, scorerVersion);
  }

  /** A failed measurement: zero blocking, accuracy 0. */
  public static Score failed(String reason, String scorerVersion) {
    return of(Blocking.NONE, reason, scorerVersion).withAccuracy(0.0);
  }

  /** OONI's empty scores dict ({@code {}}): the test is deliberately not scored. */
  public static Score unscored(String reason, String scorerVersion) {
    return new Score(
        Blocking.NONE, null, false, List.of(), null, null, null, null, true, reason, scorerVersion);
  }

  /**
   * The score of a test no scorer knows: zero blocking and accuracy 0, as fastpath gives it;
   * reason {@code unsupported/<test name>}.
   */
  public static Score unsupported(String testName) {
    String cause = testName == null ? "" : testName.toLowerCase(Locale.ROOT);
    cause = cause.replaceAll("[^a-z0-9_]", "_");
    cause = cause.isEmpty() ? "unknown" : cause.substring(0, Math.min(64, cause.length()));
    return failed("unsupported/" + cause, UNSUPPORTED_VERSION);
  }

  /** fastpath's anomaly flag: {@code blocking_general > 0.5}. */
  public boolean anomaly() {
    return blocking.general() > 0.5;
  }

  /** fastpath's msm_failure flag: {@code accuracy < 0.5} (absent accuracy counts as 1.0). */
  public boolean msmFailure() {
    return accuracy != null && accuracy < 0.5;
  }

  /** A copy of {@code analysis}, or null. */
  @Override
  public ObjectNode analysis() {
    return analysis == null ? null : analysis.deepCopy();
  }

  /** A copy of {@code extra}, or null. */
  @Override
  public ObjectNode extra() {
    return extra == null ? null : extra.deepCopy();
  }

  /** A copy of the test-specific keys (possibly empty). */
  @Override
  public ObjectNode details() {
    return details.deepCopy();
  }

  /** A copy with other blocking values. */
  public Score withBlocking(Blocking value) {
    return new Score(value, accuracy, confirmed, fingerprints, analysis, extra, msg, details,
        unscored, reason, scorerVersion);
  }

  /** A copy with {@code accuracy} set. */
  public Score withAccuracy(double value) {
    return new Score(blocking, value, confirmed, fingerprints, analysis, extra, msg, details,
        unscored, reason, scorerVersion);
  }

  /** A copy with matched fingerprints and the confirmed flag. */
  public Score withFingerprints(List<FingerprintHit> hits, boolean isConfirmed) {
    return new Score(blocking, accuracy, isConfirmed, hits, analysis, extra, msg, details,
        unscored, reason, scorerVersion);
  }

  /** A copy with {@code analysis} set (null removes it). */
  public Score withAnalysis(ObjectNode value) {
    return new Score(blocking, accuracy, confirmed, fingerprints, value, extra, msg, details,
        unscored, reason, scorerVersion);
  }

  /** A copy with {@code extra} set (null removes it). */
  public Score withExtra(ObjectNode value) {
    return new Score(blocking, accuracy, confirmed, fingerprints, analysis, value, msg, details,
        unscored, reason, scorerVersion);
  }

  /** A copy with {@code msg} set (null removes it). */
  public Score withMsg(String value) {
    return new Score(blocking, accuracy, confirmed, fingerprints, analysis, extra, value, details,
        unscored, reason, scorerVersion);
  }

  /** A copy with the test-specific keys replaced. */
  public Score withDetails(ObjectNode value) {
    return new Score(blocking, accuracy, confirmed, fingerprints, analysis, extra, msg, value,
        unscored, reason, scorerVersion);
  }

  /** A copy with another reason. */
  public Score withReason(String value) {
    return new Score(blocking, accuracy, confirmed, fingerprints, analysis, extra, msg, details,
        unscored, value, scorerVersion);
  }

  /** A copy with another scorer version. */
  public Score withScorerVersion(String value) {
    return new Score(blocking, accuracy, confirmed, fingerprints, analysis, extra, msg, details,
        unscored, reason, value);
  }

  private static void checkDetailKey(String key) {
    if (RESERVED.contains(key)) {
      throw new IllegalArgumentException("details: key '" + key + "' has its own component");
    }
  }

  private static boolean isEmptyDict(
      Blocking blocking, boolean confirmed, List<FingerprintHit> fingerprints,
      ObjectNode analysis, ObjectNode extra, ObjectNode details) {
    return blocking.equals(Blocking.NONE) && !confirmed && fingerprints.isEmpty()
        && analysis == null && extra == null && details.isEmpty();
  }
}
