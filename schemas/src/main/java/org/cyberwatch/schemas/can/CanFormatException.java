package org.cyberwatch.schemas.can;

/**
 * A can (or its index) is not readable as a whole any more: the compressed stream is truncated or
 * corrupt, or the container itself (tar, index JSON) is broken. A {@link CanReader} throws it after
 * handing out every entry read before the damage; {@link #entriesRead()} says how many. Damage
 * inside one entry (a bad line) is not this exception: it is carried by that {@link CanEntry}.
 */
public final class CanFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long entriesRead;

  /**
   * @param source the can or index name
   * @param entriesRead entries handed out before the damage
   * @param problem what is wrong
   * @param cause the underlying I/O error, or null
   */
  public CanFormatException(String source, long entriesRead, String problem, Throwable cause) {
    super(source + ": " + problem + " (after " + entriesRead + " entries)", cause);
    this.source = source;
    this.entriesRead = entriesRead;
  }

  /** The can or index name. */
  public String source() {
    return source;
  }

  /** Entries handed out before the damage. */
  public long entriesRead() {
    return entriesRead;
  }
}
