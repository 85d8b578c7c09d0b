package org.cyberwatch.pipelines.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Verdicts are computed from the values; the table shows every figure aligned. */
class FiguresTableTest {

  @ParameterizedTest(name = "{0} against {1} is {2}")
  @CsvSource({"19000, 19000, PASS", "25000.5, 19000, PASS", "18999.9, 19000, MISS",
      "NaN, 19000, MISS", "0, 50, MISS"})
  void atLeastPassesOnlyFromTheTargetUp(double value, double target, Verdict expected) {
    assertEquals(expected, Figure.atLeast("(a)", "rate", value, target, "msmt/s").verdict());
  }

  static Stream<Arguments> costs() {
    return Stream.of(
        Arguments.of(new double[] {50_000, 52_000, 55_000}, Verdict.PASS),
        Arguments.of(new double[] {50_000, 62_500}, Verdict.PASS),
        Arguments.of(new double[] {40_000, 50_000, 60_000}, Verdict.MISS),
        Arguments.of(new double[] {50_000, Double.NaN}, Verdict.MISS),
        Arguments.of(new double[] {0, 10}, Verdict.MISS),
        Arguments.of(new double[] {}, Verdict.MISS));
  }

  @ParameterizedTest
  @MethodSource("costs")
  void flatCostPassesWithinTheRatio(double[] costs, Verdict expected) {
    assertEquals(expected, Figure.flat("(a)", "cost", costs, 1.25).verdict());
  }

  @Test
  void flatShowsTheMeasuredRatio() {
    assertEquals("max/min 1.20", Figure.flat("x", "c", new double[] {100, 120}, 1.25).measured());
  }

  @Test
  void skippedFigureSaysWhy() {
    Figure f = Figure.skipped("(c)", "flink", ">= 10,000 msmt/s", "no --postgres-url");
    assertEquals(Verdict.SKIPPED, f.verdict());
    assertEquals("skipped: no --postgres-url", f.measured());
  }

  @Test
  void tableHasHeaderRuleAndOneAlignedLinePerFigure() {
    List<Figure> figures = List.of(
        Figure.atLeast("(a)", "per core", 20_123.4, 19_000, "msmt/s"),
        Figure.info("(b)", "limit", "41,000 msmt/s"),
        Figure.atLeast("(a/b)", "share", 49.9, 50, "%"));
    List<String> lines = FiguresTable.render(figures).lines().toList();
    assertEquals(5, lines.size());
    assertEquals(1, lines.stream().mapToInt(String::length).distinct().count(), lines.toString());
    assertEquals(List.of("PASS", "-", "MISS"), lines.subList(2, 5).stream()
        .map(l -> l.substring(l.lastIndexOf('|', l.length() - 2) + 1, l.length() - 1).strip())
        .toList());
    assertTrue(lines.get(2).contains("20,123 msmt/s"), lines.get(2));
    assertTrue(lines.get(1).matches("\\|( -+ \\|)+"), lines.get(1));
  }

  @Test
  void runnerNetRateExcludesTheTinyRunsFixedCost() {
    RunnerResult r = runner(new RunnerRun(500, 10, 5, 0, 500),
        new RunnerRun(100_500, 20, 30, 0, 100_500));
    assertEquals(10_000, r.netRate(), 1e-9);
    assertEquals(5_025, r.grossRate(), 1e-9);
  }

  @Test
  void runnerMeetingTheTargetPassesAndItsGrossRateIsShownWithout() {
    List<Figure> f = RunnerFigures.of("(c)", runner(new RunnerRun(500, 10, 5, 0, 500),
        new RunnerRun(100_500, 20, 30, 0, 100_500)), 10_000);
    assertEquals(List.of(Verdict.PASS, Verdict.INFO), f.stream().map(Figure::verdict).toList());
  }

  @Test
  void runnerThatLostRowsMissesHoweverFast() {
    List<Figure> f = RunnerFigures.of("(c)", runner(new RunnerRun(500, 1, 1, 0, 500),
        new RunnerRun(100_500, 2, 3, 0, 99_000)), 10_000);
    assertEquals(List.of(Verdict.MISS), f.stream().map(Figure::verdict).toList());
    assertEquals("run failed: exit 0, loaded 99000 of 100500", f.get(0).measured());
  }

  @Test
  void comparisonRunnerHasNoVerdict() {
    List<Figure> f = RunnerFigures.of("(d)", runner(new RunnerRun(500, 10, 5, 0, 500),
        new RunnerRun(100_500, 110, 90, 0, 100_500)), Double.NaN);
    assertEquals(List.of(Verdict.INFO, Verdict.INFO), f.stream().map(Figure::verdict).toList());
  }

  @Test
  void configScalesSortAndSetTheBaseSize() {
    BenchConfig c = config(100_000, List.of(16, 1, 4));
    assertEquals(List.of(1, 4, 16), c.scales());
    assertEquals(6_250, c.baseSize());
  }

  @Test
  void configRejectsAScaleLargerThanTheCorpus() {
    assertThrows(IllegalArgumentException.class, () -> config(10, List.of(1, 16)));
  }

  private static RunnerResult runner(RunnerRun tiny, RunnerRun full) {
    return new RunnerResult("FlinkRunner", tiny, full);
  }

  private static BenchConfig config(int n, List<Integer> scales) {
    return new BenchConfig(n, Path.of("w"), List.of(Path.of("s")), null, null, null, scales,
        false, 0, 1);
  }
}
