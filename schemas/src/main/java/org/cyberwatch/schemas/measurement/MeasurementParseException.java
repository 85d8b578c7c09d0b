package org.cyberwatch.schemas.measurement;

/**
 * A measurement document could not be read: either it is not well-formed JSON (field {@code $},
 * snippet around the error position) or an envelope field the product relies on is missing or has
 * the wrong shape (field = the envelope member, snippet = its value, shortened).
 *
 * <p>It is an {@link IllegalArgumentException}, so {@link Measurement}'s constructor checks throw
 * it directly; callers at the edges (ingest, pipeline parse stage, can reader) catch it to answer
 * 400 or to route the document to dead letters.
 */
public final class MeasurementParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Field name used when the document as a whole is at fault. */
  public static final String DOCUMENT = "$";

  private static final int SNIPPET_CHARS = 80;

  private final String field;
  private final String snippet;

  /**
   * @param field the envelope member at fault, or {@link #DOCUMENT}
   * @param problem what is wrong, e.g. "must be two upper-case letters"
   * @param snippet the offending text (shortened to 80 characters here); may be empty
   * @param cause the underlying parser error, or null
   */
  public MeasurementParseException(String field, String problem, String snippet, Throwable cause) {
    super(
        field + ": " + problem + (snippet.isEmpty() ? "" : " near '" + shorten(snippet) + "'"),
        cause);
    this.field = field;
    this.snippet = shorten(snippet);
  }

  /** Same as the four-argument form without a cause. */
  public MeasurementParseException(String field, String problem, String snippet) {
    this(field, problem, snippet, null);
  }

  /** The envelope member at fault, or {@link #DOCUMENT} ({@code "$"}). */
  public String field() {
    return field;
  }

  /** The offending text, at most 80 characters (may be empty). */
  public String snippet() {
    return snippet;
  }

  private static String shorten(String s) {
    return s.length() <= SNIPPET_CHARS ? s : s.substring(0, SNIPPET_CHARS - 3) + "...";
  }
}
