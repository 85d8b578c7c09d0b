package org.cyberwatch.pipelines.score;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Accessible and unreachable endpoints of a df-005 {@code tcp_connect} list (fastpath's {@code
 * _extract_tcp_connect}): {@code status.success} true or false; other entries are not counted.
 *
 * @param accessible entries with {@code status.success} true
 * @param unreachable entries with {@code status.success} false
 */
record TcpConnectCounts(int accessible, int unreachable) {

  static TcpConnectCounts of(JsonNode testKeys) {
    int accessible = 0;
    int unreachable = 0;
    for (JsonNode entry : JsonReads.elements(testKeys, "tcp_connect")) {
      JsonNode success = JsonReads.get(JsonReads.get(entry, "status"), "success");
      if (JsonReads.isTrue(success)) {
        accessible++;
      } else if (JsonReads.isFalse(success)) {
        unreachable++;
      }
    }
    return new TcpConnectCounts(accessible, unreachable);
  }
}
