package org.cyberwatch.ingest.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalDirBlobStoreTest {

  private static final String KEY = "raw/20250527/23/ID/webconnectivity/2025052723_ID_webconnectivity.n1.0.jsonl.gz";

  @TempDir Path dir;

  private Path file(String content) throws IOException {
    return Files.writeString(dir.resolve("f-" + content.hashCode()), content);
  }

  @Test
  void storedFileReadsBackWithItsSizeAndSha256() throws IOException {
    LocalDirBlobStore store = new LocalDirBlobStore(dir.resolve("cans"));
    Path f = file("hello");
    store.put(KEY, f, FileDigest.sha256Hex(f));

    assertEquals(Optional.of(new BlobInfo(5, FileDigest.sha256Hex(f), null)), store.head(KEY));
    try (InputStream in = store.open(KEY)) {
      assertEquals("hello", new String(in.readAllBytes()));
    }
    assertEquals(List.of(KEY), store.list("raw/20250527/23/ID/"));
    assertEquals(List.of(), store.list("raw/20250527/22/"));
  }

  @Test
  void puttingAKeyAgainReplacesItHarmlessly() throws IOException {
    LocalDirBlobStore store = new LocalDirBlobStore(dir.resolve("cans"));
    Path f = file("hello");
    store.put(KEY, f, FileDigest.sha256Hex(f));
    store.put(KEY, f, FileDigest.sha256Hex(f));

    assertEquals(List.of(KEY), store.list(""));
  }

  @Test
  void fileThatDoesNotMatchItsSha256IsNotStored() throws IOException {
    LocalDirBlobStore store = new LocalDirBlobStore(dir.resolve("cans"));
    Path f = file("hello");

    assertThrows(BlobStoreException.class, () -> store.put(KEY, f, "0".repeat(64)));
    assertEquals(Optional.empty(), store.head(KEY));
    assertEquals(List.of(), store.list(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x", "raw/../../x", "/abs", "raw//x", "raw/./x", ""})
  void keysThatAreNotPlainRelativePathsAreRejected(String key) throws IOException {
    LocalDirBlobStore store = new LocalDirBlobStore(dir.resolve("cans"));
    Path f = file("x");

    assertThrows(IllegalArgumentException.class, () -> store.put(key, f, FileDigest.sha256Hex(f)));
  }
}
