package org.cyberwatch.pipelines.score.fingerprint;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Parses the blocking-fingerprints CSV format (header row naming the columns, any order; {@code
 * other_names}, {@code source}, {@code exp_url} and {@code notes} may be missing). Every row is
 * validated; regular expressions must compile.
 */
final class FingerprintCsv {

  private static final List<String> REQUIRED =
      List.of("name", "scope", "location_found", "pattern_type", "pattern", "confidence_no_fp",
          "expected_countries");

  private FingerprintCsv() {}

  static List<Fingerprint> parse(Reader in, String source) throws IOException {
    List<CsvRecords.CsvRecord> records = CsvRecords.read(in, source);
    if (records.isEmpty()) {
      throw new FingerprintFormatException(source, 1, "csv", "no header row");
    }
    Map<String, Integer> columns = columns(records.get(0), source);
    List<Fingerprint> out = new ArrayList<>(records.size() - 1);
    for (CsvRecords.CsvRecord r : records.subList(1, records.size())) {
      out.add(row(r, columns, source));
    }
    return out;
  }

  private static Map<String, Integer> columns(CsvRecords.CsvRecord header, String source) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      columns.put(header.fields().get(i).strip(), i);
    }
    for (String name : REQUIRED) {
      if (!columns.containsKey(name)) {
        throw new FingerprintFormatException(source, header.line(), name, "column missing");
      }
    }
    return columns;
  }

  private static Fingerprint row(
      CsvRecords.CsvRecord r, Map<String, Integer> columns, String source) {
    if (r.fields().size() != columns.size()) {
      throw new FingerprintFormatException(source, r.line(), "csv",
          "expected " + columns.size() + " fields, got " + r.fields().size());
    }
    String field = "confidence_no_fp";
    try {
      int confidence = Integer.parseInt(value(r, columns, field).strip());
      field = "pattern_type";
      PatternType type = PatternType.parse(value(r, columns, field));
      field = "pattern";
      String pattern = value(r, columns, field);
      if (type == PatternType.REGEXP) {
        PythonRegex.compile(pattern);
      }
      field = "row";
      return new Fingerprint(value(r, columns, "name"), value(r, columns, "scope"),
          value(r, columns, "other_names"), value(r, columns, "location_found"), type, pattern,
          confidence, Fingerprint.parseCountries(value(r, columns, "expected_countries")),
          value(r, columns, "source"), value(r, columns, "exp_url"), value(r, columns, "notes"));
    } catch (PatternSyntaxException e) {
      throw new FingerprintFormatException(source, r.line(), field,
          "not a valid regular expression: " + e.getDescription());
    } catch (IllegalArgumentException e) {
      throw new FingerprintFormatException(source, r.line(), field, e.getMessage());
    }
  }

  private static String value(CsvRecords.CsvRecord r, Map<String, Integer> columns, String name) {
    Integer i = columns.get(name);
    return i == null ? "" : r.fields().get(i);
  }
}
