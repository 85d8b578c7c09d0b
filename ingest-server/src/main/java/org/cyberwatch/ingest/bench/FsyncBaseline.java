package org.cyberwatch.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberwatch.ingest.spool.DurableFiles;

/**
 * The naive spool the journal replaces: one file per measurement, each written as {@code .tmp},
 * fsync'd and renamed into place ({@link DurableFiles#writeAndRename}), one after the other. It
 * does not even force the directory after the rename, so it is an upper bound for a one-file-per
 * measurement spool on the same disk.
 */
final class FsyncBaseline {

  private FsyncBaseline() {}

  /**
   * Writes the {@code bodies} round robin as files in {@code dir} for {@code seconds}.
   *
   * @return files written per second
   */
  static double filesPerSecond(Path dir, List<byte[]> bodies, double seconds) throws IOException {
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    long files = 0;
    long now = t0;
    while (now - end < 0) {
      DurableFiles.writeAndRename(dir.resolve(files + ".post"), bodies.get((int) (files % bodies.size())));
      files++;
      now = System.nanoTime();
    }
    return files / ((now - t0) / 1e9);
  }
}
