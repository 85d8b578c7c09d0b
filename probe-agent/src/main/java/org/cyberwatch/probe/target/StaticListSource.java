package org.cyberwatch.probe.target;

import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cyberwatch.probe.schedule.Task;
import org.cyberwatch.schemas.id.TestNames;

/**
 * A static target list file: one target per line, either {@code input} (measured by every
 * enabled test that takes a host, {@link Inputs#takesHosts}) or {@code test input}; a bare IP
 * address becomes each test's input syntax ({@link Inputs}); blank lines and {@code #} comments
 * are ignored. The file is read again when it changes; its targets recur.
 */
public final class StaticListSource implements TargetSource {
  /** Priority of listed targets. */
  public static final int PRIORITY = 30;

  private final Path file;
  private final Set<String> tests;
  private final WorkerShare share;
  private final int tcpPort;
  private Instant lastModified = Instant.MIN;

  /** A source reading {@code file}, for the enabled {@code tests}. */
  public StaticListSource(Path file, Set<String> tests, WorkerShare share, int tcpPort) {
    this.file = file;
    this.tcpPort = tcpPort;
    this.tests = Set.copyOf(tests);
    this.share = share;
  }

  @Override
  public String name() {
    return "static-list";
  }

  @Override
  public Duration pollInterval() {
    return Duration.ofMinutes(1);
  }

  @Override
  public List<Task> poll(Instant now) throws IOException {
    Instant modified = Files.getLastModifiedTime(file).toInstant();
    if (!modified.isAfter(lastModified)) {
      return List.of();
    }
    lastModified = modified;
    List<Task> out = new ArrayList<>();
    for (String raw : Files.readAllLines(file)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      if (parts.length == 2 && TestNames.isValid(parts[0])) {
        add(out, parts[0], parts[1], now);
      } else {
        for (String test : tests) {
          if (Inputs.takesHosts(test)) {
            add(out, test, line, now);
          }
        }
      }
    }
    return out;
  }

  private void add(List<Task> out, String test, String text, Instant now) {
    InetAddress literal = new IPAddressString(text).getAddress() == null
        ? null : new IPAddressString(text).getAddress().toInetAddress();
    String input = literal == null ? text
        : Inputs.forAddress(test, literal, tcpPort).orElse(text);
    if (tests.contains(test) && share.owns(input)) {
      out.add(new Task(Target.of(input), test, PRIORITY, name(), now, true));
    }
  }
}
