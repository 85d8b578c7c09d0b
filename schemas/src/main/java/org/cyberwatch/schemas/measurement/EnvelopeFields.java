package org.cyberwatch.schemas.measurement;

/**
 * Member names of the OONI base data format (df-000) envelope, as written on the wire. Other
 * members are kept as they are; these are the ones the product reads.
 */
public final class EnvelopeFields {

  public static final String ANNOTATIONS = "annotations";
  public static final String DATA_FORMAT_VERSION = "data_format_version";
  public static final String INPUT = "input";
  public static final String MEASUREMENT_START_TIME = "measurement_start_time";
  public static final String MEASUREMENT_UID = "measurement_uid";
  public static final String PROBE_ASN = "probe_asn";
  public static final String PROBE_CC = "probe_cc";
  public static final String PROBE_IP = "probe_ip";
  public static final String PROBE_NETWORK_NAME = "probe_network_name";
  public static final String REPORT_ID = "report_id";
  public static final String RESOLVER_ASN = "resolver_asn";
  public static final String RESOLVER_IP = "resolver_ip";
  public static final String RESOLVER_NETWORK_NAME = "resolver_network_name";
  public static final String SOFTWARE_NAME = "software_name";
  public static final String SOFTWARE_VERSION = "software_version";
  public static final String TEST_HELPERS = "test_helpers";
  public static final String TEST_KEYS = "test_keys";
  public static final String TEST_NAME = "test_name";
  public static final String TEST_RUNTIME = "test_runtime";
  public static final String TEST_START_TIME = "test_start_time";
  public static final String TEST_VERSION = "test_version";

  /** The value {@code probe_ip} gets before anything is stored. */
  public static final String SCRUBBED_PROBE_IP = "127.0.0.1";

  private EnvelopeFields() {}
}
