package org.cyberwatch.probe.dnsfeed;

import java.io.IOException;
import java.util.List;

/** A source of DNS query events: a Pi-hole API poller or a resolver-log tailer. */
public interface DnsEventReader {

  /** Events since the last call, at most {@code max}. */
  List<DnsQueryEvent> readNew(int max) throws IOException, InterruptedException;
}
