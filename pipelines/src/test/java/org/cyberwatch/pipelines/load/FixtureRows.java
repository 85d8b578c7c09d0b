package org.cyberwatch.pipelines.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cyberwatch.pipelines.rows.ColumnType;
import org.cyberwatch.pipelines.rows.Row;
import org.cyberwatch.pipelines.rows.Table;

/** The real rows of {@code src/test/resources/load/} (see its README). */
public final class FixtureRows {
  private static final String ROWS = "/load/rows.tsv";
  private static final String FASTPATH = "/fixtures/ooni_fastpath_rows/fastpath_rows_subset.sql";
  private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss.SSSSSS");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FixtureRows() {}

  /** Every row of {@code rows.tsv}, in file order: at least one of every table. */
  public static List<Row> all() {
    List<Row> rows = new ArrayList<>();
    for (String line : lines(ROWS)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] fields = line.split("\t", -1);
        Table table = Table.valueOf(fields[0].toUpperCase());
        rows.add(row(table, Arrays.copyOfRange(fields, 1, fields.length)));
      }
    }
    return rows;
  }

  /** The rows of one table in {@code rows.tsv}. */
  public static List<Row> of(Table table) {
    return all().stream().filter(r -> r.table() == table).toList();
  }

  /** A row of {@code table} from text values as {@code rows.tsv} writes them. */
  public static Row row(Table table, String... texts) {
    Object[] values = new Object[texts.length];
    for (int i = 0; i < texts.length; i++) {
      values[i] = parse(table.columns().get(i).type(), texts[i]);
    }
    return Row.of(table, values);
  }

  /**
   * The two {@code path_edges} of the fixture traceroute, plus the same edges replayed under
   * constructed uids: two more probes on 2021-12-08 (one without an RTT for the second edge) and
   * one on 2021-12-09.
   */
  public static List<Row> replayedPathEdges() {
    String[][] replays = {
      {"20211208214625.114203_US_traceroute_18ac8ca545a4f113", "2021-12-08", "135.64", "135.61"},
      {"20211208220102.000001_US_traceroute_1111111111111111", "2021-12-08", "140.2", "\\N"},
      {"20211208230102.000002_US_traceroute_2222222222222222", "2021-12-08", "120.5", "133.0"},
      {"20211209010102.000003_US_traceroute_3333333333333333", "2021-12-09", "99.9", "101.5"},
    };
    List<Row> rows = new ArrayList<>();
    for (String[] r : replays) {
      rows.add(row(Table.PATH_EDGES, r[0], "15169", "3356", r[1], r[2]));
      rows.add(row(Table.PATH_EDGES, r[0], "3356", "41231", r[1], r[3]));
    }
    return rows;
  }

  /** The 409 OONI fastpath rows as {@code measurements} rows (see the README for derived columns). */
  public static List<Row> fastpathMeasurements() {
    List<Row> rows = new ArrayList<>();
    for (String line : lines(FASTPATH)) {
      if (line.startsWith("INSERT INTO fastpath")) {
        rows.add(measurement(FastpathLine.parse(line), rows.size()));
      }
    }
    return rows;
  }

  private static Row measurement(Map<String, String> f, int line) {
    String uid = f.get("measurement_uid");
    String[] parts = uid.split("_");
    Instant received = LocalDateTime.parse(parts[0], UID_TIME).toInstant(ZoneOffset.UTC);
    String hour = parts[0].substring(0, 10);
    String can = "raw/" + hour.substring(0, 8) + "/" + hour.substring(8) + "/" + parts[1] + "/" + parts[2]
        + "/" + hour + "_" + parts[1] + "_" + parts[2] + ".n1.0.jsonl.gz";
    return Row.of(Table.MEASUREMENTS, uid, f.get("report_id"), emptyToNull(f.get("input")),
        f.get("test_name"), f.get("test_version"), f.get("probe_cc"), Long.parseLong(f.get("probe_asn")),
        null, null, null, sqlTime(f.get("measurement_start_time")), sqlTime(f.get("test_start_time")),
        received, f.get("test_runtime").isEmpty() ? null : Double.valueOf(f.get("test_runtime")),
        f.get("software_name"), f.get("software_version"), annotations(f), "t".equals(f.get("anomaly")),
        "t".equals(f.get("confirmed")), "t".equals(f.get("msm_failure")), f.get("scores"), "fastpath",
        can, line, parts[3], null);
  }

  private static String annotations(Map<String, String> f) {
    Map<String, String> annotations = new TreeMap<>();
    for (String key : List.of("architecture", "engine_name", "engine_version", "platform")) {
      if (!f.get(key).isEmpty()) {
        annotations.put(key, f.get(key));
      }
    }
    try {
      return JSON.writeValueAsString(annotations);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant sqlTime(String text) {
    return LocalDateTime.parse(text, SQL_TIME).toInstant(ZoneOffset.UTC);
  }

  private static String emptyToNull(String text) {
    return text.isEmpty() ? null : text;
  }

  private static Object parse(ColumnType type, String text) {
    if (text.equals("\\N")) {
      return null;
    }
    return switch (type) {
      case TEXT, JSONB, INET, UUID -> text;
      case BIGINT -> Long.valueOf(text);
      case INTEGER -> Integer.valueOf(text);
      case DOUBLE -> Double.valueOf(text);
      case BOOLEAN -> Boolean.valueOf(text);
      case TIMESTAMPTZ -> Instant.parse(text);
      case DATE -> LocalDate.parse(text);
      case DOUBLE_ARRAY -> text.equals("{}") ? new double[0]
          : Arrays.stream(text.substring(1, text.length() - 1).split(",")).mapToDouble(Double::parseDouble).toArray();
    };
  }

  private static List<String> lines(String resource) {
    try (InputStream in = FixtureRows.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One {@code INSERT INTO fastpath (columns) VALUES (...);} line as column → text. */
  private static final class FastpathLine {
    static Map<String, String> parse(String line) {
      String[] columns = line.substring(line.indexOf('(') + 1, line.indexOf(')')).split(",");
      List<String> values = values(line.substring(line.indexOf("VALUES (") + "VALUES (".length()));
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < columns.length; i++) {
        row.put(columns[i].strip(), values.get(i));
      }
      return row;
    }

    /** Quoted strings ('' is a quote) or bare tokens, up to the closing parenthesis. */
    private static List<String> values(String s) {
      List<String> out = new ArrayList<>();
      int i = 0;
      while (true) {
        StringBuilder v = new StringBuilder();
        if (s.charAt(i) == '\'') {
          for (i++; !(s.charAt(i) == '\'' && s.charAt(i + 1) != '\''); i += s.charAt(i) == '\'' ? 2 : 1) {
            v.append(s.charAt(i));
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
  }
}
