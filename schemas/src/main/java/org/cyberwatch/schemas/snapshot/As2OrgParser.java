package org.cyberwatch.schemas.snapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a CAIDA AS organizations file in the classic text format ({@code
 * YYYYMMDD.as-org2info.txt[.gz]}). The file has two sections, each introduced by a comment that
 * names its columns:
 *
 * <pre>
 * # format:org_id|changed|org_name|country|source
 * # format:aut|changed|aut_name|org_id|opaque_id|source
 * </pre>
 *
 * Columns are taken from that line by name, so the older layouts ({@code # format: aut|changed|
 * name|org_id|source}) read too. Other {@code #} lines and blank lines are skipped; a data line
 * before any format line, or with the wrong number of columns, fails with the line named.
 */
public final class As2OrgParser {

  private static final String FORMAT = "format:";

  private As2OrgParser() {}

  /** Parses the whole file. */
  public static As2OrgSnapshot read(Path file) throws IOException {
    Map<Long, CaidaAs> ases = new HashMap<>();
    Map<String, CaidaOrg> orgs = new HashMap<>();
    Map<String, Integer> columns = null;
    long lineNo = 0;
    try (BufferedReader in = SnapshotReader.lines(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.startsWith("#")) {
          columns = formatLine(line, columns);
        } else if (!line.isBlank()) {
          if (columns == null) {
            throw new SnapshotFormatException(file, lineNo, "data before '# format:'", line);
          }
          row(file, lineNo, line, columns, ases, orgs);
        }
      }
    }
    return new As2OrgSnapshot(ases, orgs);
  }

  private static Map<String, Integer> formatLine(String line, Map<String, Integer> current) {
    int at = line.indexOf(FORMAT);
    if (at < 0) {
      return current;
    }
    String[] names = line.substring(at + FORMAT.length()).trim().split("\\|", -1);
    boolean aut = names[0].trim().equals("aut");
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String n = names[i].trim();
      columns.put(n.equals("name") ? (aut ? "aut_name" : "org_name") : n, i);
    }
    return columns;
  }

  private static void row(
      Path file,
      long lineNo,
      String line,
      Map<String, Integer> columns,
      Map<Long, CaidaAs> ases,
      Map<String, CaidaOrg> orgs)
      throws SnapshotFormatException {
    String[] f = line.split("\\|", -1);
    if (f.length != columns.size()) {
      throw new SnapshotFormatException(
          file, lineNo, "expected " + columns.size() + " columns, got " + f.length, line);
    }
    try {
      if (columns.containsKey("aut")) {
        long asn = AsNumbers.parse(col(f, columns, "aut"), line);
        ases.put(
            asn,
            new CaidaAs(
                asn,
                col(f, columns, "changed"),
                col(f, columns, "aut_name"),
                col(f, columns, "org_id"),
                col(f, columns, "opaque_id"),
                col(f, columns, "source")));
      } else {
        CaidaOrg org =
            new CaidaOrg(
                col(f, columns, "org_id"),
                col(f, columns, "changed"),
                col(f, columns, "org_name"),
                col(f, columns, "country"),
                col(f, columns, "source"));
        orgs.put(org.orgId(), org);
      }
    } catch (IllegalArgumentException e) {
      throw new SnapshotFormatException(file, lineNo, e.getMessage(), line, e);
    }
  }

  private static String col(String[] fields, Map<String, Integer> columns, String name) {
    Integer i = columns.get(name);
    return i == null ? "" : fields[i];
  }
}
