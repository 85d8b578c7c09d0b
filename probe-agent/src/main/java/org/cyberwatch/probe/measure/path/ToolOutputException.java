package org.cyberwatch.probe.measure.path;

/** Output of an external tool that does not have the expected shape. */
public final class ToolOutputException extends Exception {

  private static final long serialVersionUID = 1L;

  /** {@code tool} printed something this parser cannot read; {@code detail} says what. */
  public ToolOutputException(String tool, String detail) {
    super(tool + " output: " + detail);
  }
}
