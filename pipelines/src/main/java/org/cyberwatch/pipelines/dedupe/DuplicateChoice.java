package org.cyberwatch.pipelines.dedupe;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.cyberwatch.pipelines.process.ProcessedMeasurement;

/**
 * Which copy of a measurement is kept, and how many duplicates of each kind a group held. Pure.
 *
 * @param kept the copy with the smallest uid, then the smallest source can and line
 * @param exactDuplicates further copies under the kept uid or under another copy's uid
 * @param contentDuplicates copies under other uids than the kept one (counted once per uid)
 */
public record DuplicateChoice(ProcessedMeasurement kept, long exactDuplicates, long contentDuplicates) {
  private static final Comparator<ProcessedMeasurement> ORDER =
      Comparator.comparing(ProcessedMeasurement::uid)
          .thenComparing(ProcessedMeasurement::sourceCan)
          .thenComparingLong(ProcessedMeasurement::sourceLine);

  /** Chooses among copies that share a content hash; at least one copy. */
  public static DuplicateChoice among(Iterable<ProcessedMeasurement> copies) {
    ProcessedMeasurement kept = null;
    Set<String> uids = new HashSet<>();
    long total = 0;
    for (ProcessedMeasurement copy : copies) {
      total++;
      uids.add(copy.uid());
      if (kept == null || ORDER.compare(copy, kept) < 0) {
        kept = copy;
      }
    }
    if (kept == null) {
      throw new IllegalArgumentException("copies: at least one is needed");
    }
    long content = uids.size() - 1L;
    return new DuplicateChoice(kept, total - 1 - content, content);
  }
}
