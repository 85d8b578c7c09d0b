package org.cyberwatch.pipelines.enrich;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.cyberwatch.schemas.snapshot.IpMetadata;
import org.cyberwatch.schemas.snapshot.SnapshotProvenance;

/** The JSON form of an address's metadata, as {@code enrich} prints it. */
final class EnrichmentJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private EnrichmentJson() {}

  static ObjectNode of(IpMetadata m) {
    ObjectNode n = JSON.objectNode();
    n.put("ip", m.ip());
    n.put("status", m.status().name().toLowerCase(Locale.ROOT));
    n.put("prefix", m.prefix());
    ArrayNode origins = n.putArray("origin_asns");
    m.originAsns().forEach(origins::add);
    if (m.known()) {
      n.put("asn", m.asn());
    } else {
      n.putNull("asn");
    }
    n.put("as_name", m.asName());
    n.put("org_id", m.orgId());
    n.put("org_name", m.orgName());
    n.put("country", m.country());
    n.put("rir_cc", m.rirCc());
    if (m.ixp() != null) {
      n.putObject("ixp").put("id", m.ixp().id()).put("name", m.ixp().name())
          .put("country", m.ixp().country());
    }
    ArrayNode prov = n.putArray("snapshots");
    for (SnapshotProvenance p : m.provenance()) {
      prov.addObject().put("dataset", p.dataset()).put("reference_name", p.referenceName())
          .put("reference_time", p.referenceTime().toString());
    }
    return n;
  }
}
