package org.cyberwatch.ingest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/** The fixtures under {@code src/test/resources/fixtures/} (see the README there). */
public final class ApiFixtures {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  private ApiFixtures() {}

  /** The bytes of {@code fixtures/<name>}. */
  public static byte[] bytes(String name) {
    try (InputStream in = ApiFixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture parsed as a mutable tree. */
  public static ObjectNode json(String name) {
    try {
      return (ObjectNode) JSON.readTree(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A directory fixture on disk. */
  public static Path path(String name) {
    try {
      return Path.of(ApiFixtures.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The submission body a probe sends for a measurement file: {@code {"format":"json","content":<file>}}. */
  public static byte[] submission(String measurementFile) {
    return post(bytes("submissions/" + measurementFile));
  }

  /** The submission body of a measurement tree. */
  public static byte[] submission(JsonNode measurement) {
    try {
      return post(JSON.writeValueAsBytes(measurement));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A submissions/ measurement as a mutable tree. */
  public static ObjectNode measurement(String file) {
    return json("submissions/" + file);
  }

  /** A tunnel report fixture with {@code time} set to {@code time}. */
  public static ObjectNode tunnelReport(String file, Instant time) {
    ObjectNode r = json("api/" + file);
    r.put("time", time.toString());
    return r;
  }

  private static byte[] post(byte[] content) {
    byte[] head = "{\"format\":\"json\",\"content\":".getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[head.length + content.length + 1];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(content, 0, out, head.length, content.length);
    out[out.length - 1] = '}';
    return out;
  }
}
