package io.runledger.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Every benchmark runs briefly (in this JVM, one iteration of about a second) so that none of them rots. */
class BenchmarkSmokeTest {
    @Test
    void everyAppendBenchmarkRunsAndMeasuresSomething() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(AppendBenchmark.class.getName())
                .forks(0)
                .threads(2)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(500))
                .shouldFailOnError(true)
                .build()).run();
        assertEquals(4, results.size(), "sqlite and json, group and direct");
        results.forEach(r -> assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams() + " appended nothing"));
    }

    @Test
    void theRunStatsLatencyHarnessTimesEveryShapeOnTheFileBackends() throws java.io.IOException {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            RunStatsLatency.main(new String[] {"400", "4", "sqlite", "json"});
        } finally {
            System.setOut(original);
        }
        java.util.List<String> lines = printed.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("sqlite,") || line.startsWith("json,")).toList();
        assertEquals(8, lines.size(), "four query shapes on each backend: " + lines);
        lines.forEach(line -> assertTrue(line.matches("[a-z]+,[a-z0-9_]+(,[0-9]+\\.[0-9]){5}(,,|(,[0-9]+\\.[0-9]){2})"), line));
    }

    @Test
    void everyRecordParsingBenchmarkRunsAndMeasuresSomething() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(RecordParsingBenchmark.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(300))
                .shouldFailOnError(true)
                .build()).run();
        assertEquals(3, results.size(), "the format's reader and full parser, and jackson-core");
        results.forEach(r -> assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams() + " read nothing"));
    }
}
