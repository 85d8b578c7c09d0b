package org.cyberwatch.schemas.snapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams a CAIDA RouteViews prefix2as file ({@code routeviews-rv2-YYYYMMDD-HHMM.pfx2as.gz}, IPv6
 * {@code routeviews-rv6-…}): one {@code prefix<TAB>length<TAB>origin} per line, for example {@code
 * 1.0.4.0 22 56203}. Blank lines and {@code #} comments are skipped; anything else malformed fails
 * with the file and line named. Identical origin texts share one {@link RouteOrigin}.
 */
public final class Pfx2AsParser {

  private Pfx2AsParser() {}

  /** Calls {@code sink} for each line in file order; returns the number of entries. */
  public static long parse(Path file, Consumer<Pfx2AsEntry> sink) throws IOException {
    Map<String, RouteOrigin> origins = new HashMap<>();
    long count = 0;
    long lineNo = 0;
    try (BufferedReader in = SnapshotReader.lines(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        sink.accept(entry(file, lineNo, line, origins));
        count++;
      }
    }
    return count;
  }

  private static Pfx2AsEntry entry(
      Path file, long lineNo, String line, Map<String, RouteOrigin> origins)
      throws SnapshotFormatException {
    int a = separator(line, 0);
    int b = a < 0 ? -1 : separator(line, a + 1);
    if (b < 0 || separator(line, b + 1) >= 0) {
      throw new SnapshotFormatException(file, lineNo, "expected prefix, length, origin", line);
    }
    try {
      int length = Integer.parseInt(line.substring(a + 1, b));
      IpPrefix prefix = IpPrefix.of(line.substring(0, a), length);
      String originText = line.substring(b + 1);
      RouteOrigin origin = origins.get(originText);
      if (origin == null) {
        origin = RouteOrigin.parse(originText);
        origins.put(originText, origin);
      }
      return new Pfx2AsEntry(prefix, origin);
    } catch (IllegalArgumentException e) {
      throw new SnapshotFormatException(file, lineNo, e.getMessage(), line, e);
    }
  }

  private static int separator(String line, int from) {
    int tab = line.indexOf('\t', from);
    return tab >= 0 ? tab : line.indexOf(' ', from);
  }
}
