package io.github.sfntasks.local.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** One compiled state: every field any state type may have, null where absent. */
public final class StateDef {

    final String name;
    String type = "";
    boolean jsonata;
    String next;
    OptionalPath inputPath;
    OptionalPath outputPath;
    boolean resultPathSet;
    JsonPathExpr resultPath;
    Template parameters;
    Template resultSelector;
    Template arguments;
    Template output;
    Template assign;
    JsonNode result;
    // Task
    String resource;
    Template timeout;
    OptionalPath timeoutPath;
    Template heartbeat;
    OptionalPath heartbeatPath;
    final List<Retrier> retriers = new ArrayList<>();
    final List<Catcher> catchers = new ArrayList<>();
    // Choice
    final List<Rule> rules = new ArrayList<>();
    String defaultNext;
    // Wait
    Template waitSeconds;
    Template waitTimestamp;
    OptionalPath waitSecondsPath;
    OptionalPath waitTimestampPath;
    // Fail
    Template failError;
    Template failCause;
    Template failErrorPath;
    Template failCausePath;
    // Parallel, Map
    final List<Machine> branches = new ArrayList<>();
    Machine processor;
    boolean distributed;
    OptionalPath itemsPath;
    Template items;
    Template maxConcurrency;
    Template toleratedCount;
    Template toleratedPercentage;
    JsonNode itemReader;
    Template readerParameters;
    Template maxItems;
    JsonNode itemBatcher;
    Template maxItemsPerBatch;
    Template maxBytesPerBatch;
    Template batchInput;
    JsonNode resultWriter;
    Template writerParameters;

    StateDef(String name) {
        this.name = name;
    }

    /** @return the state's name */
    public String name() {
        return name;
    }

    /** @return the state's Type */
    public String type() {
        return type;
    }

    /** @return the Task's Resource, or null */
    public String resource() {
        return resource;
    }

    /** @return the nested machines (branches, item processor) */
    public List<Machine> children() {
        List<Machine> out = new ArrayList<>(branches);
        if (processor != null) {
            out.add(processor);
        }
        return out;
    }

    /** @return whether this is a Map that reads items or writes results through a service */
    public boolean readsOrWrites() {
        return itemReader != null || resultWriter != null;
    }

    List<String> targets() {
        List<String> out = new ArrayList<>();
        if (next != null) {
            out.add(next);
        }
        rules.forEach(r -> out.add(r.next));
        if (defaultNext != null) {
            out.add(defaultNext);
        }
        catchers.forEach(c -> out.add(c.next));
        return out;
    }

    /** A path field that may be JSON null ({@code path == null}). */
    static final class OptionalPath {
        final JsonPathExpr path;

        OptionalPath(JsonPathExpr path) {
            this.path = path;
        }
    }

    static final class Retrier {
        List<String> errors;
        double interval;
        int maxAttempts;
        double backoff;
        double maxDelay;
        boolean fullJitter;
    }

    static final class Catcher {
        List<String> errors;
        String next;
        boolean resultPathSet;
        JsonPathExpr resultPath;
        Template output;
        Template assign;
    }

    static final class Rule {
        Condition condition;
        String next;
        Template output;
        Template assign;
    }
}
