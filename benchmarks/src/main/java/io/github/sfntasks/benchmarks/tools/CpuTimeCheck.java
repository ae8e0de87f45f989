package io.github.sfntasks.benchmarks.tools;

import io.github.sfntasks.benchmarks.RenderBenchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A cross-check of table 1 that a busy machine disturbs less: the same benchmark methods, timed by the
 * thread's CPU time instead of the wall clock, so the time this thread waits while other processes run
 * is not counted (caches shared with them still are). Prints a markdown table.
 *
 * <pre>CpuTimeCheck [warm-up seconds] [measured seconds] N...</pre>
 *
 * <p>Warm-up and measurement alternate ours and the floor in slices of 100 ms, so a change in load
 * hits both alike.
 */
public final class CpuTimeCheck {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeCheck() {
    }

    /** @param args warm-up seconds, measured seconds, then the task counts */
    public static void main(String[] args) {
        double warmup = Double.parseDouble(args[0]);
        double measure = Double.parseDouble(args[1]);
        System.out.println("| tasks | build + render (µs CPU/op) | Jackson floor (µs CPU/op) | **ours / floor** |");
        System.out.println("|---:|---:|---:|---:|");
        for (int i = 2; i < args.length; i++) {
            RenderBenchmark b = new RenderBenchmark();
            b.tasks = Integer.parseInt(args[i]);
            b.setUp();
            Slices ours = new Slices(b::buildAndRender);
            Slices floor = new Slices(b::jacksonFloor);
            alternate(ours, floor, warmup);
            ours.reset();
            floor.reset();
            alternate(ours, floor, measure);
            System.out.printf(Locale.ROOT, "| %,d | %,.1f | %,.1f | **%.1fx** |%n", b.tasks, ours.micros(), floor.micros(),
                    ours.micros() / floor.micros());
        }
    }

    private static void alternate(Slices a, Slices b, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            a.run(100_000_000L);
            b.run(100_000_000L);
        }
    }

    /** Runs one method for slices of CPU time and adds up operations and CPU nanoseconds. */
    private static final class Slices {
        private final Supplier<?> op;
        private long ops;
        private long cpuNanos;
        private int sink;

        Slices(Supplier<?> op) {
            this.op = op;
        }

        void run(long sliceNanos) {
            long start = THREADS.getCurrentThreadCpuTime();
            long now = start;
            while (now - start < sliceNanos) {
                for (int i = 0; i < 4; i++) { // reading the CPU clock costs ~1 µs: not after every fast op
                    sink += op.get().hashCode();
                }
                ops += 4;
                now = THREADS.getCurrentThreadCpuTime();
            }
            cpuNanos += now - start;
        }

        void reset() {
            ops = 0;
            cpuNanos = 0;
        }

        double micros() {
            return cpuNanos / 1e3 / Math.max(1, ops);
        }

        @Override
        public String toString() {
            return Integer.toString(sink);
        }
    }
}
