package org.cyberwatch.probe.submit;

/**
 * What an outbox entry holds, which decides how it is submitted. The kind is part of the file
 * name, so a restarted agent knows it without reading the file.
 */
public enum OutboxKind {
  /** A df-000 measurement envelope: {@code POST /report/{report_id}}, answered with a uid. */
  MEASUREMENT(".json"),
  /**
   * An Open Tunnel Telemetry report, sent as it is (no envelope) with {@code POST /report}; taken
   * only when the collector answers 201.
   */
  TUNNEL_REPORT(".tunnel.json");

  private final String suffix;

  OutboxKind(String suffix) {
    this.suffix = suffix;
  }

  /** File name suffix of entries of this kind. */
  String suffix() {
    return suffix;
  }

  /** The kind of the entry stored in the file {@code name}. */
  static OutboxKind ofFileName(String name) {
    return name.endsWith(TUNNEL_REPORT.suffix) ? TUNNEL_REPORT : MEASUREMENT;
  }
}
