package org.cyberwatch.probe.dnsfeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainHasherTest {
  @TempDir Path dir;

  @Test
  void keyFileIsCreatedPrivateAndGivesStableHashes() throws Exception {
    Path key = dir.resolve("dns-feed.key");
    String first = DomainHasher.fromKeyFile(key).hash("ooni.org");
    assertEquals(first, DomainHasher.fromKeyFile(key).hash("ooni.org"));
    assertEquals("rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    assertEquals(64, first.length());
  }

  @Test
  void differentKeysGiveDifferentHashes() throws Exception {
    String a = DomainHasher.fromKeyFile(dir.resolve("a.key")).hash("ooni.org");
    String b = DomainHasher.fromKeyFile(dir.resolve("b.key")).hash("ooni.org");
    assertNotEquals(a, b);
  }

  @Test
  void knownKeyGivesTheRfc2104Hmac() {
    byte[] key = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    // HMAC-SHA256(key="0123456789abcdef", "ooni.org"), computed with Python's hmac module.
    assertEquals("5aa704bcd5e2113b4a6cb18975afb996a97bc96d11f7bd11753d95c9195a56ec",
        new DomainHasher(key).hash("ooni.org"));
  }
}
