package org.cyberwatch.ingest.spool;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The POST body format OONI probes send and the spool stores, {@code
 * {"format":"json","content":{…measurement…}}}, handled at the byte level: the measurement is
 * located with a streaming parser and never re-serialized, so it stays byte-for-byte as sent.
 */
public final class PostBody {

  private static final JsonFactory JSON = new JsonFactory();
  private static final String UID = "measurement_uid";

  /**
   * Where the measurement and the value of its {@code measurement_uid} member (if any: {@code
   * uidStart >= 0}) sit in a byte array.
   */
  private record Located(int start, int end, int members, int uidStart, int uidEnd, String uid) {}

  private PostBody() {}

  /**
   * Checks that {@code post} is a JSON-format POST body with an object {@code content}.
   *
   * @throws IllegalArgumentException naming {@code post} otherwise
   */
  public static void check(byte[] post) {
    locatePost(post);
  }

  /** The measurement (the {@code content} object) of a POST body, bytes as sent. */
  public static byte[] content(byte[] post) {
    Located c = locatePost(post);
    return Arrays.copyOfRange(post, c.start, c.end);
  }

  /**
   * The measurement of a POST body with its {@code measurement_uid} member set to {@code uid}
   * (appended when absent, its value replaced when different); all other bytes as sent.
   */
  public static byte[] contentWithUid(byte[] post, String uid) {
    return withUid(post, locatePost(post), uid);
  }

  /** As {@link #contentWithUid} for a measurement JSON object (not wrapped in a POST body). */
  public static byte[] measurementWithUid(byte[] measurement, String uid) {
    try (JsonParser p = JSON.createParser(measurement)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("measurement: must be a JSON object");
      }
      return withUid(measurement, locateObject(p), uid);
    } catch (IOException e) {
      throw new IllegalArgumentException("measurement: not well-formed JSON: " + e.getMessage(), e);
    }
  }

  private static byte[] withUid(byte[] b, Located c, String uid) {
    if (uid.equals(c.uid)) {
      return Arrays.copyOfRange(b, c.start, c.end);
    }
    byte[] quoted = ("\"" + uid + "\"").getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream(c.end - c.start + 64);
    if (c.uidStart >= 0) {
      out.write(b, c.start, c.uidStart - c.start);
      out.writeBytes(quoted);
      out.write(b, c.uidEnd, c.end - c.uidEnd);
    } else {
      out.write(b, c.start, c.end - 1 - c.start);
      out.writeBytes(((c.members > 0 ? "," : "") + "\"" + UID + "\":").getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(quoted);
      out.write('}');
    }
    return out.toByteArray();
  }

  private static Located locatePost(byte[] post) {
    try (JsonParser p = JSON.createParser(post)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("post: must be a JSON object");
      }
      Located content = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = p.nextToken();
        if (name.equals("content") && t == JsonToken.START_OBJECT) {
          content = locateObject(p);
        } else if (name.equals("format") && !"json".equalsIgnoreCase(p.getValueAsString())) {
          throw new IllegalArgumentException("post: format must be \"json\"");
        } else {
          p.skipChildren();
        }
      }
      if (content == null || p.nextToken() != null) {
        throw new IllegalArgumentException("post: must be {\"format\":\"json\",\"content\":{…}}");
      }
      return content;
    } catch (IOException e) {
      throw new IllegalArgumentException("post: not well-formed JSON: " + e.getMessage(), e);
    }
  }

  /** Reads the object whose START_OBJECT is the current token, noting its uid member. */
  private static Located locateObject(JsonParser p) throws IOException {
    int start = (int) p.currentTokenLocation().getByteOffset();
    int members = 0;
    int uidStart = -1;
    int uidEnd = -1;
    String uid = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      members++;
      JsonToken t = p.nextToken();
      if (name.equals(UID)) {
        uidStart = (int) p.currentTokenLocation().getByteOffset();
        uid = t == JsonToken.VALUE_STRING ? p.getText() : null;
        p.skipChildren();
        uidEnd = (int) p.currentLocation().getByteOffset();
      } else {
        p.skipChildren();
      }
    }
    int end = (int) p.currentTokenLocation().getByteOffset() + 1;
    return new Located(start, end, members, uidStart, uidEnd, uid);
  }
}
