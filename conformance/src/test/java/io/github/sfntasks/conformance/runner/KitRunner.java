package io.github.sfntasks.conformance.runner;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs a kit class (or one of its properties) through the jqwik engine in-process, as JUnit Platform's
 * {@link EngineTestKit} does, and returns what passed and what failed: the way the kit's own tests run a property
 * programmatically and assert that it fails.
 */
public final class KitRunner {

    /**
     * One executed test of the kit.
     *
     * @param output what the whole run printed, but for the kit's own report lines (see {@link #run(Class, int, String...)})
     */
    public record Outcome(String name, TestExecutionResult.Status status, Throwable error, String output) {
        public boolean failed() {
            return status != TestExecutionResult.Status.SUCCESSFUL;
        }
    }

    /** The kit's own report lines, shown even when the rest of a run's output is held back. */
    private static final Pattern REPORT_LINE = Pattern.compile("\\[[a-z-]+\\] ");

    private KitRunner() {
    }

    /**
     * @param kit a concrete kit class
     * @param methods names of its (inherited) property or example methods; none: the whole class
     * @return one outcome per executed test
     */
    public static List<Outcome> run(Class<?> kit, String... methods) {
        return run(kit, 10, methods);
    }

    /**
     * @param kit a concrete kit class
     * @param shrinkSeconds how long jqwik may shrink a failing sample; 0: not at all
     * @param methods names of its (inherited) property or example methods; none: the whole class
     * @return one outcome per executed test
     */
    public static List<Outcome> run(Class<?> kit, int shrinkSeconds, String... methods) {
        EngineTestKit.Builder builder = EngineTestKit.engine("jqwik")
                // a failure of one provider must not be replayed first for the next one the kit class runs for
                .configurationParameter("jqwik.database", "target/jqwik-database-kitrunner")
                .configurationParameter("jqwik.failures.runfirst", "false")
                .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED")
                .configurationParameter("jqwik.shrinking.bounded.seconds", String.valueOf(Math.max(1, shrinkSeconds)));
        if (shrinkSeconds <= 0) {
            // No shrinking: a shrink cut short by its time bound can leave jqwik's per-property store behind in this
            // JVM, and the next run of the same kit property (for the next provider) then fails on it.
            builder.configurationParameter("jqwik.shrinking.default", "OFF");
        }
        if (methods.length == 0) {
            builder.selectors(DiscoverySelectors.selectClass(kit));
        } else {
            for (String name : methods) {
                Method m = Arrays.stream(kit.getMethods()).filter(x -> x.getName().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(kit + " has no method " + name));
                builder.selectors(DiscoverySelectors.selectMethod(kit, m));
            }
        }
        // jqwik reports a failing property (its sample, seed, statistics) on standard output; the broken-provider
        // tests fail properties on purpose, so the run's output is held back and shown only with a failure of the
        // calling test (failures()). The kit's own one-line reports ("[cdk] ...", "[kit] ...") pass through.
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        EngineExecutionResults results;
        System.setOut(capture);
        System.setErr(capture);
        try {
            results = builder.execute();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        StringBuilder held = new StringBuilder();
        for (String line : buffer.toString(StandardCharsets.UTF_8).split("\\R")) {
            if (REPORT_LINE.matcher(line).lookingAt()) {
                out.println(line);
            } else if (!line.isBlank()) {
                held.append(line).append('\n');
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Event e : results.testEvents().finished().list()) {
            TestExecutionResult r = e.getRequiredPayload(TestExecutionResult.class);
            outcomes.add(new Outcome(e.getTestDescriptor().getDisplayName(), r.getStatus(), r.getThrowable().orElse(null),
                    held.toString()));
        }
        return outcomes;
    }

    /**
     * @param outcomes outcomes
     * @return the failures, each with its message
     */
    public static String failures(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : outcomes) {
            if (o.failed()) {
                sb.append("\n* ").append(o.name()).append(": ").append(o.error());
            }
        }
        if (sb.length() > 0 && !outcomes.get(0).output().isEmpty()) {
            sb.append("\n--- output of the run ---\n").append(outcomes.get(0).output());
        }
        return sb.toString();
    }
}
