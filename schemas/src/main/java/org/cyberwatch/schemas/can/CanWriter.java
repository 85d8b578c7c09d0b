package org.cyberwatch.schemas.can;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cyberwatch.schemas.id.MeasurementUid;
import org.cyberwatch.schemas.measurement.Measurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * Streams measurements into one can of a {@link CanFormat}, building its {@link CanIndex} on the
 * way. Not thread-safe; one writer per can.
 *
 * <ul>
 *   <li>{@link #append(Measurement, String)}: the measurement as compact JSON (stored member
 *       order); in a postcan wrapped as {@code {"format":"json","content":…}}.
 *   <li>{@link #appendJson}: measurement JSON bytes as received; line breaks (which JSON only
 *       allows as whitespace) become spaces in JSONL, nothing else changes.
 *   <li>{@link #appendPost}: a spool file's POST body: stored unchanged as a postcan member, or its
 *       {@code content} as a JSONL line.
 * </ul>
 *
 * A postcan member is named {@code <YYYYMMDDHH>_<CC>_<testname>/<uid>.post} (so a uid is required);
 * tar headers carry the uid's time and no user names, so equal input gives equal bytes. {@link
 * #bytesWritten()} lets the caller cut cans at a size (OONI cuts at {@link #OONI_CAN_BYTES}).
 */
public final class CanWriter implements Closeable {

  /** OONI's can size threshold: a can is closed once it exceeds 20 MB. */
  public static final long OONI_CAN_BYTES = 20_000_000L;

  private static final byte[] POST_HEAD =
      "{\"format\":\"json\",\"content\":".getBytes(StandardCharsets.US_ASCII);

  private final CanFormat format;
  private final String canName;
  private final CanOutput output;
  private final PostcanTar tar;
  private final List<CanIndexEntry> entries = new ArrayList<>();
  private boolean finished;

  private CanWriter(CanOutput output, CanFormat format, String canName) {
    this.output = output;
    this.format = format;
    this.canName = canName;
    this.tar = format == CanFormat.POSTCAN_TAR_GZ ? new PostcanTar(output.stream()) : null;
  }

  /** A writer for a new file (it must not exist yet); the can name is the file name. */
  public static CanWriter create(Path path, CanFormat format) throws IOException {
    FileChannel channel =
        FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      OutputStream out = Channels.newOutputStream(channel);
      return new CanWriter(
          new CanOutput(out, channel, format), format, path.getFileName().toString());
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** A writer onto {@code out}, which is flushed but not closed when the can is finished. */
  public static CanWriter open(OutputStream out, CanFormat format, String canName)
      throws IOException {
    return new CanWriter(new CanOutput(out, null, format), format, canName);
  }

  /**
   * Appends a measurement. An {@link IOException} leaves the can unusable: discard the file.
   *
   * @param measurementUid its uid; required for postcans; null takes the body's {@code
   *     measurement_uid}, if any
   */
  public CanIndexEntry append(Measurement m, String measurementUid) throws IOException {
    String uid = checkUid(measurementUid != null ? measurementUid : m.measurementUid());
    CanIndexEntry entry = new CanIndexEntry(entries.size(), uid, m.reportId(), m.input());
    if (tar != null) {
      writeMember(wrapPost(MeasurementCodec.toBytes(m)), uid);
    } else {
      OutputStream out = open();
      MeasurementCodec.writeTo(m, out);
      out.write('\n');
    }
    return record(entry);
  }

  /**
   * Appends one measurement given as JSON bytes, stored as they are (only line breaks change in
   * JSONL); the envelope is not checked here (see {@link #append} for the uid).
   *
   * @throws IllegalArgumentException when the bytes are not one well-formed JSON object; nothing is
   *     written then
   */
  public CanIndexEntry appendJson(byte[] measurementJson, String measurementUid)
      throws IOException {
    return appendSlice(measurementJson, 0, measurementJson.length, measurementUid, null);
  }

  /**
   * Appends a POST body {@code {"format":"json","content":{…}}} (see {@link #append}).
   *
   * @throws IllegalArgumentException when the body is not a well-formed JSON-format POST; nothing
   *     is written then
   */
  public CanIndexEntry appendPost(byte[] postBody, String measurementUid) throws IOException {
    CanJson.Slice content;
    try {
      content = CanJson.postContent(postBody);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("postBody: not well-formed JSON: " + e.getMessage(), e);
    }
    return appendSlice(postBody, content.start(), content.length(), measurementUid, postBody);
  }

  private CanIndexEntry appendSlice(byte[] b, int off, int len, String uidArg, byte[] post)
      throws IOException {
    CanJson.IndexFields fields;
    try {
      fields = CanJson.indexFields(b, off, len);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("measurement: not well-formed JSON: " + e.getMessage(), e);
    }
    String uid = checkUid(uidArg != null ? uidArg : fields.measurementUid());
    CanIndexEntry entry = new CanIndexEntry(entries.size(), uid, fields.reportId(), fields.input());
    if (tar != null) {
      writeMember(post != null ? post : wrapPost(slice(b, off, len)), uid);
    } else {
      writeLine(b, off, len);
    }
    return record(entry);
  }

  /** Compressed bytes written to the target so far (lags by the compressor's buffers). */
  public long bytesWritten() {
    return output.compressedBytes();
  }

  /** Uncompressed bytes of can content so far. */
  public long uncompressedBytes() {
    return output.uncompressedBytes();
  }

  /** True once {@link #bytesWritten()} exceeds {@code maxBytes}: time to start the next can. */
  public boolean exceeds(long maxBytes) {
    return bytesWritten() > maxBytes;
  }

  /** Measurements appended so far. */
  public int count() {
    return entries.size();
  }

  /** The format being written. */
  public CanFormat format() {
    return format;
  }

  /**
   * Ends the can (compressor trailer; a file is synced to disk and closed) and returns its index.
   */
  public CanIndex finish() throws IOException {
    open();
    finished = true;
    try {
      if (tar != null) {
        tar.finish();
      }
      String sha256 = output.finish();
      return new CanIndex(canName, format, output.compressedBytes(), sha256, entries);
    } catch (IOException | RuntimeException e) {
      output.abort();
      throw e;
    }
  }

  /** Finishes the can if that has not happened yet (a failed finish releases the file). */
  @Override
  public void close() throws IOException {
    if (!finished) {
      finish();
    }
  }

  private OutputStream open() {
    if (finished) {
      throw new IllegalStateException("can " + canName + " is already finished");
    }
    return output.stream();
  }

  private CanIndexEntry record(CanIndexEntry entry) {
    entries.add(entry);
    return entry;
  }

  private String checkUid(String uid) {
    if (uid == null && tar != null) {
      throw new IllegalArgumentException("measurementUid: required to name a postcan member");
    }
    if (uid != null && !MeasurementUid.isValid(uid)) {
      throw new IllegalArgumentException("measurementUid: not a measurement uid: '" + uid + "'");
    }
    return uid;
  }

  private void writeLine(byte[] b, int off, int len) throws IOException {
    OutputStream out = open();
    int start = off;
    for (int i = off; i < off + len; i++) {
      if (b[i] == '\n' || b[i] == '\r') {
        out.write(b, start, i - start);
        out.write(' ');
        start = i + 1;
      }
    }
    out.write(b, start, off + len - start);
    out.write('\n');
  }

  private void writeMember(byte[] post, String uid) throws IOException {
    open();
    tar.add(MeasurementUid.parse(uid), post);
  }

  private static byte[] slice(byte[] b, int off, int len) {
    return off == 0 && len == b.length ? b : Arrays.copyOfRange(b, off, off + len);
  }

  private static byte[] wrapPost(byte[] measurementJson) {
    byte[] post = new byte[POST_HEAD.length + measurementJson.length + 1];
    System.arraycopy(POST_HEAD, 0, post, 0, POST_HEAD.length);
    System.arraycopy(measurementJson, 0, post, POST_HEAD.length, measurementJson.length);
    post[post.length - 1] = '}';
    return post;
  }
}
