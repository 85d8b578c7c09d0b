package org.cyberwatch.probe;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import org.cyberwatch.probe.measure.MeasurementResult;
import org.cyberwatch.probe.measure.Measurer;

/**
 * A simple tcp_connect listed in the test classpath's {@code META-INF/services}, so that {@code
 * BuiltInMeasurersTest} sees a ServiceLoader measurer replace the shipped one of the same test
 * name: one TCP handshake to {@code host:port}, test keys in the df-005 shape of
 * tcp_connect.schema.json.
 */
public final class LoopbackTcpConnectMeasurer implements Measurer {
  @Override
  public String testName() {
    return "tcp_connect";
  }

  @Override
  public String testVersion() {
    return "0.0.1-it";
  }

  @Override
  public MeasurementResult measure(String input) {
    int colon = input.lastIndexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("input: expected host:port, got " + input);
    }
    String host = input.substring(0, colon);
    int port = Integer.parseInt(input.substring(colon + 1));
    Instant start = Instant.now();
    long t0 = System.nanoTime();
    String failure = null;
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 2000);
    } catch (IOException e) {
      failure = "connection_refused";
    }
    double t = (System.nanoTime() - t0) / 1e9;
    ObjectNode keys = JsonNodeFactory.instance.objectNode();
    keys.put("host", host);
    keys.put("ip", host);
    keys.put("port", port);
    ObjectNode status = keys.putObject("status");
    status.put("success", failure == null);
    if (failure == null) {
      status.putNull("failure");
    } else {
      status.put("failure", failure);
    }
    status.put("blocked", false);
    keys.put("t0", 0.0);
    keys.put("t", t);
    return new MeasurementResult(input, start, t, keys);
  }
}
