package org.cyberwatch.ingest.spool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cyberwatch.schemas.id.MeasurementUid;

/**
 * Spool records made from the real OONI measurements in {@code fixtures/measurements/}: each file
 * is wrapped as the POST body a probe sends and gets a uid from its country and test name and a
 * receive time chosen by the test.
 */
public final class SpoolFixtures {

  /** The fixture files, in a fixed order. */
  public static final List<String> FILES = List.of(
      "20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3.json",
      "browser_web.json",
      "riseupvpn.json",
      "tor.json",
      "torsf_1.json",
      "ts-025-stun-reachability.example.json",
      "ts-032-tcpping.example.json",
      "vanilla_tor_ok.json");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SpoolFixtures() {}

  /** The measurement bytes of a fixture file. */
  public static byte[] measurement(String file) {
    try (InputStream in = SpoolFixtures.class.getResourceAsStream("/fixtures/measurements/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The POST body a probe would send for a fixture file. */
  public static byte[] post(String file) {
    byte[] head = "{\"format\":\"json\",\"content\":".getBytes(StandardCharsets.US_ASCII);
    byte[] m = measurement(file);
    byte[] post = new byte[head.length + m.length + 1];
    System.arraycopy(head, 0, post, 0, head.length);
    System.arraycopy(m, 0, post, head.length, m.length);
    post[post.length - 1] = '}';
    return post;
  }

  /** The record of a fixture file received at {@code receivedAt}. */
  public static SpoolRecord record(String file, Instant receivedAt) {
    try {
      JsonNode m = JSON.readTree(measurement(file));
      byte[] post = post(file);
      MeasurementUid uid = MeasurementUid.of(receivedAt, m.get("probe_cc").asText(),
          m.get("test_name").asText(), post);
      return SpoolRecord.of(uid.toString(), post);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code n} records cycling through the files, received 1 ms apart from {@code start}. */
  public static List<SpoolRecord> records(int n, Instant start) {
    List<SpoolRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(record(FILES.get(i % FILES.size()), start.plusMillis(i)));
    }
    return out;
  }
}
