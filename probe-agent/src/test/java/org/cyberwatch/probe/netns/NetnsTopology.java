package org.cyberwatch.probe.netns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cyberwatch.probe.measure.TestTls;
import org.cyberwatch.probe.measure.path.CommandRunner;
import org.cyberwatch.probe.measure.path.ProcessCommandRunner;

/**
 * Four network namespaces joined by veth pairs, for measurements over real routers:
 *
 * <pre>
 *  probe 10.91.1.2 ── 10.91.1.1 r1 10.91.2.1 ── 10.91.2.2 r2 10.91.3.1 ── 10.91.3.2 target
 *                                                                    (+ 10.91.3.3, 10.91.3.4)
 * </pre>
 *
 * Names are {@code cwt-<pid>-<role>}, so parallel runs do not collide; namespaces of runs whose
 * process is gone are removed when a topology is created, and {@link #close()} removes this one.
 * Needs root, {@code ip} (iproute2) and {@code iptables}.
 */
public final class NetnsTopology implements AutoCloseable {

  public static final String ROUTER1_NEAR = "10.91.1.1";
  public static final String ROUTER2_NEAR = "10.91.2.2";
  public static final String TARGET = "10.91.3.2";
  public static final String TARGET_SECOND = "10.91.3.3";
  public static final String TARGET_ALT = "10.91.3.4";

  private final String prefix;
  private final List<String> namespaces = new ArrayList<>();

  private NetnsTopology(String prefix) {
    this.prefix = prefix;
  }

  /** Why namespaces cannot be used here, or empty when they can. */
  public static Optional<String> unavailableReason() {
    if (!"root".equals(System.getProperty("user.name"))) {
      return Optional.of("network-namespace tests need root (running as "
          + System.getProperty("user.name") + ")");
    }
    for (String tool : List.of("ip", "iptables")) {
      if (!ProcessCommandRunner.local().isInstalled(tool)) {
        return Optional.of("network-namespace tests need '" + tool + "' (Debian iproute2/iptables)");
      }
    }
    String ns = "cwt-" + ProcessHandle.current().pid() + "-check";
    try {
      run(List.of("ip", "netns", "add", ns));
      run(List.of("ip", "netns", "exec", ns, "iptables", "-L", "-n"));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("cannot create a network namespace with iptables: " + e.getMessage());
    } finally {
      quietly(List.of("ip", "netns", "del", ns));
    }
  }

  /** Removes stale namespaces, then builds the topology. */
  public static NetnsTopology create() throws IOException {
    removeStale();
    NetnsTopology topology = new NetnsTopology("cwt-" + ProcessHandle.current().pid() + "-");
    try {
      topology.build();
      return topology;
    } catch (IOException | RuntimeException e) {
      topology.close();
      throw e;
    }
  }

  /** The namespace name of {@code role} (probe, r1, r2, target). */
  public String ns(String role) {
    return prefix + role;
  }

  /** A command runner that runs tools inside the probe namespace. */
  public CommandRunner probeRunner() {
    return ProcessCommandRunner.withPrefix(List.of("ip", "netns", "exec", ns("probe")));
  }

  /** Runs {@code command} inside namespace {@code role}; fails on a non-zero exit. */
  public void exec(String role, String... command) throws IOException {
    List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", ns(role)));
    argv.addAll(List.of(command));
    run(argv);
  }

  /** Starts {@code java -cp <test classpath> mainClass args} inside namespace {@code role}. */
  public Process startJava(String role, Class<?> mainClass, Path log, String... args)
      throws IOException {
    List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", ns(role),
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-Dcwt.tls.dir=" + TestTls.directory(),
        "-cp", System.getProperty("java.class.path"), mainClass.getName()));
    argv.addAll(List.of(args));
    return new ProcessBuilder(argv).redirectError(log.toFile()).start();
  }

  private void build() throws IOException {
    for (String role : List.of("probe", "r1", "r2", "target")) {
      run(List.of("ip", "netns", "add", ns(role)));
      namespaces.add(ns(role));
      exec(role, "ip", "link", "set", "lo", "up");
    }
    link("probe", "eth0", "10.91.1.2/24", "r1", "eth0", "10.91.1.1/24");
    link("r1", "eth1", "10.91.2.1/24", "r2", "eth0", "10.91.2.2/24");
    link("r2", "eth1", "10.91.3.1/24", "target", "eth0", "10.91.3.2/24");
    exec("target", "ip", "addr", "add", TARGET_SECOND + "/24", "dev", "eth0");
    exec("target", "ip", "addr", "add", TARGET_ALT + "/24", "dev", "eth0");
    exec("probe", "ip", "route", "add", "default", "via", "10.91.1.1");
    exec("r1", "ip", "route", "add", "default", "via", "10.91.2.2");
    exec("r2", "ip", "route", "add", "10.91.1.0/24", "via", "10.91.2.1");
    exec("target", "ip", "route", "add", "default", "via", "10.91.3.1");
    exec("r1", "sysctl", "-qw", "net.ipv4.ip_forward=1");
    exec("r2", "sysctl", "-qw", "net.ipv4.ip_forward=1");
  }

  private void link(String a, String ifA, String addrA, String b, String ifB, String addrB)
      throws IOException {
    run(List.of("ip", "link", "add", ifA, "netns", ns(a), "type", "veth", "peer", "name", ifB,
        "netns", ns(b)));
    exec(a, "ip", "addr", "add", addrA, "dev", ifA);
    exec(b, "ip", "addr", "add", addrB, "dev", ifB);
    exec(a, "ip", "link", "set", ifA, "up");
    exec(b, "ip", "link", "set", ifB, "up");
  }

  private static void removeStale() throws IOException {
    String list = run(List.of("ip", "netns", "list"));
    for (String line : list.split("\n")) {
      String name = line.split(" ")[0];
      String[] parts = name.split("-");
      if (parts.length >= 3 && parts[0].equals("cwt") && parts[1].matches("\\d+")
          && ProcessHandle.of(Long.parseLong(parts[1])).isEmpty()) {
        quietly(List.of("ip", "netns", "del", name));
      }
    }
  }

  private static String run(List<String> argv) throws IOException {
    Path out = Files.createTempFile("cwt", ".out");
    try {
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(out.toFile())
          .start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + argv);
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IOException(argv + " exited " + p.exitValue() + ": " + text.strip());
      }
      return text;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + argv, e);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static void quietly(List<String> argv) {
    try {
      run(argv);
    } catch (IOException e) {
      // best effort clean-up
    }
  }

  @Override
  public void close() {
    for (String ns : namespaces) {
      quietly(List.of("ip", "netns", "del", ns));
    }
  }
}
