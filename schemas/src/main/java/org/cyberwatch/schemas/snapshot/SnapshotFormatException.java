package org.cyberwatch.schemas.snapshot;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A snapshot file that does not follow its published format: names the file, the line (0 when the
 * format has no lines) and a snippet of the offending input.
 */
public class SnapshotFormatException extends IOException {

  private static final int SNIPPET_CHARS = 120;

  private final transient Path file;
  private final long line;

  /** A problem at {@code line} (1-based; 0 for none) of {@code file}. */
  public SnapshotFormatException(Path file, long line, String problem, String snippet) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem + snippetText(snippet));
    this.file = file;
    this.line = line;
  }

  /** The same, keeping the parser's cause. */
  public SnapshotFormatException(
      Path file, long line, String problem, String snippet, Throwable cause) {
    this(file, line, problem, snippet);
    initCause(cause);
  }

  /** The file that failed to parse. */
  public Path file() {
    return file;
  }

  /** The 1-based line number, or 0 when not line-oriented. */
  public long line() {
    return line;
  }

  private static String snippetText(String snippet) {
    if (snippet == null) {
      return "";
    }
    String s =
        snippet.length() > SNIPPET_CHARS ? snippet.substring(0, SNIPPET_CHARS) + "…" : snippet;
    return ": '" + s + "'";
  }
}
