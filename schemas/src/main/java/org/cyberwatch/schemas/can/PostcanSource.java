package org.cyberwatch.schemas.can;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.cyberwatch.schemas.id.MeasurementUid;

/**
 * Reads the members of a decompressed postcan (tar) one at a time. Every regular file is an entry,
 * numbered from 0; its uid comes from the member's base name ({@code <uid>.post}, at any directory
 * depth, since OONI's uploader stored spool paths); its JSON is the POST body's {@code content}. A
 * member that is not a JSON-format POST becomes a problem entry holding the member's bytes.
 */
final class PostcanSource implements EntrySource {

  private static final String POST_SUFFIX = ".post";

  private final TarArchiveInputStream tar;
  private final int maxMemberBytes;
  private long number = -1;

  PostcanSource(InputStream decompressed, int maxMemberBytes) {
    this.tar = new TarArchiveInputStream(decompressed, "UTF-8");
    this.maxMemberBytes = maxMemberBytes;
  }

  @Override
  public RawEntry next() throws IOException {
    TarArchiveEntry e;
    do {
      e = tar.getNextEntry();
      if (e == null) {
        return null;
      }
    } while (!e.isFile());
    number++;
    String name = e.getName();
    String uid = uidFromName(name);
    if (e.getSize() > maxMemberBytes) {
      byte[] prefix = tar.readNBytes(JsonlSource.KEPT_PREFIX);
      return new RawEntry(
          number,
          name,
          uid,
          prefix,
          new CanEntry.Problem(
              "can/oversized_entry",
              "member of " + e.getSize() + " bytes exceeds " + maxMemberBytes));
    }
    byte[] post = tar.readNBytes((int) e.getSize());
    if (post.length != e.getSize()) {
      throw new EOFException("truncated tar member " + name);
    }
    return content(name, uid, post);
  }

  private RawEntry content(String name, String uid, byte[] post) {
    try {
      CanJson.Slice slice = CanJson.postContent(post);
      byte[] json = Arrays.copyOfRange(post, slice.start(), slice.end());
      return new RawEntry(number, name, uid, json, null);
    } catch (IOException | IllegalArgumentException ex) {
      return new RawEntry(
          number,
          name,
          uid,
          post,
          new CanEntry.Problem("can/not_a_post", String.valueOf(ex.getMessage())));
    }
  }

  private static String uidFromName(String name) {
    int slash = name.lastIndexOf('/');
    String base = name.substring(slash + 1);
    if (!base.endsWith(POST_SUFFIX)) {
      return null;
    }
    String uid = base.substring(0, base.length() - POST_SUFFIX.length());
    return MeasurementUid.isValid(uid) ? uid : null;
  }
}
