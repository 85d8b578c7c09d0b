package org.cyberwatch.pipelines.coders;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.cyberwatch.pipelines.failure.Failure;
import org.cyberwatch.pipelines.process.ProcessedMeasurement;
import org.cyberwatch.pipelines.rows.Row;

/**
 * Binary coder for what crosses the dedupe grouping: the identity as UTF, the rows with {@link
 * RowCoder}, then the failure (rare: Java serialization) when there is one.
 */
final class ProcessedMeasurementCoder extends AtomicCoder<ProcessedMeasurement> {
  static final ProcessedMeasurementCoder INSTANCE = new ProcessedMeasurementCoder();
  private static final SerializableCoder<Failure> FAILURE = SerializableCoder.of(Failure.class);

  @Override
  public void encode(ProcessedMeasurement value, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeUTF(value.uid());
    out.writeUTF(value.contentHash());
    out.writeUTF(value.sourceCan());
    out.writeLong(value.sourceLine());
    out.writeInt(value.rows().size());
    out.flush();
    for (Row row : value.rows()) {
      RowCoder.INSTANCE.encode(row, outStream);
    }
    out.writeBoolean(value.failure() != null);
    out.flush();
    if (value.failure() != null) {
      FAILURE.encode(value.failure(), outStream);
    }
  }

  @Override
  public ProcessedMeasurement decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    String uid = in.readUTF();
    String hash = in.readUTF();
    String can = in.readUTF();
    long line = in.readLong();
    int count = in.readInt();
    List<Row> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(RowCoder.INSTANCE.decode(inStream));
    }
    Failure failure = in.readBoolean() ? FAILURE.decode(inStream) : null;
    return new ProcessedMeasurement(uid, hash, can, line, rows, failure);
  }
}
