package org.cyberwatch.pipelines.read;

/**
 * One entry of a can as read, before parsing: where it came from and its JSON bytes.
 *
 * @param sourceCan the can's path
 * @param line the line (jsonl) or member number (postcan), from 0
 * @param uidHint the uid named by a postcan member ({@code <uid>.post}), or null
 * @param json the measurement JSON; never modified
 */
public record SourcedEntry(String sourceCan, long line, String uidHint, byte[] json) {
  public SourcedEntry {
    if (sourceCan == null || line < 0 || json == null) {
      throw new IllegalArgumentException("sourceCan, line >= 0, json: required");
    }
  }
}
