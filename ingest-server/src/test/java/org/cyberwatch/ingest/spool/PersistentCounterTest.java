package org.cyberwatch.ingest.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistentCounterTest {

  @TempDir Path dir;

  @Test
  void valuesContinueAfterReopenAndNeverRepeat() throws IOException {
    Path file = dir.resolve("state/c");
    PersistentCounter c = PersistentCounter.open(file, 0);
    long a = c.next();
    long b = c.next();

    PersistentCounter reopened = PersistentCounter.open(file, 0);

    assertEquals(List.of(0L, 1L, 2L), List.of(a, b, reopened.next()));
  }

  @Test
  void atLeastSkipsAhead() throws IOException {
    PersistentCounter c = PersistentCounter.open(dir.resolve("c"), 1);

    assertEquals(List.of(40L, 41L), List.of(c.next(40), c.next()));
  }

  @Test
  void fileWithoutANumberIsAnError() throws IOException {
    Path file = Files.writeString(dir.resolve("c"), "x");

    assertThrows(IOException.class, () -> PersistentCounter.open(file, 0));
  }
}
