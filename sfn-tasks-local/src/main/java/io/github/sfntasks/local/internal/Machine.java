package io.github.sfntasks.local.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A state machine (or a Parallel branch, or a Map's item processor) compiled once: every path, intrinsic
 * function and JSONata expression parsed, every transition checked. Problems are collected, not thrown one
 * by one, so that a definition gets all its errors at once and never a half-run.
 */
public final class Machine {

    private static final Set<String> TYPES = Set.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");
    private static final Set<String> JSONPATH_ONLY = Set.of("InputPath", "Parameters", "ResultSelector", "ResultPath",
            "OutputPath", "ItemsPath", "SecondsPath", "TimestampPath", "ErrorPath", "CausePath", "TimeoutSecondsPath",
            "HeartbeatSecondsPath", "Result", "MaxConcurrencyPath", "ToleratedFailureCountPath",
            "ToleratedFailurePercentagePath");
    private static final Set<String> JSONATA_ONLY = Set.of("Arguments", "Output", "Items");

    public final String startAt;
    public final Map<String, StateDef> states = new LinkedHashMap<>();

    private Machine(String startAt) {
        this.startAt = startAt;
    }

    /** @return the first state's name */
    public String startAt() {
        return startAt;
    }

    /** @return the states by name */
    public Map<String, StateDef> states() {
        return states;
    }

    /**
     * @param definition the ASL definition
     * @param engine the JSONata engine
     * @param problems where problems go
     * @return the compiled machine (meaningful only when no problem was added)
     */
    public static Machine compile(JsonNode definition, JsonataEngine engine, List<String> problems) {
        boolean jsonata = definition.isObject() && "JSONata".equals(definition.path("QueryLanguage").asText());
        if (definition.isObject() && definition.has("QueryLanguage")) {
            String q = definition.get("QueryLanguage").asText();
            if (!q.equals("JSONata") && !q.equals("JSONPath")) {
                problems.add("QueryLanguage must be JSONPath or JSONata, was '" + q + "'");
            }
        }
        return compile(definition, "the definition", jsonata, engine, problems, new java.util.HashSet<>());
    }

    private static Machine compile(JsonNode node, String where, boolean jsonata, JsonataEngine engine,
            List<String> problems, Set<String> allNames) {
        if (!node.isObject()) {
            problems.add(where + " must be a JSON object with StartAt and States");
            return new Machine("");
        }
        JsonNode startAt = node.get("StartAt");
        JsonNode states = node.get("States");
        if (startAt == null || !startAt.isTextual()) {
            problems.add(where + ": StartAt is missing or not a string");
        }
        if (states == null || !states.isObject() || states.isEmpty()) {
            problems.add(where + ": States is missing or empty");
            return new Machine(startAt == null ? "" : startAt.asText());
        }
        Machine m = new Machine(startAt == null ? "" : startAt.asText());
        Iterator<Map.Entry<String, JsonNode>> it = states.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!allNames.add(e.getKey())) {
                problems.add("state \"" + e.getKey() + "\": the name is used twice (names are unique in the whole"
                        + " machine, branches and item processors included)");
            }
            m.states.put(e.getKey(), state(e.getKey(), e.getValue(), jsonata, engine, problems, allNames));
        }
        if (startAt != null && !m.states.containsKey(startAt.asText())) {
            problems.add(where + ": StartAt \"" + startAt.asText() + "\" names no state");
        }
        for (StateDef s : m.states.values()) {
            for (String target : s.targets()) {
                if (!m.states.containsKey(target)) {
                    problems.add("state \"" + s.name + "\": the transition to \"" + target
                            + "\" names no state in its scope");
                }
            }
        }
        return m;
    }

    private static StateDef state(String name, JsonNode n, boolean parentJsonata, JsonataEngine engine,
            List<String> problems, Set<String> allNames) {
        StateDef s = new StateDef(name);
        String prefix = "state \"" + name + "\": ";
        if (!n.isObject()) {
            problems.add(prefix + "must be a JSON object");
            return s;
        }
        s.type = n.path("Type").asText("");
        if (!TYPES.contains(s.type)) {
            problems.add(prefix + "Type must be one of Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map, was '"
                    + s.type + "'");
            return s;
        }
        s.jsonata = n.has("QueryLanguage") ? "JSONata".equals(n.get("QueryLanguage").asText()) : parentJsonata;
        Set<String> wrong = s.jsonata ? JSONPATH_ONLY : JSONATA_ONLY;
        n.fieldNames().forEachRemaining(f -> {
            if (wrong.contains(f)) {
                problems.add(prefix + f + " is a " + (s.jsonata ? "JSONPath" : "JSONata") + " field, and this state's"
                        + " query language is " + (s.jsonata ? "JSONata" : "JSONPath")
                        + " (set QueryLanguage, or use " + (s.jsonata ? "Arguments/Output" : "Parameters/ResultPath") + ")");
            }
        });
        boolean terminal = s.type.equals("Choice") || s.type.equals("Succeed") || s.type.equals("Fail");
        if (!terminal) {
            boolean end = n.path("End").asBoolean(false);
            if (n.has("Next") == end) {
                problems.add(prefix + "needs exactly one of Next or \"End\": true");
            }
            s.next = n.has("Next") ? n.get("Next").asText() : null;
        } else if (n.has("Next") || n.has("End")) {
            problems.add(prefix + "a " + s.type + " state has no Next or End");
        }
        Compile c = new Compile(s, prefix, engine, problems);
        s.inputPath = c.optionalPath(n, "InputPath");
        s.outputPath = c.optionalPath(n, "OutputPath");
        if (n.has("ResultPath")) {
            s.resultPathSet = true;
            s.resultPath = c.referencePath(n, "ResultPath");
        }
        s.parameters = c.template(n, s.type.equals("Map") ? "ItemSelector" : "Parameters");
        if (s.type.equals("Map")) {
            Template legacy = c.template(n, "Parameters");
            if (s.parameters == null) {
                s.parameters = legacy;
            }
        } else if (n.has("ItemSelector")) {
            problems.add(prefix + "ItemSelector belongs to Map states");
        }
        s.resultSelector = c.template(n, "ResultSelector");
        s.arguments = c.template(n, "Arguments");
        s.output = c.template(n, "Output");
        s.assign = c.template(n, "Assign");
        s.result = n.get("Result");
        switch (s.type) {
            case "Task":
                if (!n.path("Resource").isTextual()) {
                    problems.add(prefix + "a Task state needs Resource (a string)");
                }
                s.resource = n.path("Resource").asText();
                s.timeout = c.seconds(n, "TimeoutSeconds");
                s.timeoutPath = c.optionalPath(n, "TimeoutSecondsPath");
                s.heartbeat = c.seconds(n, "HeartbeatSeconds");
                s.heartbeatPath = c.optionalPath(n, "HeartbeatSecondsPath");
                break;
            case "Choice": {
                JsonNode choices = n.get("Choices");
                if (choices == null || !choices.isArray() || choices.isEmpty()) {
                    problems.add(prefix + "a Choice state needs a non-empty Choices array");
                } else {
                    int i = 0;
                    for (JsonNode rule : choices) {
                        StateDef.Rule r = new StateDef.Rule();
                        try {
                            r.condition = Condition.compile(rule, engine);
                        } catch (IllegalArgumentException e) {
                            problems.add(prefix + "Choices[" + i + "]: " + e.getMessage());
                        }
                        if (!rule.path("Next").isTextual()) {
                            problems.add(prefix + "Choices[" + i + "] needs Next");
                        }
                        r.next = rule.path("Next").asText();
                        r.output = c.template(rule, "Output");
                        r.assign = c.template(rule, "Assign");
                        s.rules.add(r);
                        i++;
                    }
                }
                s.defaultNext = n.has("Default") ? n.get("Default").asText() : null;
                break;
            }
            case "Wait": {
                int count = 0;
                for (String f : new String[] {"Seconds", "Timestamp", "SecondsPath", "TimestampPath"}) {
                    count += n.has(f) ? 1 : 0;
                }
                if (count != 1) {
                    problems.add(prefix + "a Wait state needs exactly one of Seconds, Timestamp, SecondsPath,"
                            + " TimestampPath");
                }
                s.waitSeconds = c.value(n, "Seconds");
                s.waitTimestamp = c.value(n, "Timestamp");
                s.waitSecondsPath = c.optionalPath(n, "SecondsPath");
                s.waitTimestampPath = c.optionalPath(n, "TimestampPath");
                if (!s.jsonata && n.has("Timestamp") && Condition.timestamp(n.get("Timestamp").asText()) == null) {
                    problems.add(prefix + "Timestamp must be an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
                }
                break;
            }
            case "Fail":
                s.failError = c.value(n, "Error");
                s.failCause = c.value(n, "Cause");
                s.failErrorPath = c.dynamicValue(n, "ErrorPath");
                s.failCausePath = c.dynamicValue(n, "CausePath");
                break;
            case "Parallel": {
                JsonNode branches = n.get("Branches");
                if (branches == null || !branches.isArray() || branches.isEmpty()) {
                    problems.add(prefix + "a Parallel state needs a non-empty Branches array");
                } else {
                    int i = 0;
                    for (JsonNode b : branches) {
                        s.branches.add(compile(b, prefix + "Branches[" + i++ + "]", s.jsonata, engine, problems, allNames));
                    }
                }
                break;
            }
            case "Map": {
                JsonNode processor = n.has("ItemProcessor") ? n.get("ItemProcessor") : n.get("Iterator");
                if (processor == null) {
                    problems.add(prefix + "a Map state needs ItemProcessor (or the older Iterator)");
                } else {
                    s.distributed = "DISTRIBUTED".equals(processor.path("ProcessorConfig").path("Mode").asText());
                    s.processor = compile(processor, prefix + "ItemProcessor", s.jsonata, engine, problems, allNames);
                }
                s.itemsPath = c.optionalPath(n, "ItemsPath");
                s.items = c.template(n, "Items");
                s.maxConcurrency = n.has("MaxConcurrencyPath") ? c.dynamicValue(n, "MaxConcurrencyPath")
                        : c.value(n, "MaxConcurrency");
                s.toleratedCount = n.has("ToleratedFailureCountPath") ? c.dynamicValue(n, "ToleratedFailureCountPath")
                        : c.value(n, "ToleratedFailureCount");
                s.toleratedPercentage = n.has("ToleratedFailurePercentagePath")
                        ? c.dynamicValue(n, "ToleratedFailurePercentagePath") : c.value(n, "ToleratedFailurePercentage");
                distributedMap(s, n, c, prefix, problems);
                break;
            }
            default:
                break;
        }
        c.retriers(n);
        c.catchers(n);
        return s;
    }

    /** ItemReader, ItemBatcher and ResultWriter (AWS: "ItemReader (Map)", "ItemBatcher (Map)", "ResultWriter (Map)"). */
    private static void distributedMap(StateDef s, JsonNode n, Compile c, String prefix, List<String> problems) {
        String params = s.jsonata ? "Arguments" : "Parameters";
        for (String f : new String[] {"ItemReader", "ItemBatcher", "ResultWriter"}) {
            if (n.has(f) && !s.distributed) {
                problems.add(prefix + f + " belongs to a Distributed Map (ItemProcessor.ProcessorConfig.Mode"
                        + " DISTRIBUTED)");
            }
            if (n.has(f) && !n.get(f).isObject()) {
                problems.add(prefix + f + " must be an object");
                return;
            }
        }
        s.itemReader = n.get("ItemReader");
        if (s.itemReader != null) {
            if (!s.itemReader.path("Resource").isTextual()) {
                problems.add(prefix + "ItemReader needs Resource, such as arn:aws:states:::s3:getObject");
            }
            s.readerParameters = c.template(s.itemReader, params);
            JsonNode config = s.itemReader.path("ReaderConfig");
            String type = config.path("InputType").asText("");
            if (!type.isEmpty() && !Set.of("CSV", "JSON", "JSONL", "MANIFEST", "PARQUET").contains(type)) {
                problems.add(prefix + "ItemReader.ReaderConfig.InputType must be CSV, JSON, JSONL, MANIFEST or"
                        + " PARQUET, was '" + type + "'");
            }
            String header = config.path("CSVHeaderLocation").asText("FIRST_ROW");
            if (!header.equals("FIRST_ROW") && !header.equals("GIVEN")) {
                problems.add(prefix + "ItemReader.ReaderConfig.CSVHeaderLocation must be FIRST_ROW or GIVEN, was '"
                        + header + "'");
            } else if (header.equals("GIVEN") && !config.path("CSVHeaders").isArray()) {
                problems.add(prefix + "ItemReader.ReaderConfig: CSVHeaderLocation GIVEN needs CSVHeaders (an array of"
                        + " column names)");
            }
            if (config.isObject()) {
                s.maxItems = config.has("MaxItemsPath") ? c.dynamicValue(config, "MaxItemsPath")
                        : c.value(config, "MaxItems");
            }
        }
        s.itemBatcher = n.get("ItemBatcher");
        if (s.itemBatcher != null) {
            JsonNode b = s.itemBatcher;
            s.maxItemsPerBatch = b.has("MaxItemsPerBatchPath") ? c.dynamicValue(b, "MaxItemsPerBatchPath")
                    : c.value(b, "MaxItemsPerBatch");
            s.maxBytesPerBatch = b.has("MaxInputBytesPerBatchPath") ? c.dynamicValue(b, "MaxInputBytesPerBatchPath")
                    : c.value(b, "MaxInputBytesPerBatch");
            if (s.maxItemsPerBatch == null && s.maxBytesPerBatch == null) {
                problems.add(prefix + "ItemBatcher needs MaxItemsPerBatch or MaxInputBytesPerBatch (or their Path)");
            }
            s.batchInput = c.template(b, "BatchInput");
        }
        s.resultWriter = n.get("ResultWriter");
        if (s.resultWriter != null) {
            s.writerParameters = c.template(s.resultWriter, params);
            JsonNode w = s.resultWriter.path("WriterConfig");
            String t = w.path("Transformation").asText("NONE");
            if (!Set.of("NONE", "COMPACT", "FLATTEN").contains(t)) {
                problems.add(prefix + "ResultWriter.WriterConfig.Transformation must be NONE, COMPACT or FLATTEN, was '"
                        + t + "'");
            }
            String o = w.path("OutputType").asText("JSON");
            if (!o.equals("JSON") && !o.equals("JSONL")) {
                problems.add(prefix + "ResultWriter.WriterConfig.OutputType must be JSON or JSONL, was '" + o + "'");
            }
            if (!s.resultWriter.has("Resource") && !w.has("Transformation")) {
                problems.add(prefix + "ResultWriter needs Resource (arn:aws:states:::s3:putObject) and Parameters, or"
                        + " WriterConfig with a Transformation");
            }
        }
    }

    /** Compiles the fields of one state, adding problems that name the state and the field. */
    private static final class Compile {
        private final StateDef s;
        private final String prefix;
        private final JsonataEngine engine;
        private final List<String> problems;

        Compile(StateDef s, String prefix, JsonataEngine engine, List<String> problems) {
            this.s = s;
            this.prefix = prefix;
            this.engine = engine;
            this.problems = problems;
        }

        /** A path field; JSON null means "no value" ({} for InputPath and OutputPath). */
        StateDef.OptionalPath optionalPath(JsonNode n, String field) {
            if (!n.has(field)) {
                return null;
            }
            JsonNode v = n.get(field);
            if (v.isNull()) {
                return new StateDef.OptionalPath(null);
            }
            try {
                return new StateDef.OptionalPath(JsonPathExpr.compile(v.asText()));
            } catch (IllegalArgumentException e) {
                problems.add(prefix + field + ": " + e.getMessage());
                return null;
            }
        }

        JsonPathExpr referencePath(JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v.isNull()) {
                return null;
            }
            try {
                JsonPathExpr p = JsonPathExpr.compile(v.asText());
                if (!p.isDefinite() || p.root() != JsonPathExpr.Root.INPUT) {
                    problems.add(prefix + field + " must be a reference path (names and indexes from $ only), was '"
                            + v.asText() + "'");
                }
                return p;
            } catch (IllegalArgumentException e) {
                problems.add(prefix + field + ": " + e.getMessage());
                return null;
            }
        }

        Template template(JsonNode n, String field) {
            if (!n.has(field)) {
                return null;
            }
            try {
                return s.jsonata ? Template.jsonata(n.get(field), engine) : Template.jsonPath(n.get(field), field);
            } catch (IllegalArgumentException e) {
                problems.add(prefix + field + ": " + e.getMessage());
                return null;
            }
        }

        /** A literal value, or (JSONata) a {% %} expression. */
        Template value(JsonNode n, String field) {
            if (!n.has(field)) {
                return null;
            }
            try {
                return s.jsonata ? Template.jsonata(n.get(field), engine) : Template.constant(n.get(field));
            } catch (IllegalArgumentException e) {
                problems.add(prefix + field + ": " + e.getMessage());
                return null;
            }
        }

        /** ErrorPath/CausePath: a path or an intrinsic function. */
        Template dynamicValue(JsonNode n, String field) {
            if (!n.has(field)) {
                return null;
            }
            try {
                return Template.dynamic(n.get(field).asText());
            } catch (IllegalArgumentException e) {
                problems.add(prefix + field + ": " + e.getMessage());
                return null;
            }
        }

        Template seconds(JsonNode n, String field) {
            Template t = value(n, field);
            if (t != null && t.isStatic()) {
                JsonNode v = n.get(field);
                if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() <= 0) {
                    problems.add(prefix + field + " must be a positive integer, was " + v);
                }
            }
            return t;
        }

        void retriers(JsonNode n) {
            JsonNode retry = n.get("Retry");
            if (retry == null) {
                return;
            }
            if (!Set.of("Task", "Parallel", "Map").contains(s.type)) {
                problems.add(prefix + "Retry belongs to Task, Parallel and Map states");
                return;
            }
            for (int i = 0; i < retry.size(); i++) {
                JsonNode r = retry.get(i);
                StateDef.Retrier rt = new StateDef.Retrier();
                rt.errors = errors(r, "Retry[" + i + "]", i == retry.size() - 1);
                rt.interval = r.path("IntervalSeconds").asDouble(1);
                rt.maxAttempts = r.path("MaxAttempts").asInt(3);
                rt.backoff = r.path("BackoffRate").asDouble(2.0);
                rt.maxDelay = r.has("MaxDelaySeconds") ? r.get("MaxDelaySeconds").asDouble() : -1;
                rt.fullJitter = "FULL".equals(r.path("JitterStrategy").asText("NONE"));
                if (rt.maxAttempts < 0 || rt.backoff < 1.0 || rt.interval < 1 && r.has("IntervalSeconds")) {
                    problems.add(prefix + "Retry[" + i + "]: MaxAttempts must be >= 0, BackoffRate >= 1.0 and"
                            + " IntervalSeconds >= 1");
                }
                s.retriers.add(rt);
            }
        }

        void catchers(JsonNode n) {
            JsonNode catches = n.get("Catch");
            if (catches == null) {
                return;
            }
            if (!Set.of("Task", "Parallel", "Map").contains(s.type)) {
                problems.add(prefix + "Catch belongs to Task, Parallel and Map states");
                return;
            }
            for (int i = 0; i < catches.size(); i++) {
                JsonNode r = catches.get(i);
                StateDef.Catcher ct = new StateDef.Catcher();
                ct.errors = errors(r, "Catch[" + i + "]", i == catches.size() - 1);
                if (!r.path("Next").isTextual()) {
                    problems.add(prefix + "Catch[" + i + "] needs Next");
                }
                ct.next = r.path("Next").asText();
                if (r.has("ResultPath")) {
                    ct.resultPathSet = true;
                    ct.resultPath = referencePath(r, "ResultPath");
                }
                ct.output = template(r, "Output");
                ct.assign = template(r, "Assign");
                s.catchers.add(ct);
            }
        }

        private List<String> errors(JsonNode r, String where, boolean last) {
            List<String> out = new ArrayList<>();
            JsonNode e = r.get("ErrorEquals");
            if (e == null || !e.isArray() || e.isEmpty()) {
                problems.add(prefix + where + " needs a non-empty ErrorEquals array");
                return out;
            }
            e.forEach(x -> out.add(x.asText()));
            if (out.contains(StatesError.ALL) && (out.size() > 1 || !last)) {
                problems.add(prefix + where + ": States.ALL must appear alone in its ErrorEquals, in the last "
                        + (where.startsWith("Retry") ? "retrier" : "catcher"));
            }
            return out;
        }
    }
}
