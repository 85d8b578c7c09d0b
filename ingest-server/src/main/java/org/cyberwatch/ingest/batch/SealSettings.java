package org.cyberwatch.ingest.batch;

import java.util.regex.Pattern;
import org.cyberwatch.schemas.can.CanWriter;

/**
 * How cans are sealed.
 *
 * @param collector this collector's id in can names ({@code …n<collector>.<i>…}),
 *     {@code [A-Za-z0-9]{1,16}}; must differ between collectors writing to one archive
 * @param maxCanBytes a can is closed once its compressed size exceeds this
 */
public record SealSettings(String collector, long maxCanBytes) {

  /** OONI's can size threshold, 20 MB. */
  public static final long DEFAULT_MAX_CAN_BYTES = CanWriter.OONI_CAN_BYTES;

  private static final Pattern COLLECTOR = Pattern.compile("[A-Za-z0-9]{1,16}");

  /** Checks the collector id and the size. */
  public SealSettings {
    if (collector == null || !COLLECTOR.matcher(collector).matches()) {
      throw new IllegalArgumentException("collector: must be [A-Za-z0-9]{1,16}, got '" + collector + "'");
    }
    if (maxCanBytes < 1) {
      throw new IllegalArgumentException("maxCanBytes: must be >= 1, got " + maxCanBytes);
    }
  }

  /** Settings with OONI's can size. */
  public static SealSettings of(String collector) {
    return new SealSettings(collector, DEFAULT_MAX_CAN_BYTES);
  }
}
