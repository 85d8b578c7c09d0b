package org.cyberwatch.ingest.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cyberwatch.ingest.spool.DurableFiles;
import org.cyberwatch.schemas.id.MeasurementUid;

/**
 * The relay's durable outbox: one file {@code <uid>.json} per accepted measurement still to be
 * relayed (its spool POST body, already scrubbed), written atomically and fsync'd before the
 * submission is acknowledged; deleted once the upstream took it. Relayed measurements are
 * recorded in {@value #LOG_FILE}, one JSON line each: our uid, the upstream report id and uid,
 * the relay time.
 */
public final class RelayOutbox {

  /** The record of relayed measurements. */
  public static final String LOG_FILE = "relayed.jsonl";

  private static final String SUFFIX = ".json";

  private final Path dir;

  /** The outbox in {@code dir} (created when missing). */
  public RelayOutbox(Path dir) throws IOException {
    this.dir = DurableFiles.createDirectories(dir);
  }

  /** Adds a measurement durably. */
  public void add(String uid, byte[] measurement) throws IOException {
    DurableFiles.writeAtomically(file(uid), measurement);
  }

  /** Uids waiting, oldest (by uid, i.e. receive time) first. */
  public List<String> pending() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .filter(MeasurementUid::isValid)
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The measurement of {@code uid}, empty when it is no longer waiting. */
  public Optional<byte[]> read(String uid) throws IOException {
    try {
      return Optional.of(Files.readAllBytes(file(uid)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Records that {@code uid} was relayed (log line forced to disk), then removes it. */
  public void markRelayed(RelayRecord record) throws IOException {
    Path log = dir.resolve(LOG_FILE);
    Files.write(log, (record.toJsonLine() + "\n").getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    DurableFiles.fsync(log);
    Files.deleteIfExists(file(record.measurementUid()));
    DurableFiles.fsyncDirectory(dir);
  }

  /** The record log, for tests and operators. */
  public Path logFile() {
    return dir.resolve(LOG_FILE);
  }

  private Path file(String uid) {
    MeasurementUid.parse(uid); // only [0-9A-Za-z._] reaches the file system
    return dir.resolve(uid + SUFFIX);
  }
}
