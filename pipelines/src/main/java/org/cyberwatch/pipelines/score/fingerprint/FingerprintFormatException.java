package org.cyberwatch.pipelines.score.fingerprint;

/**
 * A fingerprints CSV that cannot be loaded: names the source, the line and the column (or {@code
 * csv} for a syntax error).
 */
public final class FingerprintFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String field;

  /** A problem in {@code field} of the record starting on {@code line} of {@code source}. */
  public FingerprintFormatException(String source, int line, String field, String problem) {
    super(source + ":" + line + ": " + field + ": " + problem);
    this.source = source;
    this.line = line;
    this.field = field;
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** 1-based line where the record starts. */
  public int line() {
    return line;
  }

  /** The column name, or {@code csv} for a syntax error. */
  public String field() {
    return field;
  }
}
