package io.github.sfntasks.local.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** One compiled state: every field any state type may have, null where absent. */
public final class StateDef {

    public final String name;
    public String type = "";
    public boolean jsonata;
    public String next;
    public OptionalPath inputPath;
    public OptionalPath outputPath;
    public boolean resultPathSet;
    public JsonPathExpr resultPath;
    public Template parameters;
    public Template resultSelector;
    public Template arguments;
    public Template output;
    public Template assign;
    public JsonNode result;
    // Task
    public String resource;
    public Template timeout;
    public OptionalPath timeoutPath;
    public Template heartbeat;
    public OptionalPath heartbeatPath;
    public final List<Retrier> retriers = new ArrayList<>();
    public final List<Catcher> catchers = new ArrayList<>();
    // Choice
    public final List<Rule> rules = new ArrayList<>();
    public String defaultNext;
    // Wait
    public Template waitSeconds;
    public Template waitTimestamp;
    public OptionalPath waitSecondsPath;
    public OptionalPath waitTimestampPath;
    // Fail
    public Template failError;
    public Template failCause;
    public Template failErrorPath;
    public Template failCausePath;
    // Parallel, Map
    public final List<Machine> branches = new ArrayList<>();
    public Machine processor;
    public boolean distributed;
    public OptionalPath itemsPath;
    public Template items;
    public Template maxConcurrency;
    public Template toleratedCount;
    public Template toleratedPercentage;
    public JsonNode itemReader;
    public Template readerParameters;
    public Template maxItems;
    public JsonNode itemBatcher;
    public Template maxItemsPerBatch;
    public Template maxBytesPerBatch;
    public Template batchInput;
    public JsonNode resultWriter;
    public Template writerParameters;

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
    public static final class OptionalPath {
        public final JsonPathExpr path;

        OptionalPath(JsonPathExpr path) {
            this.path = path;
        }
    }

    public static final class Retrier {
        public List<String> errors;
        public double interval;
        public int maxAttempts;
        public double backoff;
        public double maxDelay;
        public boolean fullJitter;
    }

    public static final class Catcher {
        public List<String> errors;
        public String next;
        public boolean resultPathSet;
        public JsonPathExpr resultPath;
        public Template output;
        public Template assign;
    }

    public static final class Rule {
        public Condition condition;
        public String next;
        public Template output;
        public Template assign;
    }
}
