package org.cyberwatch.schemas.measurement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The real OONI measurements under {@code src/test/resources/fixtures/ooni/measurements}. */
public final class OoniFixtures {

  private OoniFixtures() {}

  /** The fixture directory. */
  public static Path directory() {
    try {
      return Path.of(OoniFixtures.class.getResource("/fixtures/ooni/measurements").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** File names of all measurement fixtures, sorted. */
  public static List<String> names() {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of one fixture. */
  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(directory().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One fixture, parsed. */
  public static Measurement measurement(String name) {
    return MeasurementCodec.parse(bytes(name));
  }

  /** All fixtures, parsed, in name order. */
  public static List<Measurement> all() {
    return names().stream().map(OoniFixtures::measurement).collect(Collectors.toList());
  }
}
