package io.github.sfntasks.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.local.internal.Condition;
import io.github.sfntasks.local.internal.DistributedMap;
import io.github.sfntasks.local.internal.Env;
import io.github.sfntasks.local.internal.Json;
import io.github.sfntasks.local.internal.JsonataEngine;
import io.github.sfntasks.local.internal.Machine;
import io.github.sfntasks.local.internal.Randomness;
import io.github.sfntasks.local.internal.StateDef;
import io.github.sfntasks.local.internal.StatesError;
import io.github.sfntasks.local.internal.Template;
import io.github.sfntasks.local.internal.Variables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a compiled {@link Machine} once. Single-threaded and deterministic: Parallel branches and Map
 * iterations each run on their own line of virtual time, one after another, and their events and visits
 * are then merged in virtual-time order (see the comment above {@code runParallel}).
 */
final class Interpreter {

    /** Step Functions' payload quota: 256 KiB. */
    public static final long MAX_PAYLOAD = 256 * 1024;

    private final Machine machine;
    private final Mocks mocks;
    private final Randomness random;
    private final int maxEvents;
    private final ObjectNode executionContext;
    private final ObjectNode stateMachineContext;
    private int eventCount;
    private final Map<String, Integer> invocations = new HashMap<>();
    private final long startMillis;

    /**
     * @param machine the compiled machine
     * @param mocks the service mocks
     * @param seed the seed of UUIDs, MathRandom and jitter
     * @param maxEvents the history event limit (25,000 on AWS)
     * @param start the virtual start time
     * @param stateMachineArn the state machine ARN for the context object
     * @param executionName the execution name
     * @param input the execution input
     */
    public Interpreter(Machine machine, Mocks mocks, long seed, int maxEvents, Instant start, String stateMachineArn,
            String executionName, JsonNode input) {
        this.machine = machine;
        this.mocks = mocks;
        this.random = new Randomness(seed);
        this.maxEvents = maxEvents;
        this.startMillis = start.toEpochMilli();
        String smName = stateMachineArn.substring(stateMachineArn.lastIndexOf(':') + 1);
        String executionArn = stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + executionName;
        executionContext = Json.object();
        executionContext.put("Id", executionArn);
        executionContext.set("Input", input);
        executionContext.put("Name", executionName);
        executionContext.put("RoleArn", stateMachineArn.replaceFirst(":states:[^:]*:", ":iam::")
                .replaceFirst(":stateMachine:.*", ":role/" + smName + "-role"));
        executionContext.put("StartTime", start.toString());
        executionContext.put("RedriveCount", 0);
        stateMachineContext = Json.object();
        stateMachineContext.put("Id", stateMachineArn);
        stateMachineContext.put("Name", smName);
    }

    /**
     * @param input the execution input
     * @return the finished execution
     * @throws LocalExecutionException when a Task state has no mock, or a mock threw
     */
    public Execution run(JsonNode input) {
        Clock clock = new Clock(startMillis);
        ObjectNode started = Json.object();
        started.set("input", input);
        started.put("roleArn", executionContext.get("RoleArn").asText());
        event(clock, "ExecutionStarted", "executionStartedEventDetails", started, true);
        try {
            checkSize(input, "the execution input");
            JsonNode output = runMachine(machine, input, new Variables(null), clock, "", null);
            ObjectNode d = Json.object();
            d.set("output", output);
            event(clock, "ExecutionSucceeded", "executionSucceededEventDetails", d, true);
            return finish(ExecutionStatus.SUCCEEDED, input, output, null, null, clock);
        } catch (StatesError e) {
            ObjectNode d = Json.object();
            d.put("error", e.error());
            if (e.cause() != null) {
                d.put("cause", e.cause());
            }
            event(clock, "ExecutionFailed", "executionFailedEventDetails", d, true);
            return finish(ExecutionStatus.FAILED, input, null, e.error(), e.cause(), clock);
        }
    }

    private Execution finish(ExecutionStatus status, JsonNode input, JsonNode output, String error, String cause,
            Clock clock) {
        List<HistoryEvent> history = new ArrayList<>(clock.events.size());
        long id = 0;
        for (Ev e : clock.events) {
            id++;
            history.add(new HistoryEvent(id, id - 1, Instant.ofEpochMilli(e.time()), e.type(), e.key(), e.details()));
        }
        return new Execution(status, input, output, error, cause, clock.visits, history,
                Instant.ofEpochMilli(startMillis), Instant.ofEpochMilli(clock.now));
    }

    /** An event not yet numbered: events get their ids when the execution ends, after branches are merged. */
    private record Ev(long time, String type, String key, ObjectNode details) {
    }

    /**
     * One line of execution (the top level, a Parallel branch, a Map iteration): its virtual time, and the
     * events and state visits it produced, kept apart until the lines running side by side are merged.
     */
    private static final class Clock {
        long now;
        /** When a branch or iteration running beside this line failed: past it, this line is stopped. */
        long deadline = Long.MAX_VALUE;
        final List<Ev> events = new ArrayList<>();
        final List<StateVisit> visits = new ArrayList<>();

        Clock(long now) {
            this.now = now;
        }

        /** @return a line starting at {@code start}, stopped where this one is or at {@code deadline} */
        Clock child(long start, long deadline) {
            Clock c = new Clock(start);
            c.deadline = Math.min(this.deadline, deadline);
            return c;
        }

        /**
         * @throws Stopped when the line has reached its deadline: AWS would have stopped it by now (a line with a
         *         deadline comes after the failed one, so at the same virtual time it is already stopped)
         */
        void check() {
            if (now >= deadline) {
                throw Stopped.INSTANCE;
            }
        }
    }

    /**
     * Ends a branch or iteration that the simulation ran past the time a failure beside it stopped it, before
     * it calls more mocks; what it did after that time is dropped anyway when the lines are merged.
     */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Stopped INSTANCE = new Stopped();

        private Stopped() {
            super("stopped", null, false, false);
        }
    }

    private void event(Clock clock, String type, String key, ObjectNode details, boolean force) {
        if (!force && eventCount >= maxEvents) {
            throw StatesError.historyLimit("The execution reached the limit of " + maxEvents + " history events");
        }
        eventCount++;
        clock.events.add(new Ev(clock.now, type, key, details));
    }

    private void stateEvent(Clock clock, String type, String name, String field, JsonNode value) {
        ObjectNode d = Json.object();
        d.put("name", name);
        if (value != null) {
            d.set(field, value);
        }
        event(clock, type, type.endsWith("Entered") ? "stateEnteredEventDetails" : "stateExitedEventDetails", d, false);
    }

    private JsonNode runMachine(Machine m, JsonNode input, Variables vars, Clock clock, String scope,
            JsonNode mapItem) {
        String current = m.startAt;
        JsonNode data = input;
        while (true) {
            StateDef s = m.states.get(current);
            Step step = runState(s, data, vars, clock, scope);
            if (step.next == null) {
                return step.output;
            }
            data = step.output;
            current = step.next;
        }
    }

    private static final class Step {
        final JsonNode output;
        final String next;

        Step(JsonNode output, String next) {
            this.output = output;
            this.next = next;
        }
    }

    /** The context object of one state attempt, built when something first reads it (most states never do). */
    private final class Ctx implements java.util.function.Supplier<ObjectNode> {
        final StateDef s;
        final long entered;
        final int retryCount;
        final String token;
        private ObjectNode built;

        Ctx(StateDef s, long entered, int retryCount, String token) {
            this.s = s;
            this.entered = entered;
            this.retryCount = retryCount;
            this.token = token;
        }

        @Override
        public ObjectNode get() {
            if (built == null) {
                built = context(s, entered, retryCount, token, null);
            }
            return built;
        }
    }

    private ObjectNode context(StateDef s, long entered, int retryCount, String token, JsonNode mapItem) {
        ObjectNode c = Json.object();
        c.set("Execution", executionContext);
        ObjectNode st = c.putObject("State");
        st.put("EnteredTime", Instant.ofEpochMilli(entered).toString());
        st.put("Name", s.name);
        st.put("RetryCount", retryCount);
        c.set("StateMachine", stateMachineContext);
        if (token != null) {
            c.putObject("Task").put("Token", token);
        }
        if (mapItem != null) {
            c.putObject("Map").set("Item", mapItem);
        }
        return c;
    }

    private Step runState(StateDef s, JsonNode input, Variables vars, Clock clock, String scope) {
        clock.check();
        long entered = clock.now;
        stateEvent(clock, s.type + "StateEntered", s.name, "input", input);
        int retryCount = 0;
        Map<StateDef.Retrier, Integer> attempts = null;
        while (true) {
            String token = s.resource != null && s.resource.endsWith(".waitForTaskToken")
                    ? "local-token-" + random.uuid() : null;
            Ctx ctx = new Ctx(s, clock.now, retryCount, token);
            try {
                Step step = attempt(s, input, vars, clock, scope, ctx);
                if (step.output != null) {
                    checkSize(step.output, "the output of state \"" + s.name + "\"");
                }
                stateEvent(clock, s.type + "StateExited", s.name, "output", step.output);
                clock.visits.add(new StateVisit(s.name, s.type, scope, input, step.output, null,
                        Instant.ofEpochMilli(entered), Instant.ofEpochMilli(clock.now)));
                return step;
            } catch (StatesError e) {
                StateDef.Retrier retrier = null;
                for (StateDef.Retrier r : s.retriers) {
                    if (matches(e, r.errors)) {
                        retrier = r;
                        break;
                    }
                }
                if (retrier != null) {
                    if (attempts == null) {
                        attempts = new HashMap<>();
                    }
                    int done = attempts.getOrDefault(retrier, 0);
                    if (done < retrier.maxAttempts) {
                        double delay = retrier.interval * Math.pow(retrier.backoff, done);
                        if (retrier.maxDelay > 0) {
                            delay = Math.min(delay, retrier.maxDelay);
                        }
                        if (retrier.fullJitter) {
                            delay = random.nextDouble() * delay;
                        }
                        clock.now += Math.round(delay * 1000);
                        attempts.put(retrier, done + 1);
                        retryCount++;
                        continue;
                    }
                }
                for (StateDef.Catcher c : s.catchers) {
                    if (matches(e, c.errors)) {
                        return caught(s, c, e, input, vars, clock, scope, ctx, entered);
                    }
                }
                clock.visits.add(new StateVisit(s.name, s.type, scope, input, null, e.error(),
                        Instant.ofEpochMilli(entered), Instant.ofEpochMilli(clock.now)));
                throw e;
            }
        }
    }

    private static boolean matches(StatesError e, List<String> errors) {
        for (String name : errors) {
            if (e.matches(name)) {
                return true;
            }
        }
        return false;
    }

    private Step caught(StateDef s, StateDef.Catcher c, StatesError e, JsonNode input, Variables vars, Clock clock,
            String scope, Ctx ctx, long entered) {
        ObjectNode errorOutput = Json.object();
        errorOutput.put("Error", e.error());
        errorOutput.put("Cause", e.cause() == null ? "" : e.cause());
        JsonNode output;
        Map<String, JsonNode> assigned = null;
        if (s.jsonata) {
            Object states = JsonataEngine.states(input, null, errorOutput, ctx.get());
            Env env = new Env(input, ctx, vars, random);
            output = c.output == null ? errorOutput : requireValue(c.output.evaluate(env, states), "Output");
            assigned = c.assign == null ? null : evaluateAssign(c.assign, env, states);
        } else {
            output = !c.resultPathSet ? errorOutput
                    : c.resultPath == null ? input : c.resultPath.write(input, errorOutput);
            if (c.assign != null) {
                assigned = evaluateAssign(c.assign, new Env(errorOutput, ctx, vars, random), null);
            }
        }
        apply(vars, assigned);
        checkSize(output, "the output of state \"" + s.name + "\"");
        stateEvent(clock, s.type + "StateExited", s.name, "output", output);
        clock.visits.add(new StateVisit(s.name, s.type, scope, input, output, e.error(),
                Instant.ofEpochMilli(entered), Instant.ofEpochMilli(clock.now)));
        return new Step(output, c.next);
    }

    private Map<String, JsonNode> evaluateAssign(Template assign, Env env, Object states) {
        JsonNode v = assign.evaluate(env, states);
        if (v == null || !v.isObject()) {
            throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "Assign must evaluate to a JSON object");
        }
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        v.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static void apply(Variables vars, Map<String, JsonNode> assigned) {
        if (assigned != null) {
            assigned.forEach(vars::set);
        }
    }

    private static JsonNode requireValue(JsonNode v, String field) {
        if (v == null) {
            throw new StatesError(StatesError.QUERY_EVALUATION_ERROR, "The " + field
                    + " field evaluated to undefined; it must give a JSON value");
        }
        return v;
    }

    /** One attempt of a state: everything between entering and leaving (or failing). */
    private Step attempt(StateDef s, JsonNode raw, Variables vars, Clock clock, String scope, Ctx ctx) {
        if (s.jsonata) {
            return attemptJsonata(s, raw, vars, clock, scope, ctx);
        }
        Env env = new Env(raw, ctx, vars, random);
        JsonNode effective = raw;
        if (s.inputPath != null) {
            effective = s.inputPath.path == null ? Json.object() : env.require(s.inputPath.path, "InputPath");
        }
        Env effEnv = env.withInput(effective);
        switch (s.type) {
            case "Choice": {
                for (StateDef.Rule r : s.rules) {
                    if (r.condition.test(effEnv, null)) {
                        if (r.assign != null) {
                            apply(vars, evaluateAssign(r.assign, effEnv, null));
                        }
                        return new Step(outputPath(s, env.withInput(effective)), r.next);
                    }
                }
                if (s.defaultNext == null) {
                    throw new StatesError("States.NoChoiceMatched", "No Matches!");
                }
                if (s.assign != null) {
                    apply(vars, evaluateAssign(s.assign, effEnv, null));
                }
                return new Step(outputPath(s, effEnv), s.defaultNext);
            }
            case "Succeed":
                return new Step(outputPath(s, effEnv), null);
            case "Fail":
                throw fail(s, effEnv, null);
            case "Wait": {
                waitFor(s, effEnv, null, clock);
                if (s.assign != null) {
                    apply(vars, evaluateAssign(s.assign, effEnv, null));
                }
                return new Step(outputPath(s, effEnv), s.next);
            }
            default:
                break;
        }
        if (s.type.equals("Map")) {
            return new Step(finishJsonPath(s, raw, env, runMap(s, effective, effEnv, vars, clock, scope, ctx, null),
                    vars), s.next);
        }
        JsonNode params = s.parameters == null ? effective : s.parameters.evaluate(effEnv, null);
        JsonNode result;
        switch (s.type) {
            case "Pass":
                result = s.result != null ? s.result : params;
                break;
            case "Task":
                result = runTask(s, params, effEnv, null, clock, ctx);
                break;
            case "Parallel":
                result = runParallel(s, params, vars, clock, scope);
                break;
            default:
                throw new IllegalStateException(s.type);
        }
        return new Step(finishJsonPath(s, raw, env, result, vars), s.next);
    }

    private JsonNode finishJsonPath(StateDef s, JsonNode raw, Env env, JsonNode result, Variables vars) {
        if (s.resultSelector != null) {
            result = s.resultSelector.evaluate(env.withInput(result), null);
        }
        checkSize(result, "the result of state \"" + s.name + "\"");
        Map<String, JsonNode> assigned = s.assign == null ? null
                : evaluateAssign(s.assign, env.withInput(result), null);
        JsonNode combined = !s.resultPathSet ? result : s.resultPath == null ? raw : s.resultPath.write(raw, result);
        JsonNode out = outputPath(s, env.withInput(combined));
        apply(vars, assigned);
        return out;
    }

    private static JsonNode outputPath(StateDef s, Env env) {
        if (s.outputPath == null) {
            return env.input();
        }
        return s.outputPath.path == null ? Json.object() : env.require(s.outputPath.path, "OutputPath");
    }

    private Step attemptJsonata(StateDef s, JsonNode raw, Variables vars, Clock clock, String scope, Ctx ctx) {
        Env env = new Env(raw, ctx, vars, random);
        Object states = JsonataEngine.states(raw, null, null, ctx.get());
        switch (s.type) {
            case "Choice": {
                for (StateDef.Rule r : s.rules) {
                    if (r.condition.test(env, states)) {
                        return leaveJsonata(s, r.output != null ? r.output : s.output, r.assign != null ? r.assign
                                : s.assign, env, states, raw, vars, r.next);
                    }
                }
                if (s.defaultNext == null) {
                    throw new StatesError("States.NoChoiceMatched", "No Matches!");
                }
                return leaveJsonata(s, s.output, s.assign, env, states, raw, vars, s.defaultNext);
            }
            case "Succeed":
                return leaveJsonata(s, s.output, null, env, states, raw, vars, null);
            case "Fail":
                throw fail(s, env, states);
            case "Wait":
                waitFor(s, env, states, clock);
                return leaveJsonata(s, s.output, s.assign, env, states, raw, vars, s.next);
            case "Pass":
                return leaveJsonata(s, s.output, s.assign, env, states, raw, vars, s.next);
            default:
                break;
        }
        JsonNode result;
        if (s.type.equals("Map")) {
            result = runMap(s, raw, env, vars, clock, scope, ctx, states);
        } else {
            JsonNode args = s.arguments == null ? raw : requireValue(s.arguments.evaluate(env, states), "Arguments");
            result = s.type.equals("Task") ? runTask(s, args, env, states, clock, ctx)
                    : runParallel(s, args, vars, clock, scope);
        }
        checkSize(result, "the result of state \"" + s.name + "\"");
        Object withResult = JsonataEngine.states(raw, result, null, ctx.get());
        Template out = s.output;
        if (out == null) {
            Map<String, JsonNode> assigned = s.assign == null ? null : evaluateAssign(s.assign, env, withResult);
            apply(vars, assigned);
            return new Step(result, s.next);
        }
        return leaveJsonata(s, out, s.assign, env, withResult, raw, vars, s.next);
    }

    private Step leaveJsonata(StateDef s, Template output, Template assign, Env env, Object states, JsonNode dflt,
            Variables vars, String next) {
        JsonNode out = output == null ? dflt : requireValue(output.evaluate(env, states), "Output");
        Map<String, JsonNode> assigned = assign == null ? null : evaluateAssign(assign, env, states);
        apply(vars, assigned);
        return new Step(out, next);
    }

    private StatesError fail(StateDef s, Env env, Object states) {
        String error = null;
        String cause = null;
        if (s.failError != null) {
            error = text(s.failError.evaluate(env, states), "Error");
        } else if (s.failErrorPath != null) {
            error = text(s.failErrorPath.evaluate(env, states), "ErrorPath");
        }
        if (s.failCause != null) {
            cause = text(s.failCause.evaluate(env, states), "Cause");
        } else if (s.failCausePath != null) {
            cause = text(s.failCausePath.evaluate(env, states), "CausePath");
        }
        return new StatesError(error == null ? "States.Fail" : error, cause);
    }

    private static String text(JsonNode v, String field) {
        if (v == null || !v.isTextual()) {
            throw StatesError.runtime("The value of " + field + " must be a string, was "
                    + (v == null ? "undefined" : Json.text(v)));
        }
        return v.textValue();
    }

    private void waitFor(StateDef s, Env env, Object states, Clock clock) {
        JsonNode seconds = null;
        JsonNode timestamp = null;
        if (s.waitSeconds != null) {
            seconds = s.waitSeconds.evaluate(env, states);
        } else if (s.waitSecondsPath != null) {
            seconds = env.require(s.waitSecondsPath.path, "SecondsPath");
        } else if (s.waitTimestamp != null) {
            timestamp = s.waitTimestamp.evaluate(env, states);
        } else if (s.waitTimestampPath != null) {
            timestamp = env.require(s.waitTimestampPath.path, "TimestampPath");
        }
        if (seconds != null) {
            if (!seconds.isIntegralNumber() || seconds.longValue() < 0) {
                throw StatesError.runtime("The Wait state's seconds must be a non-negative integer, was "
                        + Json.text(seconds));
            }
            clock.now += seconds.longValue() * 1000;
        } else if (timestamp != null) {
            java.time.OffsetDateTime t = timestamp.isTextual() ? Condition.timestamp(timestamp.textValue()) : null;
            if (t == null) {
                throw StatesError.runtime("The Wait state's timestamp must be an RFC 3339 timestamp, was "
                        + Json.text(timestamp));
            }
            clock.now = Math.max(clock.now, t.toInstant().toEpochMilli());
        }
    }

    private long seconds(Template t, StateDef.OptionalPath p, Env env, Object states, String field) {
        JsonNode v = null;
        if (t != null) {
            v = t.evaluate(env, states);
        } else if (p != null && p.path != null) {
            v = env.require(p.path, field);
        }
        if (v == null) {
            return -1;
        }
        if (!v.isIntegralNumber() || v.longValue() <= 0) {
            throw StatesError.runtime("The value of " + field + " must be a positive integer, was " + Json.text(v));
        }
        return v.longValue();
    }

    private JsonNode runTask(StateDef s, JsonNode params, Env env, Object states, Clock clock, Ctx ctx) {
        String resource = s.resource;
        boolean token = resource.endsWith(".waitForTaskToken");
        boolean sync = resource.contains(".sync");
        String taskToken = ctx.token;
        checkSize(params, "the input of state \"" + s.name + "\"");
        long timeout = seconds(s.timeout, s.timeoutPath, env, states, "TimeoutSeconds");
        long heartbeat = seconds(s.heartbeat, s.heartbeatPath, env, states, "HeartbeatSeconds");
        String resourceType = resourceType(resource);
        ObjectNode scheduled = Json.object();
        scheduled.put("resourceType", resourceType);
        scheduled.put("resource", resourceName(resource));
        scheduled.put("region", regionOf(resource));
        scheduled.set("parameters", params);
        if (timeout > 0) {
            scheduled.put("timeoutInSeconds", timeout);
        }
        if (heartbeat > 0) {
            scheduled.put("heartbeatInSeconds", heartbeat);
        }
        event(clock, "TaskScheduled", "taskScheduledEventDetails", scheduled, false);
        event(clock, "TaskStarted", "taskStartedEventDetails", taskDetails(resource), false);
        if (token || sync) {
            event(clock, "TaskSubmitted", "taskSubmittedEventDetails", taskDetails(resource), false);
        }
        clock.check();
        MockResponse r = call(s.name, resource, params, taskToken);
        long duration = r.duration().toMillis();
        if (heartbeat > 0 && (token || !sync) && duration > heartbeat * 1000 && (timeout <= 0 || heartbeat < timeout)) {
            clock.now += heartbeat * 1000;
            ObjectNode d = taskDetails(resource);
            d.put("error", StatesError.HEARTBEAT_TIMEOUT);
            event(clock, "TaskTimedOut", "taskTimedOutEventDetails", d, false);
            throw new StatesError(StatesError.HEARTBEAT_TIMEOUT, "The task did not send a heartbeat within "
                    + heartbeat + " seconds");
        }
        if (timeout > 0 && duration > timeout * 1000) {
            clock.now += timeout * 1000;
            ObjectNode d = taskDetails(resource);
            d.put("error", StatesError.TIMEOUT);
            event(clock, "TaskTimedOut", "taskTimedOutEventDetails", d, false);
            throw new StatesError(StatesError.TIMEOUT, "The task did not finish within " + timeout + " seconds");
        }
        clock.now += duration;
        if (r.isError()) {
            ObjectNode d = taskDetails(resource);
            d.put("error", r.error());
            if (r.cause() != null) {
                d.put("cause", r.cause());
            }
            event(clock, "TaskFailed", "taskFailedEventDetails", d, false);
            throw new StatesError(r.error(), r.cause());
        }
        ObjectNode d = taskDetails(resource);
        d.set("output", r.result());
        event(clock, "TaskSucceeded", "taskSucceededEventDetails", d, false);
        return r.result();
    }

    private MockResponse call(String stateName, String resource, JsonNode input, String taskToken) {
        MockAnswer answer = mocks.answerFor(stateName);
        if (answer == null) {
            throw new LocalExecutionException(ErrorCode.LOCAL_EXECUTION, "state \"" + stateName + "\" calls "
                    + resource + ", and no mock answers it: the local executor never calls AWS. Add a mock for \""
                    + stateName + "\" (Mocks.builder().returns(\"" + stateName + "\", ...) or the mock file's test case)");
        }
        int n = invocations.merge(stateName, 1, Integer::sum) - 1;
        MockResponse r;
        try {
            r = answer.answer(new ServiceCall(stateName, resource, input, taskToken, n));
        } catch (RuntimeException e) {
            throw new LocalExecutionException(ErrorCode.LOCAL_EXECUTION, "the mock of state \"" + stateName
                    + "\" threw on invocation " + n + ": " + e, e);
        }
        if (r == null) {
            throw new LocalExecutionException(ErrorCode.LOCAL_EXECUTION, "the mock of state \"" + stateName
                    + "\" has no response for invocation " + n + " (invocations count from 0)");
        }
        return r;
    }

    private static ObjectNode taskDetails(String resource) {
        ObjectNode d = Json.object();
        d.put("resourceType", resourceType(resource));
        d.put("resource", resourceName(resource));
        return d;
    }

    private static String resourceType(String resource) {
        String[] p = resource.split(":", -1);
        return p.length > 5 && p[2].equals("states") && p[3].isEmpty() ? p[5] : p.length > 2 ? p[2] : resource;
    }

    private static String resourceName(String resource) {
        String[] p = resource.split(":", -1);
        if (p.length > 6 && p[2].equals("states") && p[3].isEmpty()) {
            return String.join(":", java.util.Arrays.copyOfRange(p, 6, p.length));
        }
        return resource;
    }

    private static String regionOf(String resource) {
        String[] p = resource.split(":", -1);
        return p.length > 3 && !p[3].isEmpty() ? p[3] : "us-east-1";
    }

    /*
     * Concurrency, deterministically. AWS runs Parallel branches and Map iterations at the same time
     * ("Parallel workflow state": "If any branch fails, because of an unhandled error or by transitioning to a
     * Fail state, the entire Parallel state is considered to have failed and all its branches are stopped";
     * "Map workflow state": MaxConcurrency bounds the iterations running at once). Here each branch or
     * iteration runs to its end on its own line of virtual time, one after another; then the lines are merged:
     * events and visits in virtual-time order, ties to the lower branch or iteration index, then to the order
     * within the line. A failure stops the others at the virtual time it happened: what they did later is
     * dropped (iterations still running get MapIterationAborted).
     */

    private JsonNode runParallel(StateDef s, JsonNode input, Variables vars, Clock clock, String scope) {
        event(clock, "ParallelStateStarted", null, null, false);
        int n = s.branches.size();
        Clock[] lines = new Clock[n];
        JsonNode[] outputs = new JsonNode[n];
        StatesError failure = null;
        long failedAt = Long.MAX_VALUE;
        int failedLine = -1;
        long end = clock.now;
        boolean stopped = false;
        for (int i = 0; i < n; i++) {
            lines[i] = clock.child(clock.now, failedAt);
            try {
                outputs[i] = runMachine(s.branches.get(i), input, new Variables(vars), lines[i],
                        child(scope, s.name, i), null);
            } catch (Stopped e) {
                stopped = true;
            } catch (StatesError e) {
                if (e.fatal()) {
                    merge(clock, lines, Long.MAX_VALUE, 0);
                    throw e;
                }
                if (lines[i].now < failedAt) {
                    failedAt = lines[i].now;
                    failedLine = i;
                    failure = e;
                }
            }
            end = Math.max(end, lines[i].now);
        }
        if (failure != null) {
            merge(clock, lines, failedAt, failedLine);
            clock.now = failedAt;
            event(clock, "ParallelStateFailed", null, null, false);
            throw failure;
        }
        if (stopped) {
            // Stopped by a failure around this Parallel state, not in it.
            merge(clock, lines, clock.deadline, -1);
            throw Stopped.INSTANCE;
        }
        merge(clock, lines, Long.MAX_VALUE, 0);
        clock.now = end;
        event(clock, "ParallelStateSucceeded", null, null, false);
        ArrayNode results = Json.array();
        for (JsonNode o : outputs) {
            results.add(o);
        }
        return results;
    }

    /**
     * Appends what lines that ran side by side did to {@code into}, events and visits in virtual-time order
     * (ties: the lower line, then the order within the line), dropping what happened after the stop: after
     * {@code cutoff}, or at it in a line after {@code cutoffLine} (the line whose failure stopped the others).
     */
    private void merge(Clock into, Clock[] lines, long cutoff, int cutoffLine) {
        into.events.addAll(mergeSorted(lines, l -> l.events, Ev::time, cutoff, cutoffLine));
        into.visits.addAll(mergeSorted(lines, l -> l.visits, v -> v.exited().toEpochMilli(), cutoff, cutoffLine));
        for (int j = 0; j < lines.length; j++) {
            if (lines[j] != null) {
                for (Ev e : lines[j].events) {
                    eventCount -= kept(e.time(), j, cutoff, cutoffLine) ? 0 : 1;
                }
            }
        }
    }

    private static boolean kept(long time, int line, long cutoff, int cutoffLine) {
        return time < cutoff || (time == cutoff && line <= cutoffLine) || cutoff == Long.MAX_VALUE;
    }

    /** A k-way merge of lists each already ordered by {@code time}. */
    private static <T> List<T> mergeSorted(Clock[] lines, java.util.function.Function<Clock, List<T>> list,
            java.util.function.ToLongFunction<T> time, long cutoff, int cutoffLine) {
        List<T> out = new ArrayList<>();
        // The usual case (no waits, or one line after another): each line starts no earlier than the last ended.
        boolean inOrder = true;
        long last = Long.MIN_VALUE;
        for (Clock l : lines) {
            if (l == null || list.apply(l).isEmpty()) {
                continue;
            }
            List<T> xs = list.apply(l);
            if (time.applyAsLong(xs.get(0)) < last) {
                inOrder = false;
                break;
            }
            last = time.applyAsLong(xs.get(xs.size() - 1));
        }
        if (inOrder) {
            for (int j = 0; j < lines.length; j++) {
                if (lines[j] != null) {
                    for (T x : list.apply(lines[j])) {
                        if (kept(time.applyAsLong(x), j, cutoff, cutoffLine)) {
                            out.add(x);
                        }
                    }
                }
            }
            return out;
        }
        int[] pos = new int[lines.length];
        java.util.PriorityQueue<Integer> heads = new java.util.PriorityQueue<>((a, b) -> {
            int c = Long.compare(time.applyAsLong(list.apply(lines[a]).get(pos[a])),
                    time.applyAsLong(list.apply(lines[b]).get(pos[b])));
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] != null && !list.apply(lines[i]).isEmpty()) {
                heads.add(i);
            }
        }
        while (!heads.isEmpty()) {
            int i = heads.poll();
            T x = list.apply(lines[i]).get(pos[i]++);
            if (kept(time.applyAsLong(x), i, cutoff, cutoffLine)) {
                out.add(x);
            }
            if (pos[i] < list.apply(lines[i]).size()) {
                heads.add(i);
            }
        }
        return out;
    }

    private static String child(String scope, String name, int i) {
        return (scope.isEmpty() ? "" : scope + "/") + name + "[" + i + "]";
    }

    private JsonNode runMap(StateDef s, JsonNode effective, Env env, Variables vars, Clock clock, String scope,
            Ctx ctx, Object states) {
        JsonNode items;
        if (s.itemReader != null) {
            items = readItems(s, env, states);
        } else if (s.jsonata) {
            items = s.items == null ? effective : s.items.evaluate(env, states);
        } else {
            items = s.itemsPath == null ? effective
                    : s.itemsPath.path == null ? Json.object() : env.require(s.itemsPath.path, "ItemsPath");
        }
        if (items == null || !items.isArray()) {
            throw StatesError.runtime("Map state \"" + s.name + "\": the items must be a JSON array, was "
                    + (items == null ? "undefined" : Json.text(items)));
        }
        int maxConcurrency = (int) number(s.maxConcurrency, env, states, 0);
        double toleratedCount = number(s.toleratedCount, env, states, -1);
        double toleratedPercentage = number(s.toleratedPercentage, env, states, -1);
        ObjectNode started = Json.object();
        started.put("length", items.size());
        event(clock, "MapStateStarted", "mapStateStartedEventDetails", started, false);
        // ItemSelector, item by item, with $$.Map.Item in the context.
        List<JsonNode> inputs = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (s.parameters == null) {
                inputs.add(items.get(i));
                continue;
            }
            ObjectNode item = Json.object();
            item.put("Index", i);
            item.set("Value", items.get(i));
            // Shallow: the context holds the execution input, which must not be copied per item.
            ObjectNode itemCtx = Json.object();
            itemCtx.setAll(ctx.get());
            itemCtx.putObject("Map").set("Item", item);
            Object itemStates = s.jsonata ? JsonataEngine.states(effective, null, null, itemCtx) : null;
            inputs.add(s.parameters.evaluate(new Env(env.input(), itemCtx, vars, random), itemStates));
        }
        if (s.itemBatcher != null) {
            inputs = DistributedMap.batches(inputs, (long) number(s.maxItemsPerBatch, env, states, 0),
                    (long) number(s.maxBytesPerBatch, env, states, 0),
                    s.batchInput == null ? null : s.batchInput.evaluate(env, states));
        }
        String mapRunArn = null;
        if (s.distributed) {
            mapRunArn = executionContext.get("Id").asText().replace(":execution:", ":mapRun:")
                    .replaceFirst(":[^:]*$", "/" + s.name + ":" + random.uuid());
            ObjectNode run = Json.object();
            run.put("mapRunArn", mapRunArn);
            event(clock, "MapRunStarted", "mapRunStartedEventDetails", run, false);
        }
        int n = inputs.size();
        Clock[] lines = new Clock[n];
        JsonNode[] outputs = new JsonNode[n];
        StatesError[] errors = new StatesError[n];
        long[] starts = new long[n];
        // MaxConcurrency: an iteration starts when the earliest of the N slots is free (all at once when 0).
        java.util.PriorityQueue<Long> slots = maxConcurrency > 0 && maxConcurrency < n
                ? new java.util.PriorityQueue<>() : null;
        if (slots != null) {
            for (int k = 0; k < maxConcurrency; k++) {
                slots.add(clock.now);
            }
        }
        long end = clock.now;
        boolean tolerant = toleratedCount >= 0 || toleratedPercentage >= 0;
        List<Long> failTimes = new ArrayList<>();
        long stopAt = Long.MAX_VALUE;
        boolean stopped = false;
        for (int i = 0; i < n; i++) {
            starts[i] = slots == null ? clock.now : slots.poll();
            Clock it = clock.child(starts[i], stopAt);
            lines[i] = it;
            if (starts[i] >= it.deadline) {
                // Never started: the Map had failed (or was stopped) by then.
                stopped = true;
                if (slots != null) {
                    slots.add(starts[i]);
                }
                continue;
            }
            ObjectNode iter = null;
            if (!s.distributed) {
                iter = Json.object();
                iter.put("name", s.name);
                iter.put("index", i);
                event(it, "MapIterationStarted", "mapIterationStartedEventDetails", iter, false);
            }
            try {
                outputs[i] = runMachine(s.processor, inputs.get(i), new Variables(s.distributed ? null : vars), it,
                        child(scope, s.name, i), null);
                if (iter != null) {
                    event(it, "MapIterationSucceeded", "mapIterationSucceededEventDetails", iter, false);
                }
            } catch (Stopped e) {
                stopped = true;
            } catch (StatesError e) {
                if (e.fatal()) {
                    merge(clock, java.util.Arrays.copyOf(lines, i + 1), Long.MAX_VALUE, 0);
                    throw e;
                }
                errors[i] = e;
                if (iter != null) {
                    event(it, "MapIterationFailed", "mapIterationFailedEventDetails", iter, false);
                }
                failTimes.add(StatesError.RUNTIME.equals(e.error()) ? -it.now - 1 : it.now);
                stopAt = Math.min(stopAt, crossing(failTimes, tolerant, toleratedCount, toleratedPercentage, n));
            }
            if (s.distributed) {
                // A child workflow execution has a history of its own, not in the parent's.
                eventCount -= it.events.size();
                it.events.clear();
            }
            if (slots != null) {
                slots.add(it.now);
            }
            end = Math.max(end, it.now);
        }
        // Failures in the order they happened (virtual time, then index): the one that crosses the threshold
        // (the first, without one) fails the Map then, and stops the iterations still running.
        List<Integer> failed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (errors[i] != null) {
                failed.add(i);
            }
        }
        failed.sort((a, b) -> lines[a].now != lines[b].now ? Long.compare(lines[a].now, lines[b].now)
                : Integer.compare(a, b));
        int count = 0;
        for (int i : failed) {
            count++;
            boolean over = !tolerant || StatesError.RUNTIME.equals(errors[i].error())
                    || (toleratedCount >= 0 && count > toleratedCount)
                    || (toleratedPercentage >= 0 && count * 100.0 / n > toleratedPercentage);
            if (!over) {
                continue;
            }
            long stop = lines[i].now;
            merge(clock, lines, stop, i);
            clock.now = stop;
            for (int k = 0; k < n; k++) {
                boolean begun = starts[k] < stop || (starts[k] == stop && k < i);
                boolean ended = lines[k].now < stop || (lines[k].now == stop && k < i);
                if (!s.distributed && k != i && begun && !ended) {
                    ObjectNode aborted = Json.object();
                    aborted.put("name", s.name);
                    aborted.put("index", k);
                    event(clock, "MapIterationAborted", "mapIterationAbortedEventDetails", aborted, false);
                }
            }
            StatesError e = errors[i];
            if (tolerant && !StatesError.RUNTIME.equals(e.error())) {
                e = new StatesError(StatesError.EXCEED_TOLERATED_FAILURE_THRESHOLD, "The specified tolerated failure"
                        + " threshold was exceeded (" + count + " of " + n + " " + (s.itemBatcher != null ? "batches"
                        : "items") + " failed; this one with " + e.error() + ")");
            }
            if (mapRunArn != null) {
                ObjectNode d = Json.object();
                d.put("error", e.error());
                d.put("cause", e.cause());
                event(clock, "MapRunFailed", "mapRunFailedEventDetails", d, false);
            }
            event(clock, "MapStateFailed", null, null, false);
            throw e;
        }
        if (stopped) {
            // Stopped by a failure around this Map state, not in it.
            merge(clock, lines, clock.deadline, -1);
            throw Stopped.INSTANCE;
        }
        merge(clock, lines, Long.MAX_VALUE, 0);
        clock.now = end;
        if (mapRunArn != null) {
            event(clock, "MapRunSucceeded", null, null, false);
        }
        event(clock, "MapStateSucceeded", null, null, false);
        ArrayNode results = Json.array();
        for (int i = 0; i < n; i++) {
            if (errors[i] == null) {
                results.add(outputs[i]);
            } else {
                ObjectNode f = Json.object();
                f.put("Error", errors[i].error());
                f.put("Cause", errors[i].cause() == null ? "" : errors[i].cause());
                results.add(f);
            }
        }
        if (s.resultWriter != null) {
            return writeResults(s, env, states, mapRunArn, inputs, outputs, errors, starts, lines);
        }
        return results;
    }

    /**
     * @param failTimes the times of the failures seen so far; a States.Runtime one (never tolerated) as
     *        {@code -time - 1}
     * @return the time of the failure that crosses the threshold among them, or {@code Long.MAX_VALUE}
     */
    private static long crossing(List<Long> failTimes, boolean tolerant, double count, double percentage, int n) {
        long runtime = Long.MAX_VALUE;
        List<Long> times = new ArrayList<>(failTimes.size());
        for (long t : failTimes) {
            if (t < 0) {
                runtime = Math.min(runtime, -t - 1);
                times.add(-t - 1);
            } else {
                times.add(t);
            }
        }
        if (!tolerant) {
            return java.util.Collections.min(times);
        }
        times.sort(null);
        for (int k = 1; k <= times.size(); k++) {
            if ((count >= 0 && k > count) || (percentage >= 0 && k * 100.0 / n > percentage)) {
                return Math.min(runtime, times.get(k - 1));
            }
        }
        return runtime;
    }

    /** ItemReader: the reader's S3 call answered by the Map state's mock, read as ReaderConfig says. */
    private JsonNode readItems(StateDef s, Env env, Object states) {
        JsonNode params = s.readerParameters == null ? Json.object() : s.readerParameters.evaluate(env, states);
        String resource = s.itemReader.path("Resource").asText();
        MockResponse r = call(s.name, resource, params, null);
        if (r.isError()) {
            throw new StatesError(StatesError.ITEM_READER_FAILED, r.error() + ": " + r.cause());
        }
        JsonNode config = s.itemReader.path("ReaderConfig");
        return DistributedMap.items(resource, config, r.result(), (long) number(s.maxItems, env, states, 0));
    }

    /**
     * ResultWriter ("ResultWriter (Map)"): with a Resource, the results go to S3 — the Map state's mock is
     * called (s3:putObject) with {@code {"Bucket", "Prefix", "Manifest", "Files"}} as the files would be written,
     * and the Map's result is {@code {"MapRunArn", "ResultWriterDetails": {"Bucket", "Key"}}}; without one,
     * WriterConfig's Transformation shapes the results the Map returns.
     */
    private JsonNode writeResults(StateDef s, Env env, Object states, String mapRunArn, List<JsonNode> inputs,
            JsonNode[] outputs, StatesError[] errors, long[] starts, Clock[] lines) {
        JsonNode writerConfig = s.resultWriter.path("WriterConfig");
        String transformation = writerConfig.path("Transformation").asText("NONE");
        List<JsonNode> succeeded = new ArrayList<>();
        for (int i = 0; i < outputs.length; i++) {
            if (errors[i] == null) {
                succeeded.add(outputs[i]);
            }
        }
        if (!s.resultWriter.has("Resource")) {
            return DistributedMap.transformed(succeeded, transformation);
        }
        JsonNode params = s.writerParameters == null ? Json.object() : s.writerParameters.evaluate(env, states);
        String bucket = params.path("Bucket").asText();
        String prefix = params.path("Prefix").asText("");
        String runId = mapRunArn == null ? random.uuid() : mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
        String dir = (prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/") + runId + "/";
        ArrayNode ok = Json.array();
        ArrayNode failed = Json.array();
        String smArn = stateMachineContext.get("Id").asText();
        for (int i = 0; i < outputs.length; i++) {
            String name = runId + "_" + i;
            String arn = smArn.replace(":stateMachine:", ":execution:") + "/" + s.name + ":" + name;
            if (errors[i] == null && !"NONE".equals(transformation)) {
                continue;
            }
            ObjectNode entry = DistributedMap.resultEntry(arn, name, smArn, inputs.get(i), outputs[i],
                    errors[i] == null ? null : errors[i].error(), errors[i] == null ? null : errors[i].cause(),
                    starts[i], lines[i].now);
            (errors[i] == null ? ok : failed).add(entry);
        }
        if (!"NONE".equals(transformation)) {
            ok = DistributedMap.transformed(succeeded, transformation);
        }
        ObjectNode files = Json.object();
        String ext = "JSONL".equals(writerConfig.path("OutputType").asText("JSON")) ? ".jsonl" : ".json";
        files.set("SUCCEEDED_0" + ext, ok);
        files.set("FAILED_0" + ext, failed);
        files.set("PENDING_0" + ext, Json.array());
        ObjectNode manifest = Json.object();
        manifest.put("DestinationBucket", bucket);
        manifest.put("MapRunArn", mapRunArn);
        ObjectNode byStatus = manifest.putObject("ResultFiles");
        for (String status : new String[] {"FAILED", "PENDING", "SUCCEEDED"}) {
            ArrayNode list = byStatus.putArray(status);
            JsonNode content = files.get(status + "_0" + ext);
            if (content.size() > 0) {
                list.addObject().put("Key", dir + status + "_0" + ext).put("Size", Json.size(content, Long.MAX_VALUE));
            }
        }
        ObjectNode written = Json.object();
        written.put("Bucket", bucket);
        written.put("Prefix", prefix);
        written.set("Manifest", manifest);
        written.set("Files", files);
        MockAnswer answer = mocks.answerFor(s.name);
        if (answer != null) {
            int n = invocations.getOrDefault(s.name, 0);
            MockResponse r;
            try {
                r = answer.answer(new ServiceCall(s.name, s.resultWriter.path("Resource").asText(), written, null, n));
            } catch (RuntimeException e) {
                throw new LocalExecutionException(ErrorCode.LOCAL_EXECUTION, "the mock of state \"" + s.name
                        + "\" threw on invocation " + n + ": " + e, e);
            }
            if (r != null) {
                invocations.put(s.name, n + 1);
                if (r.isError()) {
                    throw new StatesError(StatesError.RESULT_WRITER_FAILED, r.error() + ": " + r.cause());
                }
            }
        }
        ObjectNode out = Json.object();
        if (mapRunArn != null) {
            out.put("MapRunArn", mapRunArn);
        }
        ObjectNode details = out.putObject("ResultWriterDetails");
        details.put("Bucket", bucket);
        details.put("Key", dir + "manifest.json");
        return out;
    }

    private static double number(Template t, Env env, Object states, double dflt) {
        if (t == null) {
            return dflt;
        }
        JsonNode v = t.evaluate(env, states);
        if (v == null || !v.isNumber() || v.doubleValue() < 0) {
            throw StatesError.runtime("expected a non-negative number, was " + (v == null ? "undefined" : Json.text(v)));
        }
        return v.doubleValue();
    }

    private static void checkSize(JsonNode node, String what) {
        if (node != null && Json.size(node, MAX_PAYLOAD) > MAX_PAYLOAD) {
            throw new StatesError(StatesError.DATA_LIMIT_EXCEEDED, "The state/task returned a result with a size"
                    + " exceeding the maximum number of bytes service limit (" + what + " is over 256 KiB)");
        }
    }
}
