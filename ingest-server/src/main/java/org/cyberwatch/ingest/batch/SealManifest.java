package org.cyberwatch.ingest.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberwatch.ingest.spool.DurableFiles;

/**
 * The {@code SEALED} file of a seal directory, its commit point: once it exists, the can set is
 * complete and its journal segments are consumed. JSON:
 *
 * <pre>{@code
 * {"manifest_version":1,"seal_seq":7,"segments":[12,13],"measurements":4711,
 *  "files":[{"key":"raw/…/2025052723_ID_webconnectivity.n1.0.tar.gz","bytes":…,"sha256":"…"},…]}
 * }</pre>
 *
 * Files are listed in upload order: each can before its index sidecar.
 *
 * @param manifestVersion format version, {@value #VERSION}
 * @param sealSeq the seal number (the directory is {@code outbox/seal-<seq>})
 * @param segments the journal segments whose records are in this set, ascending
 * @param measurements how many measurements the set holds (each in both formats)
 * @param files every can and index file of the set
 */
public record SealManifest(
    int manifestVersion, long sealSeq, List<Long> segments, long measurements, List<SealedFile> files) {

  /** The current format version. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Checks the version and numbers and copies the lists. */
  public SealManifest {
    if (manifestVersion != VERSION) {
      throw new IllegalArgumentException("manifestVersion: must be " + VERSION + ", got " + manifestVersion);
    }
    if (sealSeq < 0 || measurements < 0) {
      throw new IllegalArgumentException("sealSeq, measurements: must be >= 0");
    }
    segments = List.copyOf(segments);
    files = List.copyOf(files);
  }

  /** A current-version manifest. */
  public static SealManifest of(long sealSeq, List<Long> segments, long measurements,
      List<SealedFile> files) {
    return new SealManifest(VERSION, sealSeq, segments, measurements, files);
  }

  /** Writes the manifest to {@code file} atomically and durably. */
  public void write(Path file) throws IOException {
    DurableFiles.writeAtomically(file, JSON.writeValueAsBytes(this));
  }

  /**
   * Reads a manifest.
   *
   * @throws IOException when the file is missing or not a well-formed manifest
   */
  public static SealManifest read(Path file) throws IOException {
    try {
      return JSON.readValue(Files.readAllBytes(file), SealManifest.class);
    } catch (IllegalArgumentException e) {
      throw new IOException("not a well-formed seal manifest: " + file + ": " + e.getMessage(), e);
    }
  }
}
