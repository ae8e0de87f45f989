package io.github.sfntasks.benchmarks.tools;

import io.github.sfntasks.benchmarks.LocalRunBenchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * {@code LocalRunBenchmark} timed by the thread's CPU time rather than the wall clock, for a machine so busy
 * that JMH's wall-clock error bars swallow the result (the time this thread waits while other processes run
 * is not counted; caches shared with them still are). Benchmarks are found by name, so the same tool measures
 * an older build of the benchmark class that lacks some of them. Prints a markdown table.
 *
 * <pre>LocalCpuTimeCheck [warm-up seconds] [measured seconds]</pre>
 */
public final class LocalCpuTimeCheck {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Benchmark method, and the state transitions one call makes. */
    private static final Object[][] ROWS = {
        {"linear1000", 1000}, {"map10000", 10_001}, {"retry10", 1}, {"junitTest20States", 20}};

    private LocalCpuTimeCheck() {
    }

    /**
     * @param args warm-up seconds, measured seconds
     * @throws Exception when a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        double warmup = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        double measure = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        LocalRunBenchmark b = new LocalRunBenchmark();
        b.setup();
        System.out.println("| benchmark | µs CPU/op | state transitions/s (CPU) |");
        System.out.println("|---|---:|---:|");
        for (Object[] row : ROWS) {
            Method m;
            try {
                m = LocalRunBenchmark.class.getMethod((String) row[0]);
            } catch (NoSuchMethodException e) {
                System.out.println("| " + row[0] + " | (not in this build) | |");
                continue;
            }
            run(b, m, warmup);
            long[] r = run(b, m, measure);
            double perOp = r[0] / 1000.0 / r[1];
            System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %,.0f |", row[0], perOp,
                    (int) row[1] * 1e6 / perOp));
        }
    }

    /** @return CPU nanoseconds and calls, calling for about {@code seconds} of CPU time */
    private static long[] run(LocalRunBenchmark b, Method m, double seconds) throws Exception {
        long budget = (long) (seconds * 1e9);
        long start = THREADS.getCurrentThreadCpuTime();
        long calls = 0;
        long used;
        do {
            m.invoke(b);
            calls++;
            used = THREADS.getCurrentThreadCpuTime() - start;
        } while (used < budget);
        return new long[] {used, calls};
    }
}
