package org.cyberwatch.pipelines.coders;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.cyberwatch.pipelines.read.SourcedEntry;

/** Binary coder for raw can entries. */
final class SourcedEntryCoder extends AtomicCoder<SourcedEntry> {
  static final SourcedEntryCoder INSTANCE = new SourcedEntryCoder();

  @Override
  public void encode(SourcedEntry value, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeUTF(value.sourceCan());
    out.writeLong(value.line());
    out.writeBoolean(value.uidHint() != null);
    if (value.uidHint() != null) {
      out.writeUTF(value.uidHint());
    }
    out.writeInt(value.json().length);
    out.write(value.json());
    out.flush();
  }

  @Override
  public SourcedEntry decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    String can = in.readUTF();
    long line = in.readLong();
    String hint = in.readBoolean() ? in.readUTF() : null;
    byte[] json = in.readNBytes(in.readInt());
    return new SourcedEntry(can, line, hint, json);
  }
}
