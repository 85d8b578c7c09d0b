package org.cyberwatch.pipelines.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of OONI's fastpath table as stored in {@code fixtures/ooni_fastpath_rows/
 * fastpath_rows_subset.sql} ({@code INSERT INTO fastpath (columns) VALUES (...);} per line).
 *
 * @param uid measurement_uid
 * @param testName test_name
 * @param scores the scores dict as fastpath wrote it
 * @param anomaly the anomaly column
 * @param confirmed the confirmed column
 * @param msmFailure the msm_failure column
 */
record FastpathRow(
    String uid, String testName, String scores, boolean anomaly, boolean confirmed,
    boolean msmFailure) {

  static final String RESOURCE = "/fixtures/ooni_fastpath_rows/fastpath_rows_subset.sql";

  /** Every INSERT row of the file. */
  static List<FastpathRow> all() {
    List<FastpathRow> out = new ArrayList<>();
    try (InputStream in = FastpathRow.class.getResourceAsStream(RESOURCE);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("INSERT INTO fastpath")) {
          out.add(parse(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static FastpathRow parse(String line) {
    String[] columns = line.substring(line.indexOf('(') + 1, line.indexOf(')')).split(",");
    List<String> values = values(line.substring(line.indexOf("VALUES (") + 8));
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < columns.length; i++) {
      row.put(columns[i].strip(), values.get(i));
    }
    return new FastpathRow(row.get("measurement_uid"), row.get("test_name"), row.get("scores"),
        "t".equals(row.get("anomaly")), "t".equals(row.get("confirmed")),
        "t".equals(row.get("msm_failure")));
  }

  /** The values of an SQL tuple: quoted strings ('' is a quote), NULL and bare numbers. */
  private static List<String> values(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (true) {
      StringBuilder v = new StringBuilder();
      if (s.charAt(i) == '\'') {
        i++;
        while (!(s.charAt(i) == '\'' && s.charAt(i + 1) != '\'')) {
          v.append(s.charAt(i));
          i += s.charAt(i) == '\'' ? 2 : 1;
        }
        i++;
      } else {
        while (s.charAt(i) != ',' && s.charAt(i) != ')') {
          v.append(s.charAt(i++));
        }
      }
      out.add(v.toString().strip());
      if (s.charAt(i) == ')') {
        return out;
      }
      i++;
    }
  }

  @Override
  public String toString() {
    return uid + " " + testName;
  }
}
