package org.cyberwatch.pipelines.score.fingerprint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An ordered set of blocking fingerprints loaded from CSV files in OONI's blocking-fingerprints
 * format. Order matters: matches are reported in the order of this list, as fastpath does. The
 * {@link #digest()} identifies the content (not the file layout) and goes into the scorer
 * version, so a score can always be traced to the fingerprints that produced it.
 *
 * <p>{@link #shipped()} is the snapshot bundled with the jar ({@code
 * /fingerprints/fingerprints_dns.csv} then {@code fingerprints_http.csv}); {@link #load(Path)}
 * reads a CSV file, or both files from a snapshot directory. Nothing is fetched from the network.
 */
public final class Fingerprints {

  /** File names in a snapshot directory and in the jar, in load order. */
  public static final List<String> FILE_NAMES =
      List.of("fingerprints_dns.csv", "fingerprints_http.csv");

  private static final String RESOURCE_DIR = "/fingerprints/";

  private final List<Fingerprint> all;
  private final String digest;

  private Fingerprints(List<Fingerprint> all) {
    this.all = List.copyOf(all);
    this.digest = digestOf(this.all);
  }

  /** The given fingerprints, in this order. */
  public static Fingerprints of(List<Fingerprint> fingerprints) {
    return new Fingerprints(fingerprints);
  }

  /** The fingerprints bundled with the jar. */
  public static Fingerprints shipped() {
    List<Fingerprint> all = new ArrayList<>();
    for (String name : FILE_NAMES) {
      try (InputStream in = Fingerprints.class.getResourceAsStream(RESOURCE_DIR + name)) {
        if (in == null) {
          throw new IllegalStateException("resource missing from the jar: " + RESOURCE_DIR + name);
        }
        all.addAll(load(in, RESOURCE_DIR + name).all);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Fingerprints(all);
  }

  /**
   * Loads one CSV file, or, for a directory, {@link #FILE_NAMES} from it (both must exist).
   *
   * @throws FingerprintFormatException when a file is not valid
   */
  public static Fingerprints load(Path fileOrDirectory) throws IOException {
    if (!Files.isDirectory(fileOrDirectory)) {
      try (InputStream in = Files.newInputStream(fileOrDirectory)) {
        return load(in, fileOrDirectory.toString());
      }
    }
    List<Fingerprint> all = new ArrayList<>();
    for (String name : FILE_NAMES) {
      all.addAll(load(fileOrDirectory.resolve(name)).all);
    }
    return new Fingerprints(all);
  }

  /**
   * Loads one CSV document (UTF-8); {@code sourceName} names it in errors. Does not close {@code
   * csv}.
   *
   * @throws FingerprintFormatException when the document is not valid
   */
  public static Fingerprints load(InputStream csv, String sourceName) throws IOException {
    Reader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
    return new Fingerprints(FingerprintCsv.parse(reader, sourceName));
  }

  /** This list followed by {@code other}. */
  public Fingerprints plus(Fingerprints other) {
    List<Fingerprint> joined = new ArrayList<>(all);
    joined.addAll(other.all);
    return new Fingerprints(joined);
  }

  /** All fingerprints, in load order. */
  public List<Fingerprint> all() {
    return all;
  }

  /** Number of fingerprints. */
  public int size() {
    return all.size();
  }

  /** SHA-256 (hex) over every field of every fingerprint, in order. */
  public String digest() {
    return digest;
  }

  private static String digestOf(List<Fingerprint> all) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    for (Fingerprint f : all) {
      List<String> fields = List.of(f.name(), f.scope(), f.otherNames(), f.locationFound(),
          f.patternType().csvName(), f.pattern(), Integer.toString(f.confidenceNoFp()),
          String.join(",", f.expectedCountries()), f.source(), f.expUrl(), f.notes());
      for (String field : fields) {
        sha.update(field.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x1f);
      }
      sha.update((byte) 0x1e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
