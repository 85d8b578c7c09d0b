package org.cyberwatch.schemas.cli;

/**
 * Process exit codes shared by every cyberWatch command; operators and scheduled jobs rely on them.
 *
 * <p>They match picocli's defaults, so a command line that picocli rejects exits with {@link
 * #USAGE} without further mapping.
 */
public enum ExitCode {
  /** Finished as asked. */
  OK(0),
  /** Failed while running (I/O, a server that does not answer, a failed job). */
  RUNTIME_FAILURE(1),
  /** Bad flags, bad configuration or bad input named on the command line; nothing was done. */
  USAGE(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The numeric code passed to {@link System#exit(int)}. */
  public int code() {
    return code;
  }
}
