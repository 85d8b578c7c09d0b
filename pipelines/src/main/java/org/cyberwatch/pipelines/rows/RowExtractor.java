package org.cyberwatch.pipelines.rows;

import java.util.ArrayList;
import java.util.List;
import org.cyberwatch.pipelines.enrich.EnrichedMeasurement;
import org.cyberwatch.pipelines.parse.ParsedMeasurement;
import org.cyberwatch.schemas.id.MeasurementUid;

/** Every row one enriched measurement contributes to the stores. Pure and deterministic. */
public final class RowExtractor {
  private RowExtractor() {}

  public static List<Row> rows(EnrichedMeasurement e) {
    ParsedMeasurement p = e.scored().parsed();
    List<Row> rows = new ArrayList<>();
    rows.add(MeasurementRowMapper.row(e));
    rows.addAll(PathRows.of(p.uid(), p.measurement(), e.enrichment()));
    ObservationRows.of(p.uid(), p.measurement(), MeasurementUid.parse(p.uid()).receivedAt(),
        p.sourceCan(), p.sourceLine()).ifPresent(rows::add);
    rows.addAll(AsnRows.of(e.enrichment()));
    return rows;
  }
}
