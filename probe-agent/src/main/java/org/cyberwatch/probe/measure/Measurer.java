package org.cyberwatch.probe.measure;

/**
 * Measures one target for one test. One implementation per test name ({@code
 * TracerouteMeasurer}, {@code TcpConnectMeasurer}, …), mirroring the pipelines' scorers.
 *
 * <p>A network failure is a result, not an exception: it goes into the test keys in OONI's failure
 * vocabulary ({@code connection_refused}, {@code generic_timeout_error}, …). Exceptions are for bad
 * input (an input this test cannot measure: {@link IllegalArgumentException}) and interruption.
 * Implementations take their clock and external tools through their constructors so tests control
 * them.
 */
public interface Measurer {

  /** The OONI-style test name this measurer produces, e.g. {@code tcp_connect}. */
  String testName();

  /** The version written to the envelope's {@code test_version}; bump it when test keys change. */
  String testVersion();

  /**
   * Measures {@code input} (the target in this test's input syntax, e.g. {@code 192.0.2.1:443} for
   * {@code tcp_connect}, {@code https://example.org/} for {@code http_vs_https}).
   *
   * @throws IllegalArgumentException when the input is not one this test can measure
   * @throws InterruptedException when the agent is shutting down
   */
  MeasurementResult measure(String input) throws InterruptedException;
}
