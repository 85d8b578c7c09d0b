package org.cyberwatch.schemas.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Streams a PeeringDB dump in either published shape:
 *
 * <ul>
 *   <li>the combined file CAIDA archives daily, {@code peeringdb_2_dump_YYYY_MM_DD.json}: {@code
 *       {"ix":{"data":[…]}, "ixlan":{"data":[…]}, …}} with one member per object type;
 *   <li>a directory of API responses, one {@code {"data":[…], "meta":{}}} file per object type,
 *       named {@code <type>.json} or {@code <type>-<n>.json} (as the PeeringDB API and the
 *       peeringdb-py cache write them).
 * </ul>
 *
 * Only {@code ix, ixlan, ixpfx, net, netixlan, org} are read (other types are skipped without being
 * built in memory); objects whose {@code status} is present and not {@code ok} are skipped.
 */
public final class PeeringDbParser {

  private static final Set<String> TYPES = Set.of("ix", "ixlan", "ixpfx", "net", "netixlan", "org");
  private static final Pattern TYPE_FILE =
      Pattern.compile("(ix|ixlan|ixpfx|net|netixlan|org)(?:-\\d+)?\\.json(?:\\.gz|\\.bz2)?");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PeeringDbParser() {}

  /** Reads a combined dump file, or a directory of per-type files. */
  public static PeeringDbSnapshot read(Path fileOrDirectory) throws IOException {
    PeeringDbObjects objects = new PeeringDbObjects();
    if (Files.isDirectory(fileOrDirectory)) {
      for (Path file : typeFiles(fileOrDirectory)) {
        Matcher m = TYPE_FILE.matcher(file.getFileName().toString());
        if (m.matches()) {
          readFile(file, m.group(1), objects);
        }
      }
    } else {
      readFile(fileOrDirectory, null, objects);
    }
    return objects.snapshot();
  }

  private static List<Path> typeFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  /** {@code type} null: a combined dump; otherwise a single-type {@code {"data":[…]}} file. */
  private static void readFile(Path file, String type, PeeringDbObjects objects)
      throws IOException {
    JsonFactory factory = MAPPER.getFactory();
    try (InputStream in = SnapshotReader.open(file);
        JsonParser p = factory.createParser(in)) {
      expect(file, p, p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (type == null && TYPES.contains(name)) {
          readTypeObject(file, p, name, objects);
        } else if (type != null && name.equals("data")) {
          readData(file, p, type, objects);
        } else {
          p.skipChildren();
        }
      }
    } catch (IllegalArgumentException e) {
      throw new SnapshotFormatException(file, 0, e.getMessage(), null, e);
    } catch (JsonProcessingException e) {
      throw new SnapshotFormatException(file, 0, "not JSON: " + e.getOriginalMessage(), null, e);
    }
  }

  private static void readTypeObject(Path file, JsonParser p, String type, PeeringDbObjects o)
      throws IOException {
    expect(file, p, p.currentToken(), JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("data")) {
        readData(file, p, type, o);
      } else {
        p.skipChildren();
      }
    }
  }

  private static void readData(Path file, JsonParser p, String type, PeeringDbObjects o)
      throws IOException {
    expect(file, p, p.currentToken(), JsonToken.START_ARRAY);
    while (p.nextToken() == JsonToken.START_OBJECT) {
      JsonNode node = p.readValueAsTree();
      JsonNode status = node.get("status");
      if (status == null || status.isNull() || "ok".equals(status.asText())) {
        o.add(type, node);
      }
    }
    expect(file, p, p.currentToken(), JsonToken.END_ARRAY);
  }

  private static void expect(Path file, JsonParser p, JsonToken actual, JsonToken wanted)
      throws SnapshotFormatException {
    if (actual != wanted) {
      throw new SnapshotFormatException(
          file, p.currentLocation().getLineNr(), "expected " + wanted + ", got " + actual, null);
    }
  }
}
