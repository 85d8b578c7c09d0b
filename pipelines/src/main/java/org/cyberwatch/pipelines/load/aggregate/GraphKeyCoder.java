package org.cyberwatch.pipelines.load.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.VarLongCoder;

/** Deterministic binary coder of {@link GraphKey}: kind byte, then the ASNs as var-longs. */
public final class GraphKeyCoder extends AtomicCoder<GraphKey> {
  private static final GraphKeyCoder INSTANCE = new GraphKeyCoder();
  private static final VarLongCoder LONG = VarLongCoder.of();

  private GraphKeyCoder() {}

  public static GraphKeyCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(GraphKey key, OutputStream out) throws IOException {
    out.write(key.kind().ordinal());
    LONG.encode(key.asn(), out);
    LONG.encode(key.dstAsn() + 1, out);
  }

  @Override
  public GraphKey decode(InputStream in) throws IOException {
    int kind = in.read();
    if (kind < 0 || kind >= GraphKey.Kind.values().length) {
      throw new CoderException("bad GraphKey kind " + kind);
    }
    return new GraphKey(GraphKey.Kind.values()[kind], LONG.decode(in), LONG.decode(in) - 1);
  }

  @Override
  public void verifyDeterministic() {}

  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
