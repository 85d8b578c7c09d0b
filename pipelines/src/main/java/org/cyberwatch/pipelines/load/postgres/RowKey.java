package org.cyberwatch.pipelines.load.postgres;

import org.cyberwatch.pipelines.rows.Row;

/**
 * The identity of a row in PostgreSQL: its table and natural key, as an unambiguous string (each
 * value length-prefixed, so no value can imitate a separator). A grouping key with a deterministic
 * coder.
 */
final class RowKey {
  private RowKey() {}

  static String of(Row row) {
    StringBuilder key = new StringBuilder(row.table().sqlName());
    int keyColumns = row.table().key().size();
    for (int i = 0; i < keyColumns; i++) {
      String value = String.valueOf(row.value(i));
      key.append('|').append(value.length()).append(':').append(value);
    }
    return key.toString();
  }
}
