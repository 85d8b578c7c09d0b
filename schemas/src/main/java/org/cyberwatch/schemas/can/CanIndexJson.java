package org.cyberwatch.schemas.can;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/** Streaming JSON form of {@link CanIndex} (see there for the layout). */
final class CanIndexJson {

  static final int VERSION = 1;

  private CanIndexJson() {}

  static void write(CanIndex index, OutputStream out) throws IOException {
    try (JsonGenerator g = CanJson.FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("index_version", VERSION);
      g.writeStringField("can", index.canName());
      g.writeStringField("can_format", index.format().id());
      g.writeNumberField("can_bytes", index.canBytes());
      g.writeStringField("can_sha256", index.canSha256());
      g.writeNumberField("count", index.entries().size());
      g.writeArrayFieldStart("entries");
      for (CanIndexEntry e : index.entries()) {
        g.writeStartObject();
        g.writeNumberField("linenum", e.linenum());
        g.writeStringField("measurement_uid", e.measurementUid());
        g.writeStringField("report_id", e.reportId());
        g.writeStringField("input", e.input());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  static CanIndex read(InputStream in, String source) throws IOException {
    try (JsonParser p = CanJson.FACTORY.createParser(in)) {
      expect(p.nextToken() == JsonToken.START_OBJECT, source, "an index must be a JSON object");
      String can = null;
      String format = null;
      String sha = null;
      long bytes = -1;
      long count = -1;
      int version = -1;
      List<CanIndexEntry> entries = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        switch (name) {
          case "index_version" -> version = p.getIntValue();
          case "can" -> can = p.getValueAsString();
          case "can_format" -> format = p.getValueAsString();
          case "can_bytes" -> bytes = p.getLongValue();
          case "can_sha256" -> sha = p.getValueAsString();
          case "count" -> count = p.getLongValue();
          case "entries" -> entries = readEntries(p, source);
          default -> p.skipChildren();
        }
      }
      expect(version == VERSION, source, "unsupported index_version " + version);
      expect(entries != null && entries.size() == count, source, "count does not match entries");
      return new CanIndex(can, CanFormat.fromId(format), bytes, sha, entries);
    } catch (JsonProcessingException | EOFException | ZipException | IllegalArgumentException e) {
      throw new CanFormatException(source, 0, "not a well-formed can index: " + e.getMessage(), e);
    }
  }

  private static List<CanIndexEntry> readEntries(JsonParser p, String source) throws IOException {
    expect(p.currentToken() == JsonToken.START_ARRAY, source, "entries must be an array");
    List<CanIndexEntry> entries = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      long linenum = -1;
      String uid = null;
      String reportId = null;
      String input = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        switch (name) {
          case "linenum" -> linenum = p.getLongValue();
          case "measurement_uid" -> uid = p.getValueAsString();
          case "report_id" -> reportId = p.getValueAsString();
          case "input" -> input = p.getValueAsString();
          default -> p.skipChildren();
        }
      }
      entries.add(new CanIndexEntry(linenum, uid, reportId, input));
    }
    expect(p.currentToken() == JsonToken.END_ARRAY, source, "entries must hold objects");
    return entries;
  }

  private static void expect(boolean ok, String source, String problem) {
    if (!ok) {
      throw new CanFormatException(source, 0, problem, null);
    }
  }
}
