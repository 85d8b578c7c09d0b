package org.cyberwatch.ingest.http;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.cyberwatch.schemas.id.MeasurementUid;

/** {@code GET /api/v1/measurement/{measurement_uid}}: any measurement this collector accepted. */
final class MeasurementRoutes {

  private final MeasurementFinder finder;

  MeasurementRoutes(MeasurementFinder finder) {
    this.finder = finder;
  }

  void register(RouteTable table) {
    table.add("GET", "/api/v1/measurement/{measurement_uid}", this::get);
  }

  private CompletionStage<Void> get(Exchange ex) throws Exception {
    String uid = ex.param("measurement_uid");
    if (!MeasurementUid.isValid(uid)) {
      ex.error(new ApiError(400, "bad_measurement_uid",
          "not a measurement uid (YYYYMMDDHHMMSS.ffffff_<CC>_<testname>_<16 hex>)"));
      return Route.DONE;
    }
    Optional<byte[]> m = finder.find(uid);
    if (m.isEmpty()) {
      ex.error(ApiError.notFound("no measurement " + uid));
    } else {
      ex.send(200, "application/json", m.get());
    }
    return Route.DONE;
  }
}
