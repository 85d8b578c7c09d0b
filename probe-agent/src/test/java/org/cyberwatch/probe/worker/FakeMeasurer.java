package org.cyberwatch.probe.worker;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;

/** A measurer that measures nothing: its test keys echo the input. */
public final class FakeMeasurer implements Measurer {
  private final String testName;

  public FakeMeasurer(String testName) {
    this.testName = testName;
  }

  @Override
  public String testName() {
    return testName;
  }

  @Override
  public String testVersion() {
    return "0.0.1";
  }

  @Override
  public MeasurementResult measure(String input) {
    if (input.startsWith("bad")) {
      throw new IllegalArgumentException("input: not measurable");
    }
    ObjectNode keys = JsonNodeFactory.instance.objectNode();
    keys.put("echo", input);
    keys.putNull("failure");
    return new MeasurementResult(input, Instant.parse("2026-01-01T00:00:01Z"), 0.25, keys);
  }
}
