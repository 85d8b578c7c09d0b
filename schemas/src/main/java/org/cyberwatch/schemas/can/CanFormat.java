package org.cyberwatch.schemas.can;

import java.util.Optional;

/**
 * The three can formats. Names and contents follow OONI's archive so that OONI's tools read our
 * cans and we read theirs.
 */
public enum CanFormat {
  /**
   * {@code .tar.gz}: a gzip-compressed tar of one member per POST, named {@code
   * <YYYYMMDDHH>_<CC>_<testname>/<measurement_uid>.post}, each holding the POST body {@code
   * {"format":"json","content":{…measurement…}}}.
   */
  POSTCAN_TAR_GZ(".tar.gz"),
  /** {@code .jsonl.gz}: gzip-compressed JSON Lines, one measurement per line. */
  JSONL_GZ(".jsonl.gz"),
  /** {@code .jsonl.zst}: zstd-compressed JSON Lines (a cyberWatch option, faster to read). */
  JSONL_ZST(".jsonl.zst");

  private final String extension;

  CanFormat(String extension) {
    this.extension = extension;
  }

  /** The file name suffix including the leading dot, e.g. {@code .jsonl.gz}. */
  public String extension() {
    return extension;
  }

  /** The suffix without the leading dot, as written in index files, e.g. {@code jsonl.gz}. */
  public String id() {
    return extension.substring(1);
  }

  /** True for the JSON Lines formats. */
  public boolean isJsonl() {
    return this != POSTCAN_TAR_GZ;
  }

  /** The format a file name ends with, or empty. */
  public static Optional<CanFormat> fromFileName(String fileName) {
    for (CanFormat f : values()) {
      if (fileName.endsWith(f.extension) && fileName.length() > f.extension.length()) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format with the given {@link #id()}, e.g. {@code jsonl.gz}. */
  public static CanFormat fromId(String id) {
    for (CanFormat f : values()) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("can_format: unknown '" + id + "'");
  }
}
