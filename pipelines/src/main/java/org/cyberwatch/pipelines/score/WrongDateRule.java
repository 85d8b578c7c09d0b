package org.cyberwatch.pipelines.score;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.measurement.Measurement;

/**
 * fastpath's wrong-date rule, applied after every scorer: a measurement whose {@code
 * measurement_start_time} lies more than one hour after the receive time in its {@code
 * measurement_uid}, or more than 365 days before it, gets {@code accuracy 0} and fastpath's {@code
 * msg}. The receive time comes only from the uid (no clock): without a parseable uid or start
 * time the score is returned unchanged. The reason becomes {@code date/future} or {@code
 * date/too_old}.
 */
final class WrongDateRule {

  static final String FUTURE_MSG = "Measurement start time from the future";
  static final String TOO_OLD_MSG = "Measurement start time too old";
  private static final Duration MAX_AHEAD = Duration.ofHours(1);
  private static final Duration MAX_AGE = Duration.ofDays(365);

  private WrongDateRule() {}

  /** {@code score}, or a copy flagged as having a wrong date. */
  static Score apply(Measurement m, Score score) {
    Optional<MeasurementUid> uid = MeasurementUid.tryParse(m.measurementUid());
    LocalDateTime start = m.measurementStartTime();
    if (uid.isEmpty() || start == null) {
      return score;
    }
    Instant received = uid.get().receivedAt();
    Duration delta = Duration.between(start.toInstant(ZoneOffset.UTC), received);
    if (delta.compareTo(MAX_AHEAD.negated()) < 0) {
      return score.withAccuracy(0.0).withMsg(FUTURE_MSG).withReason("date/future");
    }
    if (delta.compareTo(MAX_AGE) > 0) {
      return score.withAccuracy(0.0).withMsg(TOO_OLD_MSG).withReason("date/too_old");
    }
    return score;
  }
}
