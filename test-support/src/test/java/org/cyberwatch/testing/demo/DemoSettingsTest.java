package org.cyberwatch.testing.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DemoSettingsTest {

  @Test
  void defaultsAreTheDemoPortsOnLoopback() {
    DemoSettings s = DemoSettings.parse(List.of("--dir", "/tmp/demo"));

    assertEquals(new DemoSettings(Path.of("/tmp/demo"), 54329, 57687, 57474, "127.0.0.1", 59000), s);
    assertEquals("jdbc:postgresql://127.0.0.1:54329/cyberwatch", s.jdbcUrl());
    assertEquals("bolt://127.0.0.1:57687", s.boltUri());
    assertEquals("http://127.0.0.1:57474", s.httpUri());
    assertEquals("http://127.0.0.1:59000", s.s3Endpoint());
  }

  @Test
  void flagsOverrideEveryPortAndTheS3Host() {
    DemoSettings s = DemoSettings.parse(List.of("--dir", "d", "--pg-port", "1", "--bolt-port", "2",
        "--http-port", "3", "--s3-host", "10.213.0.1", "--s3-port", "4"));

    assertEquals(Path.of("d").toAbsolutePath(), s.dir());
    assertEquals(List.of(1, 2, 3, 4), List.of(s.postgresPort(), s.boltPort(), s.httpPort(), s.s3Port()));
    assertEquals("http://10.213.0.1:4", s.s3Endpoint());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--pg-port 5                 | --dir is required",
      "--dir d --pg-port           | --pg-port needs a value",
      "--dir d --pg-port x         | --pg-port must be a port number, got x",
      "--dir d --bolt-port 70000   | port out of range 1..65535: 70000",
      "--dir d --verbose yes       | unknown flag: --verbose",
      "--dir d --s3-host ' '       | s3Host must not be blank"})
  void badArgumentsAreRefusedNamingTheFlag(String args, String message) {
    List<String> argv = List.of(args.replace("' '", "\u0000").split(" +")).stream()
        .map(a -> a.replace("\u0000", " ")).toList();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DemoSettings.parse(argv));
    assertEquals(message, e.getMessage());
  }
}
