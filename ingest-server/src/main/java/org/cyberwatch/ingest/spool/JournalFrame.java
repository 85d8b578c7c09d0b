package org.cyberwatch.ingest.spool;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The journal's frame format: {@code [magic int][length int][crc32c int][payload]}, big-endian;
 * the CRC-32C covers the payload; the payload is {@code [uid length u16][uid][bucket length
 * u16][bucket][post length int][post]} (uid and bucket in ASCII).
 */
final class JournalFrame {

  /** "CWJ1". */
  static final int MAGIC = 0x43574a31;
  static final int HEADER_BYTES = 12;
  static final int MAX_PAYLOAD_BYTES = SpoolRecord.MAX_POST_BYTES + 1024;

  private JournalFrame() {}

  /** The frame of {@code r} as buffers ready for a gathering write (the post is not copied). */
  static ByteBuffer[] encode(SpoolRecord r) {
    byte[] uid = r.uid().getBytes(StandardCharsets.US_ASCII);
    byte[] bucket = r.bucket().getBytes(StandardCharsets.US_ASCII);
    int payload = 2 + uid.length + 2 + bucket.length + 4 + r.post().length;
    ByteBuffer head = ByteBuffer.allocate(HEADER_BYTES + payload - r.post().length);
    head.putInt(MAGIC).putInt(payload).putInt(0);
    head.putShort((short) uid.length).put(uid).putShort((short) bucket.length).put(bucket);
    head.putInt(r.post().length);
    ByteBuffer post = ByteBuffer.wrap(r.post());
    CRC32C crc = new CRC32C();
    crc.update(head.array(), HEADER_BYTES, head.position() - HEADER_BYTES);
    crc.update(r.post());
    head.putInt(8, (int) crc.getValue());
    head.flip();
    return new ByteBuffer[] {head, post};
  }

  /** Bytes of the frame of {@code r}. */
  static long size(SpoolRecord r) {
    return HEADER_BYTES + 2 + r.uid().length() + 2 + r.bucket().length() + 4 + r.post().length;
  }

  /** True when {@code payload} has the CRC-32C {@code crc}. */
  static boolean crcMatches(ByteBuffer payload, int crc) {
    CRC32C c = new CRC32C();
    c.update(payload.duplicate());
    return (int) c.getValue() == crc;
  }

  /**
   * Decodes a payload whose CRC matched.
   *
   * @throws IllegalArgumentException when the parts do not add up or fail {@link SpoolRecord}'s checks
   */
  static SpoolRecord decode(ByteBuffer payload) {
    try {
      String uid = ascii(payload, Short.toUnsignedInt(payload.getShort()));
      String bucket = ascii(payload, Short.toUnsignedInt(payload.getShort()));
      int postLength = payload.getInt();
      if (postLength != payload.remaining()) {
        throw new IllegalArgumentException("post length " + postLength + " does not match the frame");
      }
      byte[] post = new byte[postLength];
      payload.get(post);
      return SpoolRecord.fromJournal(uid, bucket, post);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("payload shorter than its parts", e);
    }
  }

  private static String ascii(ByteBuffer b, int length) {
    byte[] bytes = new byte[length];
    b.get(bytes);
    return new String(bytes, StandardCharsets.US_ASCII);
  }
}
