package org.cyberwatch.pipelines.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cyberwatch.pipelines.process.ProcessedMeasurement;
import org.junit.jupiter.api.Test;

class DuplicateChoiceTest {
  private static ProcessedMeasurement copy(String uid, String can, long line) {
    return new ProcessedMeasurement(uid, "samehash", can, line, List.of(), null);
  }

  @Test
  void keepsTheSmallestUidThenCanThenLine() {
    List<ProcessedMeasurement> copies = List.of(copy("b", "a.jsonl.gz", 1),
        copy("a", "b.jsonl.gz", 5), copy("a", "b.jsonl.gz", 2), copy("a", "c.jsonl.gz", 0));

    DuplicateChoice choice = DuplicateChoice.among(copies);

    assertEquals(copies.get(2), choice.kept());
  }

  @Test
  void countsFurtherUidsAsContentDuplicatesAndRepeatsAsExact() {
    List<ProcessedMeasurement> copies = List.of(copy("b", "x", 1), copy("a", "x", 2),
        copy("a", "y", 3), copy("b", "y", 4), copy("c", "y", 5));

    DuplicateChoice choice = DuplicateChoice.among(copies);

    assertEquals(List.of(2L, 2L), List.of(choice.exactDuplicates(), choice.contentDuplicates()));
  }
}
