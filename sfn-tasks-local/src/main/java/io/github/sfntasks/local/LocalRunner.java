package io.github.sfntasks.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.local.internal.Json;
import io.github.sfntasks.local.internal.JsonataEngine;
import io.github.sfntasks.local.internal.Machine;
import io.github.sfntasks.local.internal.StateDef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs an Amazon States Language definition in the JVM: service calls answered by {@link Mocks}, time
 * virtual (Wait states, retries and mocked durations advance a clock; nothing sleeps), randomness seeded.
 * Immutable and thread-safe: each {@code with...} method returns a copy, and each {@link #start} is an
 * independent execution.
 *
 * <pre>{@code
 * Execution ex = LocalRunner.of(definitionJson)
 *     .mocks(Mocks.builder().returns("Charge", "{\"ok\": true}").build())
 *     .start("{\"order\": 42}");
 * ex.assertSucceeded().assertPath("Charge", "Done");
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class LocalRunner {

    /** Step Functions' limit of history events in one execution. */
    public static final int MAX_HISTORY_EVENTS = 25_000;

    private final JsonNode definition;
    private final Machine machine;
    private final Mocks mocks;
    private final long seed;
    private final Instant startTime;
    private final String stateMachineArn;
    private final String executionName;
    private final int maxEvents;
    private final Consumer<Execution> listener;

    private LocalRunner(JsonNode definition, Machine machine, Mocks mocks, long seed, Instant startTime,
            String stateMachineArn, String executionName, int maxEvents, Consumer<Execution> listener) {
        this.definition = definition;
        this.machine = machine;
        this.mocks = mocks;
        this.seed = seed;
        this.startTime = startTime;
        this.stateMachineArn = stateMachineArn;
        this.executionName = executionName;
        this.maxEvents = maxEvents;
        this.listener = listener;
    }

    /**
     * @param definition an ASL definition
     * @return a runner for it, with no mocks, seed 0, start time 2025-01-01T00:00:00Z
     * @throws LocalDefinitionException listing every problem when the definition is not a valid state machine
     */
    public static LocalRunner of(JsonNode definition) {
        Objects.requireNonNull(definition, "definition");
        List<String> problems = new ArrayList<>();
        Machine m = Machine.compile(definition, new JsonataEngine(), problems);
        if (!problems.isEmpty()) {
            throw new LocalDefinitionException(problems);
        }
        return new LocalRunner(definition, m, Mocks.none(), 0L, Instant.parse("2025-01-01T00:00:00Z"),
                "arn:aws:states:us-east-1:123456789012:stateMachine:LocalStateMachine", "local-execution",
                MAX_HISTORY_EVENTS, null);
    }

    /**
     * @param definitionJson an ASL definition as JSON text
     * @return a runner for it
     * @throws LocalDefinitionException when it is not JSON or not a valid state machine
     */
    public static LocalRunner of(String definitionJson) {
        try {
            return of(Json.parse(definitionJson));
        } catch (JsonProcessingException e) {
            throw new LocalDefinitionException(List.of("the definition is not JSON: " + e.getOriginalMessage()));
        }
    }

    /** @return the definition */
    public JsonNode definition() {
        return definition;
    }

    /**
     * @param mocks the service mocks
     * @return a copy using them
     * @throws LocalExecutionException ({@link ErrorCode#MOCK_CONFIGURATION}) when a mocked state does not
     *         exist in the definition or is not a Task state (or a Map state that reads items or writes results)
     */
    public LocalRunner mocks(Mocks mocks) {
        Objects.requireNonNull(mocks, "mocks");
        for (String name : mocks.stateNames()) {
            StateDef s = find(machine, name);
            if (s == null) {
                throw new LocalExecutionException(ErrorCode.MOCK_CONFIGURATION, "the mocks name state \"" + name
                        + "\", which the state machine does not have");
            }
            if (!s.type().equals("Task") && !(s.type().equals("Map") && s.readsOrWrites())) {
                throw new LocalExecutionException(ErrorCode.MOCK_CONFIGURATION, "the mocks name state \"" + name
                        + "\", which is a " + s.type() + " state; only Task states (and Map states with ItemReader"
                        + " or ResultWriter) call services");
            }
        }
        return new LocalRunner(definition, machine, mocks, seed, startTime, stateMachineArn, executionName, maxEvents,
                listener);
    }

    private static StateDef find(Machine m, String name) {
        StateDef s = m.states().get(name);
        if (s != null) {
            return s;
        }
        for (StateDef st : m.states().values()) {
            for (Machine child : st.children()) {
                StateDef found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * @param seed the seed of States.UUID, States.MathRandom, $uuid, $random and retry jitter
     * @return a copy using it
     */
    public LocalRunner seed(long seed) {
        return new LocalRunner(definition, machine, mocks, seed, startTime, stateMachineArn, executionName, maxEvents,
                listener);
    }

    /**
     * @param startTime the virtual time the execution starts at
     * @return a copy using it
     */
    public LocalRunner startTime(Instant startTime) {
        return new LocalRunner(definition, machine, mocks, seed, Objects.requireNonNull(startTime), stateMachineArn,
                executionName, maxEvents, listener);
    }

    /**
     * @param stateMachineArn the ARN the context object reports ({@code $$.StateMachine.Id})
     * @param executionName the execution name ({@code $$.Execution.Name})
     * @return a copy using them
     */
    public LocalRunner identity(String stateMachineArn, String executionName) {
        if (!stateMachineArn.contains(":stateMachine:")) {
            throw new IllegalArgumentException("not a state machine ARN: " + stateMachineArn);
        }
        return new LocalRunner(definition, machine, mocks, seed, startTime, stateMachineArn,
                Objects.requireNonNull(executionName), maxEvents, listener);
    }

    /**
     * @param maxEvents the history event limit (25,000 on AWS; lower it to make a runaway loop fail sooner)
     * @return a copy using it
     */
    public LocalRunner maxHistoryEvents(int maxEvents) {
        if (maxEvents < 2) {
            throw new IllegalArgumentException("maxEvents must be at least 2");
        }
        return new LocalRunner(definition, machine, mocks, seed, startTime, stateMachineArn, executionName, maxEvents,
                listener);
    }

    /**
     * @param listener told of every execution this runner (or a copy made from it later) finishes
     * @return a copy using it
     */
    public LocalRunner onExecution(Consumer<Execution> listener) {
        return new LocalRunner(definition, machine, mocks, seed, startTime, stateMachineArn, executionName, maxEvents,
                listener);
    }

    /**
     * @param input the execution input
     * @return the finished execution (SUCCEEDED or FAILED)
     * @throws LocalExecutionException when a Task state is reached that no mock answers, or a mock throws
     */
    public Execution start(JsonNode input) {
        Interpreter in = new Interpreter(machine, mocks, seed, maxEvents, startTime, stateMachineArn, executionName,
                input);
        Execution ex = in.run(Objects.requireNonNull(input, "input"));
        if (listener != null) {
            listener.accept(ex);
        }
        return ex;
    }

    /**
     * @param inputJson the execution input as JSON text
     * @return the finished execution
     * @throws IllegalArgumentException when the text is not JSON
     * @throws LocalExecutionException when a Task state is reached that no mock answers
     */
    public Execution start(String inputJson) {
        try {
            return start(Json.parse(inputJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the input is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
