package org.cyberwatch.ingest.checkin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The target list file (JSON, or YAML when the name ends in {@code .yaml}/{@code .yml}), reread
 * when its modification time changes. A file that stops parsing keeps the last good list in use
 * (logged at WARN), so a half-written update never empties the check-in answers.
 */
public final class TargetListFile implements Supplier<TargetList> {

  private static final Logger LOG = LoggerFactory.getLogger(TargetListFile.class);

  private record Loaded(FileTime modified, TargetList list) {}

  private final Path path;
  private volatile Loaded loaded;

  private TargetListFile(Path path, Loaded loaded) {
    this.path = path;
    this.loaded = loaded;
  }

  /**
   * Reads the file.
   *
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException when it does not hold a valid target list
   */
  public static TargetListFile open(Path path) throws IOException {
    FileTime modified = Files.getLastModifiedTime(path);
    TargetList list = read(path);
    LOG.info("Target list {}: {} URLs, targets for {}", path, list.urls().size(), list.targets().keySet());
    return new TargetListFile(path, new Loaded(modified, list));
  }

  /** Parses a target list file. */
  static TargetList read(Path path) throws IOException {
    String name = path.getFileName().toString();
    ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper() : new JsonMapper();
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      TargetList list = mapper.readValue(path.toFile(), TargetList.class);
      if (list == null) {
        throw new IllegalArgumentException(path + " is empty");
      }
      return list;
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      throw new IllegalArgumentException(path + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The current list, reread first if the file changed (a bad version is tried once). */
  @Override
  public TargetList get() {
    Loaded current = loaded;
    FileTime modified;
    try {
      modified = Files.getLastModifiedTime(path);
    } catch (IOException e) {
      return current.list();
    }
    if (modified.equals(current.modified())) {
      return current.list();
    }
    try {
      current = new Loaded(modified, read(path));
      LOG.info("Reloaded target list {}: {} URLs", path, current.list().urls().size());
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("Cannot reload target list {}; keeping the previous one: {}", path, e.getMessage());
      current = new Loaded(modified, current.list());
    }
    loaded = current;
    return current.list();
  }
}
