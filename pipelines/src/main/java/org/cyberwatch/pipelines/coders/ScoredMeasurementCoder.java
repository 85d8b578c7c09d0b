package org.cyberwatch.pipelines.coders;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.pipelines.score.ScoredMeasurement;

/** Binary coder: the parsed measurement, then the score's JSON, flags, reason and version. */
final class ScoredMeasurementCoder extends AtomicCoder<ScoredMeasurement> {
  static final ScoredMeasurementCoder INSTANCE = new ScoredMeasurementCoder();

  @Override
  public void encode(ScoredMeasurement value, OutputStream outStream) throws IOException {
    ParsedMeasurementCoder.INSTANCE.encode(value.parsed(), outStream);
    DataOutputStream out = new DataOutputStream(outStream);
    byte[] scores = value.scoresJson().getBytes(StandardCharsets.UTF_8);
    out.writeInt(scores.length);
    out.write(scores);
    out.writeBoolean(value.anomaly());
    out.writeBoolean(value.confirmed());
    out.writeBoolean(value.msmFailure());
    out.writeUTF(value.reason());
    out.writeUTF(value.scorerVersion());
    out.flush();
  }

  @Override
  public ScoredMeasurement decode(InputStream inStream) throws IOException {
    ParsedMeasurement parsed = ParsedMeasurementCoder.INSTANCE.decode(inStream);
    DataInputStream in = new DataInputStream(inStream);
    String scores = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    return new ScoredMeasurement(parsed, scores, in.readBoolean(), in.readBoolean(),
        in.readBoolean(), in.readUTF(), in.readUTF());
  }
}
