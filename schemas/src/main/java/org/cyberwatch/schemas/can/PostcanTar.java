package org.cyberwatch.schemas.can;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.temporal.ChronoUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.cyberwatch.schemas.id.MeasurementUid;

/**
 * The tar side of a postcan: one member {@code <YYYYMMDDHH>_<CC>_<testname>/<uid>.post} per POST
 * body, POSIX (PAX) headers for long names, and headers that depend only on the uid (its receive
 * second as mtime, mode 0644, no user or group names), so equal input gives equal bytes.
 */
final class PostcanTar {

  private final TarArchiveOutputStream tar;

  PostcanTar(OutputStream out) {
    tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name());
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    tar.setAddPaxHeadersForNonAsciiNames(true);
  }

  void add(MeasurementUid uid, byte[] post) throws IOException {
    TarArchiveEntry e = new TarArchiveEntry(uid.hourDirName() + "/" + uid + ".post", true);
    e.setSize(post.length);
    e.setMode(TarArchiveEntry.DEFAULT_FILE_MODE);
    e.setLastModifiedTime(FileTime.from(uid.receivedAt().truncatedTo(ChronoUnit.SECONDS)));
    e.setUserName("");
    e.setGroupName("");
    tar.putArchiveEntry(e);
    tar.write(post);
    tar.closeArchiveEntry();
  }

  /** Writes the end-of-archive blocks (the stream below stays open). */
  void finish() throws IOException {
    tar.finish();
    tar.flush();
  }
}
