package io.github.sfntasks.benchmarks;

import io.github.sfntasks.benchmarks.tools.ReportTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smoke run of the benchmarks inside the default build: every benchmark, every N, once
 * (no fork, no warm-up, one 100 ms iteration). It proves they run and measure the same output;
 * the figures come from the full run (benchmarks/run-all.sh, or -Pbench).
 */
class RenderBenchmarkTest {

    @Test
    void theFloorWritesExactlyWhatWeRender() {
        RenderBenchmark b = new RenderBenchmark();
        b.tasks = 25;
        b.setUp();
        RenderBenchmark.Output ours = b.buildAndRender();
        assertEquals(ours, b.jacksonFloor());
        assertTrue(ours.definitionJson().contains("\"T24\""));
        assertTrue(ours.policyJson().contains("function:fn-24"));
    }

    @Test
    void everyBenchmarkRunsOnceAndTheReportReadsItsResults(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("jmh.json");
        Options options = new OptionsBuilder()
                .include(RenderBenchmark.class.getName() + ".")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertEquals(4 * 3, results.size(), "4 benchmarks x N = 10, 100, 1000");
        for (RunResult r : results) {
            assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark());
        }

        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ReportTables.main(new String[] {"warm", json.toString()});
        } finally {
            System.setOut(stdout);
        }
        String table = printed.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("| 1,000 |"), table);
        assertTrue(table.contains("ours / floor"), table);
    }
}
