package org.cyberwatch.probe.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cyberwatch.schemas.id.TestNames;

/**
 * Manual submissions: files of {@code test input} lines dropped into {@code <state.dir>/manual/} by
 * the {@code submit} command or the control endpoint (written as {@code .tmp}, then renamed, so a
 * reader never sees half a file), and taken by {@link ManualSource}.
 */
public final class ManualInbox {
  private static final String SUFFIX = ".targets";

  private final Path dir;

  /** The inbox under {@code stateDir}. */
  public ManualInbox(Path stateDir) {
    this.dir = stateDir.resolve("manual");
  }

  /** The inbox directory. */
  public Path dir() {
    return dir;
  }

  /**
   * Drops one file with {@code lines} ({@code test input}).
   *
   * @throws IllegalArgumentException naming the first line that is not {@code test input}
   */
  public void drop(List<String> lines) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      String[] parts = line.strip().split("\\s+", 2);
      if (parts.length != 2 || !TestNames.isValid(parts[0])) {
        throw new IllegalArgumentException("target: expected 'test input', got '" + line + "'");
      }
      text.append(parts[0]).append(' ').append(parts[1]).append('\n');
    }
    Files.createDirectories(dir);
    String name = System.currentTimeMillis() + "-" + UUID.randomUUID();
    Path tmp = dir.resolve(name + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, dir.resolve(name + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads and removes every complete file, oldest name first; lines {@code [test, input]}. */
  public List<String[]> take() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      ds.forEach(files::add);
    }
    files.sort(null);
    List<String[]> out = new ArrayList<>();
    for (Path f : files) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String[] parts = line.strip().split("\\s+", 2);
        if (parts.length == 2 && TestNames.isValid(parts[0])) {
          out.add(parts);
        }
      }
      Files.delete(f);
    }
    return out;
  }
}
