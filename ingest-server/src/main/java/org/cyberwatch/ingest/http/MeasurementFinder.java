package org.cyberwatch.ingest.http;

import java.io.IOException;
import java.util.Optional;

/** Finds a stored measurement by uid (in the server: {@code MeasurementLocator::find}). */
@FunctionalInterface
public interface MeasurementFinder {

  /** The measurement JSON with its {@code measurement_uid}, or empty. */
  Optional<byte[]> find(String uid) throws IOException;
}
