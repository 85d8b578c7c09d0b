package org.cyberwatch.ingest.spool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Post files written after the commit: staged records are readable before their files exist. */
class PostFilesTest {

  private static final SpoolRecord RECORD =
      SpoolFixtures.record(SpoolFixtures.FILES.get(0), Instant.parse("2025-05-27T23:31:11.802678Z"));

  @TempDir
  Path dir;

  @Test
  void stagedRecordIsReadableBeforeItsFileIsWritten() throws Exception {
    SpoolDirs dirs = new SpoolDirs(dir);
    PostFiles posts = new PostFiles(dirs);

    posts.stage(RECORD);

    assertArrayEquals(RECORD.post(), posts.read(RECORD.uid()).orElseThrow());
    assertFalse(Files.exists(dirs.postFile(RECORD.uid())));
  }

  @Test
  void writtenRecordIsReadFromItsFileAndNoLongerStaged() throws Exception {
    SpoolDirs dirs = new SpoolDirs(dir);
    PostFiles posts = new PostFiles(dirs);
    posts.stage(RECORD);

    posts.writeStaged(RECORD.uid());

    assertArrayEquals(RECORD.post(), Files.readAllBytes(dirs.postFile(RECORD.uid())));
    assertEquals(0, posts.stagedCount());
  }

  @Test
  void recordDeletedBeforeItsFileIsWrittenLeavesNoFile() throws Exception {
    SpoolDirs dirs = new SpoolDirs(dir);
    PostFiles posts = new PostFiles(dirs);
    posts.stage(RECORD);

    posts.delete(RECORD.uid());
    posts.writeStaged(RECORD.uid());

    assertFalse(Files.exists(dirs.postFile(RECORD.uid())));
    assertTrue(posts.read(RECORD.uid()).isEmpty());
  }
}
