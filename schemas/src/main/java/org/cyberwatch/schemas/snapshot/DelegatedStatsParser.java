package org.cyberwatch.schemas.snapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Streams an RIR delegated statistics file (NRO exchange format, plain or extended: {@code
 * delegated-<rir>-extended-YYYYMMDD}). Skipped: {@code #} comments, blank lines, the version header
 * ({@code 2|ripencc|20240101|…|+0100}) and summary lines ({@code ripencc|*|ipv4|*|…|summary}).
 * Every other line is a record ({@code registry|cc|type|start|value|date|status[|opaque-id…]}); one
 * that does not parse fails with the file and line named.
 */
public final class DelegatedStatsParser {

  private DelegatedStatsParser() {}

  /** Calls {@code sink} for every record line, in file order; returns how many. */
  public static long parse(Path file, Consumer<RirDelegation> sink) throws IOException {
    long lineNo = 0;
    long count = 0;
    boolean headerSeen = false;
    try (BufferedReader in = SnapshotReader.lines(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|", -1);
        if (!headerSeen && isVersionLine(f)) {
          headerSeen = true;
        } else if (!(f.length == 6 && f[5].equals("summary"))) {
          sink.accept(record(file, lineNo, line, f));
          count++;
        }
      }
    }
    return count;
  }

  private static boolean isVersionLine(String[] f) {
    return f.length == 7 && !f[0].isEmpty() && Character.isDigit(f[0].charAt(0));
  }

  private static RirDelegation record(Path file, long lineNo, String line, String[] f)
      throws SnapshotFormatException {
    if (f.length < 7) {
      throw new SnapshotFormatException(file, lineNo, "expected at least 7 fields", line);
    }
    try {
      return new RirDelegation(
          f[0], f[1], f[2], f[3], Long.parseLong(f[4]), f[5], f[6], f.length > 7 ? f[7] : "");
    } catch (IllegalArgumentException e) {
      throw new SnapshotFormatException(file, lineNo, e.getMessage(), line, e);
    }
  }
}
