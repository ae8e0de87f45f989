package io.github.sfntasks.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.core.graph.StateMachine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * Warm, in-JVM: building and rendering a machine of {@code tasks} chained tasks ({@link TaskMix}) to
 * the text a user gets (definition and aggregated policy, pretty-printed as
 * {@link StateMachine.Rendered#definitionJson()} and {@link StateMachine.Rendered#policyJson()} give
 * them), against the floor: Jackson writing the identical, pre-built JSON trees to the same text.
 *
 * <p>{@link #buildAndRender} is the headline; {@link #build} and {@link #renderTrees} split it
 * (validation and graph building, then tree rendering with the size check and policy aggregation),
 * so a miss can be located without a profiler.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RenderBenchmark {

    /** The same writer {@link StateMachine.Rendered#pretty} uses: Jackson's default pretty printer. */
    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

    /** Tasks in the machine. */
    @Param({"10", "100", "1000"})
    public int tasks;

    private StateMachine machine;
    private ObjectNode definition;
    private ObjectNode policy;

    /** Builds the machine once and renders the trees the floor writes. */
    @Setup
    public void setUp() {
        machine = TaskMix.machine(tasks);
        StateMachine.Rendered rendered = machine.render(TaskMix.CONTEXT);
        definition = rendered.definition();
        policy = rendered.policy();
    }

    /** @return the text: typed builders, validation, render, aggregate, write */
    @Benchmark
    public Output buildAndRender() {
        StateMachine.Rendered r = TaskMix.machine(tasks).render(TaskMix.CONTEXT);
        return new Output(r.definitionJson(), r.policyJson());
    }

    /** @return the validated machine (typed builders, chain, graph checks) */
    @Benchmark
    public StateMachine build() {
        return TaskMix.machine(tasks);
    }

    /** @return the rendered trees of a pre-built machine (no text beyond the size check) */
    @Benchmark
    public StateMachine.Rendered renderTrees() {
        return machine.render(TaskMix.CONTEXT);
    }

    /** @return the floor: Jackson writing the pre-built trees to the same text */
    @Benchmark
    public Output jacksonFloor() {
        return jacksonWrite(definition, policy);
    }

    /**
     * @param definition a rendered definition
     * @param policy a rendered policy document
     * @return both as the library prints them (pretty, final newline)
     */
    public static Output jacksonWrite(ObjectNode definition, ObjectNode policy) {
        try {
            return new Output(PRETTY.writeValueAsString(definition) + "\n", PRETTY.writeValueAsString(policy) + "\n");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a user gets.
     *
     * @param definitionJson the ASL definition
     * @param policyJson the IAM policy document
     */
    public record Output(String definitionJson, String policyJson) {
    }
}
