package io.github.sfntasks.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.local.Execution;
import io.github.sfntasks.local.LocalRunner;
import io.github.sfntasks.local.MockResponse;
import io.github.sfntasks.local.Mocks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The local executor ({@code sfn-tasks-local}), warm, one thread: a linear machine of 1,000 Pass states,
 * an inline Map over 10,000 items (one Pass state each; the history limit is lifted, as AWS would need a
 * Distributed Map for that many), and a Task retried 10 times with BackoffRate 2 (virtual time: nothing
 * sleeps). Transitions per second = states visited / time per run (1,000; 10,001; 1).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LocalRunBenchmark {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LocalRunner linear;
    private LocalRunner map;
    private LocalRunner retry;
    private JsonNode input;
    private JsonNode items;

    /** Compiles the three machines once. */
    @Setup
    public void setup() {
        ObjectNode def = MAPPER.createObjectNode();
        def.put("StartAt", "S0");
        ObjectNode states = def.putObject("States");
        for (int i = 0; i < 1000; i++) {
            ObjectNode s = states.putObject("S" + i);
            s.put("Type", "Pass");
            if (i < 999) {
                s.put("Next", "S" + (i + 1));
            } else {
                s.put("End", true);
            }
        }
        linear = LocalRunner.of(def);
        map = LocalRunner.of("{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\","
                + "\"ItemProcessor\":{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},"
                + "\"End\":true}}}").maxHistoryEvents(Integer.MAX_VALUE);
        MockResponse fail = MockResponse.failing("Lambda.TooManyRequestsException", "slow down");
        MockResponse ok = MockResponse.returning(MAPPER.createObjectNode().put("ok", true));
        retry = LocalRunner.of("{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\","
                + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"],"
                + "\"IntervalSeconds\":1,\"MaxAttempts\":10,\"BackoffRate\":2}],\"End\":true}}}")
                .mocks(Mocks.builder().answers("T", c -> c.invocation() < 10 ? fail : ok).build());
        input = MAPPER.createObjectNode().put("order", 42);
        ObjectNode withItems = MAPPER.createObjectNode();
        ArrayNode a = withItems.putArray("items");
        for (int i = 0; i < 10_000; i++) {
            a.addObject().put("id", i);
        }
        items = withItems;
    }

    /** @return 1,000 Pass states in a row */
    @Benchmark
    public Execution linear1000() {
        return linear.start(input);
    }

    /** @return a Map over 10,000 items */
    @Benchmark
    public Execution map10000() {
        return map.start(items);
    }

    /** @return a Task failing 10 times, retried with BackoffRate 2, then succeeding */
    @Benchmark
    public Execution retry10() {
        return retry.start(input);
    }
}
