package org.cyberwatch.ingest.report;

import java.util.List;

/**
 * The answer to {@code POST /report}, as OONI's collector gives it.
 *
 * @param backendVersion this collector's version
 * @param reportId the new report id
 * @param supportedFormats always {@code ["yaml", "json"]}, as OONI answers (only json is
 *     accepted on submit)
 */
public record OpenedReport(String backendVersion, String reportId, List<String> supportedFormats) {

  /** The formats OONI's collector lists. */
  public static final List<String> FORMATS = List.of("yaml", "json");

  /** Requires every part; copies the list. */
  public OpenedReport {
    if (backendVersion == null || reportId == null) {
      throw new IllegalArgumentException("backendVersion, reportId: must not be null");
    }
    supportedFormats = List.copyOf(supportedFormats);
  }
}
