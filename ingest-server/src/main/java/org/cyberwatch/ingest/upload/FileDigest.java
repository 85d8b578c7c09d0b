package org.cyberwatch.ingest.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Digests of a file's content, streamed. */
final class FileDigest {

  private FileDigest() {}

  /**
   * Both digests of a file, read once.
   *
   * @param md5 MD5 bytes (S3's Content-MD5 and single-part ETag)
   * @param sha256Hex SHA-256 as 64 lower-case hex digits
   */
  record Digests(byte[] md5, String sha256Hex) {}

  /** SHA-256 as 64 lower-case hex digits. */
  static String sha256Hex(Path file) throws IOException {
    return HexFormat.of().formatHex(digest(file, "SHA-256")[0]);
  }

  /** MD5 and SHA-256 in one pass. */
  static Digests md5AndSha256(Path file) throws IOException {
    byte[][] d = digest(file, "MD5", "SHA-256");
    return new Digests(d[0], HexFormat.of().formatHex(d[1]));
  }

  private static byte[][] digest(Path file, String... algorithms) throws IOException {
    MessageDigest[] mds = new MessageDigest[algorithms.length];
    for (int i = 0; i < algorithms.length; i++) {
      try {
        mds[i] = MessageDigest.getInstance(algorithms[i]);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(algorithms[i] + " is required of every Java platform", e);
      }
    }
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        for (MessageDigest md : mds) {
          md.update(buf, 0, n);
        }
      }
    }
    byte[][] out = new byte[mds.length][];
    for (int i = 0; i < mds.length; i++) {
      out[i] = mds[i].digest();
    }
    return out;
  }
}
