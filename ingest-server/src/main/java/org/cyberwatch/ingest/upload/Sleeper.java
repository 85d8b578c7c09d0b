package org.cyberwatch.ingest.upload;

import java.time.Duration;

/** Waits; injected so retry tests run instantly and can assert the exact waits. */
@FunctionalInterface
public interface Sleeper {

  /** The real thing. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
