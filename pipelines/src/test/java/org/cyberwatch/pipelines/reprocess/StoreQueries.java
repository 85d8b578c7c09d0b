package org.cyberwatch.pipelines.reprocess;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberwatch.testing.PostgresDatabase;

/** Small read queries the ReprocessJob IT asserts on. */
final class StoreQueries {
  private StoreQueries() {}

  static Map<String, Long> failureReasons(PostgresDatabase db) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (List<String> row : rows(db, "SELECT reason, count(*) FROM failures GROUP BY reason ORDER BY reason")) {
      out.put(row.get(0), Long.parseLong(row.get(1)));
    }
    return out;
  }

  static String lastRunStatus(PostgresDatabase db) throws SQLException {
    List<String> statuses = runStatuses(db);
    return statuses.get(statuses.size() - 1);
  }

  static List<String> runStatuses(PostgresDatabase db) throws SQLException {
    List<String> out = new ArrayList<>();
    rows(db, "SELECT status FROM pipeline_runs ORDER BY started_at").forEach(r -> out.add(r.get(0)));
    return out;
  }

  static List<List<String>> rows(PostgresDatabase db, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }
}
