package org.cyberwatch.schemas.can;

/**
 * Where a can lives in an OONI-style archive (bucket {@code ooni-data-eu-fra}, documented in
 * ooni/backend {@code docs/MeasurementUploader.md}).
 */
public enum CanLayout {
  /**
   * {@code raw/<YYYYMMDD>/<HH>/<CC>/<testname>/<name>}: hourly cans, OONI since 2020-10-20 and
   * cyberWatch. The name is {@code <YYYYMMDDHH>_<CC>_<testname>.n<collector>.<i><ext>}, e.g. {@code
   * raw/20210817/15/US/webconnectivity/2021081715_US_webconnectivity.n0.0.jsonl.gz}; other names
   * with a can extension are read too.
   */
  RAW,
  /**
   * {@code jsonl/<testname>/<CC>/<YYYYMMDD>/00/<name>.jsonl.gz}: OONI's daily JSONL files for
   * measurements before 2020-10-21, e.g. {@code
   * jsonl/webconnectivity/IT/20200921/00/20200921_IT_webconnectivity.l.0.jsonl.gz}. Read only.
   */
  LEGACY_JSONL
}
