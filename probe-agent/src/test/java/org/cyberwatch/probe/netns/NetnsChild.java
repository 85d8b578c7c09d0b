package org.cyberwatch.probe.netns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A child JVM in a namespace that answers one line per line sent (see the *Main classes). */
final class NetnsChild implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final Path log;

  private NetnsChild(Process process, Path log) {
    this.process = process;
    this.log = log;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
  }

  /** Starts {@code main} in namespace {@code role} and waits for its READY line. */
  static NetnsChild start(NetnsTopology topology, String role, Class<?> main) throws IOException {
    Path log = Files.createTempFile("cwt-" + role, ".log");
    NetnsChild child = new NetnsChild(topology.startJava(role, main, log), log);
    String first = child.out.readLine();
    if (!"READY".equals(first)) {
      child.close();
      throw new IOException(main.getSimpleName() + " in " + role + " did not start: " + first
          + "\n" + Files.readString(log));
    }
    return child;
  }

  /** Sends {@code line} and returns the JSON answer. */
  JsonNode ask(String line) throws IOException {
    in.write(line + "\n");
    in.flush();
    String answer = out.readLine();
    if (answer == null) {
      throw new IOException("child exited: " + Files.readString(log));
    }
    return MAPPER.readTree(answer);
  }

  @Override
  public void close() throws IOException {
    try {
      in.close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
