package org.cyberwatch.pipelines.coders;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.schemas.measurement.MeasurementCodec;

/**
 * Compact binary coder for the hot element type: ids as UTF, the document as JSON bytes: the bytes
 * it was parsed from when the record carries them (a copy, no serialization), else serialized.
 * Decoded records keep their bytes, so encoding them again is a copy too.
 */
final class ParsedMeasurementCoder extends AtomicCoder<ParsedMeasurement> {
  static final ParsedMeasurementCoder INSTANCE = new ParsedMeasurementCoder();

  @Override
  public void encode(ParsedMeasurement value, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeUTF(value.uid());
    out.writeUTF(value.contentHash());
    out.writeUTF(value.sourceCan());
    out.writeLong(value.sourceLine());
    byte[] json = value.json() != null ? value.json() : MeasurementCodec.toBytes(value.measurement());
    out.writeInt(json.length);
    out.write(json);
    out.flush();
  }

  @Override
  public ParsedMeasurement decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    String uid = in.readUTF();
    String hash = in.readUTF();
    String can = in.readUTF();
    long line = in.readLong();
    byte[] json = in.readNBytes(in.readInt());
    return new ParsedMeasurement(uid, hash, can, line, MeasurementCodec.parse(json), json);
  }
}
