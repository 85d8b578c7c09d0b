package org.cyberwatch.probe.worker;

import java.util.Objects;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;

/**
 * Adapts a measurer that takes no input ({@code peer_locator}) to the scheduler, whose tasks always
 * have one: the task's input names what the measurement contacts (the locator's URL), so the
 * per-host politeness rules apply, and the measurer is called with {@code null}. The envelope's
 * {@code input} stays null.
 */
public final class InputlessMeasurer implements Measurer {
  private final Measurer delegate;

  /** Wraps {@code delegate}, which must accept a null input. */
  public InputlessMeasurer(Measurer delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public String testName() {
    return delegate.testName();
  }

  @Override
  public String testVersion() {
    return delegate.testVersion();
  }

  /** Measures without input, whatever the task's input was. */
  @Override
  public MeasurementResult measure(String ignoredInput) throws InterruptedException {
    return delegate.measure(null);
  }
}
