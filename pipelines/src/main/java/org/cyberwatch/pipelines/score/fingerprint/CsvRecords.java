package org.cyberwatch.pipelines.score.fingerprint;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV as Python's {@code csv} module writes it: comma-separated fields, fields in
 * double quotes may hold commas, line breaks and doubled quotes; records end with LF or CRLF. A
 * leading UTF-8 byte order mark is skipped. Fields are never trimmed.
 */
final class CsvRecords {

  /** One record and the line it starts on (1-based). */
  record CsvRecord(int line, List<String> fields) {
    CsvRecord {
      fields = List.copyOf(fields);
    }
  }

  private final Reader in;
  private final String source;
  private int line = 1;

  private CsvRecords(Reader in, String source) {
    this.in = in;
    this.source = source;
  }

  /** All records of {@code in}; blank lines are skipped. */
  static List<CsvRecord> read(Reader in, String source) throws IOException {
    return new CsvRecords(in, source).readAll();
  }

  private List<CsvRecord> readAll() throws IOException {
    List<CsvRecord> out = new ArrayList<>();
    int c = next();
    if (c == '\uFEFF') {
      c = next();
    }
    while (c != -1) {
      int start = line;
      List<String> fields = new ArrayList<>();
      c = readRecord(c, fields);
      if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
        out.add(new CsvRecord(start, fields));
      }
    }
    return out;
  }

  /** Reads one record starting with character {@code c}; returns the first character after it. */
  private int readRecord(int c, List<String> fields) throws IOException {
    StringBuilder field = new StringBuilder();
    while (true) {
      if (c == '"' && field.length() == 0) {
        c = readQuoted(field);
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        c = next();
      } else if (c == '\n' || c == -1) {
        fields.add(field.toString());
        return c == -1 ? -1 : next();
      } else if (c == '\r') {
        int after = next();
        if (after != '\n') {
          field.append('\r');
          c = after;
        } else {
          fields.add(field.toString());
          return next();
        }
      } else if (c == '"') {
        throw new FingerprintFormatException(source, line, "csv", "quote inside an unquoted field");
      } else {
        field.append((char) c);
        c = next();
      }
    }
  }

  /** Reads a quoted field's content (after the opening quote); returns the character after it. */
  private int readQuoted(StringBuilder field) throws IOException {
    int opened = line;
    while (true) {
      int c = next();
      if (c == -1) {
        throw new FingerprintFormatException(source, opened, "csv", "unterminated quoted field");
      }
      if (c == '"') {
        int after = next();
        if (after != '"') {
          if (after != ',' && after != '\n' && after != '\r' && after != -1) {
            throw new FingerprintFormatException(source, line, "csv", "text after a closing quote");
          }
          return after;
        }
      }
      field.append((char) c);
    }
  }

  private int next() throws IOException {
    int c = in.read();
    if (c == '\n') {
      line++;
    }
    return c;
  }
}
