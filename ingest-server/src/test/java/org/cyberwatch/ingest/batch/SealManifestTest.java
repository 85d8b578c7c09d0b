package org.cyberwatch.ingest.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealManifestTest {

  @TempDir Path dir;

  private static final SealManifest MANIFEST = SealManifest.of(7, List.of(12L, 13L), 2, List.of(
      new SealedFile("raw/20250527/23/ID/webconnectivity/2025052723_ID_webconnectivity.n1.0.tar.gz",
          100, "a".repeat(64))));

  @Test
  void manifestReadsBackEqual() throws IOException {
    Path file = dir.resolve("SEALED");
    MANIFEST.write(file);

    assertEquals(MANIFEST, SealManifest.read(file));
  }

  @Test
  void manifestUsesSnakeCaseNames() throws IOException {
    Path file = dir.resolve("SEALED");
    MANIFEST.write(file);

    String json = Files.readString(file);
    assertTrue(json.contains("\"seal_seq\":7") && json.contains("\"manifest_version\":1"), json);
  }

  @Test
  void fileKeyOutsideRawIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SealedFile("raw/../../etc/passwd", 1, "a".repeat(64)));

    assertTrue(e.getMessage().startsWith("key:"), e.getMessage());
  }
}
