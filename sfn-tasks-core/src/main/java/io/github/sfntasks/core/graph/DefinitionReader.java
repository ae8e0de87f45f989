package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;
import io.github.sfntasks.core.TaskRegistry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ASL-shaped definition (a parsed workflow file) into the graph. Plain ASL states are read
 * as written; a Task state may name a provider instead of a Resource:
 * {@code {"Type": "Task", "Provider": "sqs:sendMessage", "Properties": {...}}}, with
 * {@code integrationPattern} among the properties. Every problem is collected with the JSON Pointer of
 * where it is, not only the first; {@link io.github.sfntasks.core.workflow.WorkflowReader} turns
 * pointers into file, line and column.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class DefinitionReader {

    /**
     * A problem and where it is.
     *
     * @param pointer JSON Pointer of the state or field ({@code /States/Send/Properties/delay})
     * @param candidates more precise pointers to try first, in order (they may not exist)
     * @param error the problem
     */
    public record Issue(String pointer, List<String> candidates, SfnTasksException error) {
    }

    /**
     * What reading gave.
     *
     * @param machine the machine, or {@code null} when there are issues
     * @param issues the problems, in document order
     */
    public record Result(StateMachine machine, List<Issue> issues) {
    }

    private static final Set<String> TOP_LEVEL = Set.of("Comment", "StartAt", "States", "TimeoutSeconds", "Version",
            "QueryLanguage", StateMachineOptions.SECTION);

    private final TaskRegistry registry;
    private final List<Issue> issues = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private QueryLanguage machineLanguage = QueryLanguage.JSONPATH;

    private DefinitionReader(TaskRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param definition the parsed definition
     * @param registry the providers to resolve {@code Provider} type ids with
     * @return the machine, or the problems
     */
    public static Result read(JsonNode definition, TaskRegistry registry) {
        return new DefinitionReader(registry).readMachine(definition);
    }

    private Result readMachine(JsonNode definition) {
        if (!(definition instanceof ObjectNode def)) {
            issue("", new TaskValidationException(ErrorCode.INVALID_WORKFLOW, null, null,
                    "a workflow is a JSON object with StartAt and States"));
            return new Result(null, issues);
        }
        def.fieldNames().forEachRemaining(f -> {
            if (!TOP_LEVEL.contains(f)) {
                issue("/" + esc(f), new TaskValidationException(ErrorCode.INVALID_WORKFLOW, null, f,
                        "is not a top-level field of a state machine; allowed: " + new java.util.TreeSet<>(TOP_LEVEL)));
            }
        });
        QueryLanguage declared = null;
        if (def.has("QueryLanguage")) {
            try {
                declared = QueryLanguage.fromAslName(def.get("QueryLanguage").asText(null));
                machineLanguage = declared;
            } catch (TaskValidationException e) {
                issue("/QueryLanguage", e);
            }
        }
        StateMachineOptions options = null;
        if (def.has(StateMachineOptions.SECTION)) {
            options = StateMachineOptions.fromJson(def.get(StateMachineOptions.SECTION),
                    (pointer, e) -> issue("/" + StateMachineOptions.SECTION + pointer, e));
        }
        Scope root = readScope(def, "");
        StateMachine.Builder b = root == null ? null : new StateMachine.Builder(root.start()).declaredOrder(root.declaredOrder());
        if (b != null) {
            if (declared != null) {
                b.queryLanguage(declared);
            }
            b.options(options);
            JsonNode comment = def.get("Comment");
            if (comment != null) {
                if (comment.isTextual()) {
                    b.comment(comment.textValue());
                } else {
                    issue("/Comment", bad(null, "Comment", "must be a string"));
                }
            }
            JsonNode timeout = def.get("TimeoutSeconds");
            if (timeout != null) {
                if (timeout.isIntegralNumber() && timeout.canConvertToInt()) {
                    b.timeoutSeconds(timeout.intValue());
                } else {
                    issue("/TimeoutSeconds", bad(null, "TimeoutSeconds", "must be a whole number of seconds"));
                }
            }
            JsonNode version = def.get("Version");
            if (version != null) {
                if (version.isTextual()) {
                    b.version(version.textValue());
                } else {
                    issue("/Version", bad(null, "Version", "must be a string such as \"1.0\""));
                }
            }
        }
        if (!issues.isEmpty() || b == null) {
            return new Result(null, List.copyOf(issues));
        }
        try {
            return new Result(b.build(), List.of());
        } catch (TaskValidationException e) {
            issue(e.stateName() == null ? "" : "/States/" + esc(e.stateName()), e);
            return new Result(null, List.copyOf(issues));
        }
    }

    // ---- scopes ---------------------------------------------------------------------------------

    private record RuleSpec(Condition condition, String next, ObjectNode extras, String pointer) {
    }

    private static final class Pending {
        final ObjectNode raw;
        final String pointer;
        String next;
        boolean end;
        final List<RuleSpec> rules = new ArrayList<>();
        String otherwise;
        List<Catcher> catchers = List.of();

        Pending(ObjectNode raw, String pointer) {
            this.raw = raw;
            this.pointer = pointer;
        }
    }

    private Scope readScope(JsonNode scopeNode, String ptr) {
        if (!(scopeNode instanceof ObjectNode scope)) {
            issue(ptr, bad(null, null, "must be an object with StartAt and States"));
            return null;
        }
        JsonNode startAt = scope.get("StartAt");
        JsonNode states = scope.get("States");
        if (startAt == null || !startAt.isTextual()) {
            issue(ptr.isEmpty() ? "" : ptr, new TaskValidationException(ErrorCode.INVALID_WORKFLOW, null, "StartAt",
                    "is required: the name of the first state"));
        }
        if (!(states instanceof ObjectNode statesObj) || states.isEmpty()) {
            issue(ptr, new TaskValidationException(ErrorCode.INVALID_WORKFLOW, null, "States",
                    "is required: an object of at least one state"));
            return null;
        }
        Map<String, State> created = new LinkedHashMap<>();
        Map<String, Pending> pending = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = statesObj.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String sp = ptr + "/States/" + esc(name);
            order.add(name);
            if (!names.add(name)) {
                issue(sp, new TaskValidationException(ErrorCode.DUPLICATE_STATE_NAME, name, null,
                        "another state of this machine has the same name; names are unique in the whole machine"));
                continue;
            }
            if (!(e.getValue() instanceof ObjectNode obj)) {
                issue(sp, bad(name, null, "a state must be an object"));
                continue;
            }
            try {
                State.checkName(name);
                Pending p = new Pending(obj, sp);
                State s = create(name, obj, sp, p);
                if (s != null) {
                    created.put(name, s);
                    pending.put(name, p);
                }
            } catch (TaskValidationException ex) {
                issue(sp, ex.locate(name, null), candidates(sp, ex));
            } catch (SfnTasksException ex) {
                issue(sp, ex);
            }
        }
        // transitions: every target named anywhere must exist, also in states that failed to read
        Iterator<Map.Entry<String, JsonNode>> all = statesObj.properties().iterator();
        while (all.hasNext()) {
            Map.Entry<String, JsonNode> e = all.next();
            if (e.getValue() instanceof ObjectNode o) {
                checkTargets(e.getKey(), o, ptr + "/States/" + esc(e.getKey()), statesObj);
            }
        }
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            link(e.getKey(), created.get(e.getKey()), e.getValue(), statesObj, created);
        }
        // reachability
        String start = startAt != null && startAt.isTextual() ? startAt.textValue() : null;
        if (start != null && !statesObj.has(start)) {
            issue(ptr + "/StartAt", new TaskValidationException(ErrorCode.MISSING_TARGET, null, "StartAt",
                    "names \"" + start + "\", which is not a state here; states: " + order));
            return null;
        }
        if (start != null) {
            Set<String> reached = new HashSet<>();
            ArrayDeque<String> queue = new ArrayDeque<>();
            queue.add(start);
            while (!queue.isEmpty()) {
                String n = queue.poll();
                if (!reached.add(n)) {
                    continue;
                }
                JsonNode raw = statesObj.get(n);
                if (raw instanceof ObjectNode o) {
                    targets(o).forEach(t -> {
                        if (statesObj.has(t)) {
                            queue.add(t);
                        }
                    });
                }
            }
            for (String n : order) {
                if (!reached.contains(n)) {
                    issue(ptr + "/States/" + esc(n), new TaskValidationException(ErrorCode.UNREACHABLE_STATE, n, null,
                            "no transition leads here from StartAt \"" + start + "\"; remove the state or add a Next to it"));
                }
            }
        }
        State s = start == null ? null : created.get(start);
        return s == null ? null : new Scope(s, order);
    }

    private void checkTargets(String from, ObjectNode state, String sp, ObjectNode statesObj) {
        check(from, state.get("Next"), sp + "/Next", "Next", statesObj);
        check(from, state.get("Default"), sp + "/Default", "Default", statesObj);
        for (String list : List.of("Choices", "Catch")) {
            JsonNode a = state.get(list);
            if (a != null && a.isArray()) {
                for (int i = 0; i < a.size(); i++) {
                    check(from, a.get(i).get("Next"), sp + "/" + list + "/" + i + "/Next", list + "[" + i + "].Next", statesObj);
                }
            }
        }
    }

    private void check(String from, JsonNode target, String pointer, String property, ObjectNode statesObj) {
        if (target != null && target.isTextual() && !statesObj.has(target.textValue())) {
            issue(pointer, new TaskValidationException(ErrorCode.MISSING_TARGET, from, property,
                    "goes to \"" + target.textValue() + "\", which is not a state in this scope"));
        }
    }

    private static List<String> targets(ObjectNode state) {
        List<String> out = new ArrayList<>();
        addText(out, state.get("Next"));
        addText(out, state.get("Default"));
        for (String list : List.of("Choices", "Catch")) {
            JsonNode a = state.get(list);
            if (a != null && a.isArray()) {
                a.forEach(r -> addText(out, r.get("Next")));
            }
        }
        return out;
    }

    private static void addText(List<String> out, JsonNode n) {
        if (n != null && n.isTextual()) {
            out.add(n.textValue());
        }
    }

    // ---- states ---------------------------------------------------------------------------------

    private State create(String name, ObjectNode obj, String sp, Pending p) {
        JsonNode typeNode = obj.get("Type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE, name, "Type",
                    "is required: Task, Pass, Wait, Choice, Parallel, Map, Succeed or Fail");
        }
        String type = typeNode.textValue();
        QueryLanguage own = obj.has("QueryLanguage") ? QueryLanguage.fromAslName(obj.get("QueryLanguage").asText(null)) : null;
        QueryLanguage lang = own != null ? own : machineLanguage;
        boolean nextable = Set.of("Task", "Pass", "Wait", "Parallel", "Map").contains(type);
        if (nextable) {
            JsonNode next = obj.get("Next");
            JsonNode end = obj.get("End");
            if (next != null && end != null) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE, name, "End",
                        "a state has either Next or End, not both");
            }
            if (next == null && (end == null || !end.isBoolean() || !end.booleanValue())) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE, name, "Next",
                        "a " + type + " state needs Next (a state name) or \"End\": true");
            }
            if (next != null && !next.isTextual()) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE, name, "Next", "must be a state name");
            }
            p.next = next == null ? null : next.textValue();
            p.end = end != null;
        } else if (obj.has("Next") || obj.has("End")) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE, name, obj.has("Next") ? "Next" : "End",
                    "a " + type + " state has no Next or End");
        }
        State s;
        switch (type) {
            case "Task" -> s = task(name, obj, own, lang);
            case "Pass" -> s = new PassState(name, fields(obj, own, "Next", "End"));
            case "Wait" -> s = new WaitState(name, fields(obj, own, "Next", "End"));
            case "Succeed" -> s = new SucceedState(name, fields(obj, own));
            case "Fail" -> s = new FailState(name, fields(obj, own));
            case "Choice" -> s = choice(name, obj, own, lang, sp, p);
            case "Parallel" -> s = parallel(name, obj, own, lang, sp, p);
            case "Map" -> s = map(name, obj, own, lang, sp, p);
            default -> throw new TaskValidationException(ErrorCode.INVALID_STATE, name, "Type",
                    "\"" + type + "\" is not a state type; use Task, Pass, Wait, Choice, Parallel, Map, Succeed or Fail");
        }
        // Transitions are linked later; check what can be checked now so that every state's
        // problems are reported, not only the first one the machine's build would meet.
        if (s instanceof ChoiceState c) {
            c.checkFields(lang);
        } else if (s instanceof ParallelState ps) {
            ps.checkFields(lang);
        } else if (s instanceof MapState ms) {
            ms.checkFields(lang);
        } else if (s != null && !(s instanceof TaskState)) {
            s.check(lang);
        }
        return s;
    }

    private static Fields fields(ObjectNode obj, QueryLanguage own, String... structural) {
        ObjectNode f = obj.deepCopy();
        f.remove("Type");
        f.remove("QueryLanguage");
        for (String k : structural) {
            f.remove(k);
        }
        return new Fields(f, own);
    }

    private State task(String name, ObjectNode obj, QueryLanguage own, QueryLanguage lang) {
        boolean provider = obj.has("Provider");
        boolean resource = obj.has("Resource");
        if (provider == resource) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE, name, provider ? "Resource" : "Provider",
                    provider ? "give Provider (with Properties) or Resource (with Parameters/Arguments), not both"
                            : "a Task state needs Provider (a type id such as lambda:invoke) or Resource (an ARN)");
        }
        StateOptions options = StateOptionsParser.parse(obj, lang, own);
        if (!provider) {
            Set<String> allowed = new HashSet<>(StateOptionsParser.COMMON_TASK_FIELDS);
            allowed.addAll(Set.of("Type", "Resource", "Parameters", "Arguments", "Next", "End"));
            onlyFields(name, obj, allowed);
            for (String f : List.of("Parameters", "Arguments")) {
                if (obj.has(f)) {
                    Value v = Values.fromJson(obj.get(f), lang, f);
                    Values.check(v, lang, f);
                }
            }
            if (!obj.get("Resource").isTextual()) {
                throw bad(name, "Resource", "must be an ARN string");
            }
            options.check(lang);
            ObjectNode raw = obj.deepCopy();
            raw.remove("Next");
            raw.remove("End");
            return TaskState.of(new RawTask(name, raw, options, lang), List.of("state \"" + name
                    + "\": Resource " + obj.get("Resource").textValue() + " is written as plain ASL, so no IAM grants"
                    + " are derived for it; use \"Provider\" for least-privilege grants"));
        }
        Set<String> allowed = new HashSet<>(StateOptionsParser.COMMON_TASK_FIELDS);
        allowed.addAll(Set.of("Type", "Provider", "Properties", "Next", "End"));
        onlyFields(name, obj, allowed);
        JsonNode typeId = obj.get("Provider");
        if (!typeId.isTextual()) {
            throw bad(name, "Provider", "must be a type id string such as \"lambda:invoke\"");
        }
        JsonNode propsNode = obj.get("Properties");
        if (propsNode != null && !propsNode.isObject()) {
            throw bad(name, "Properties", "must be an object");
        }
        ObjectNode props = propsNode == null ? JsonNodeFactory.instance.objectNode() : (ObjectNode) propsNode.deepCopy();
        IntegrationPattern pattern = null;
        JsonNode p = props.remove("integrationPattern");
        if (p != null) {
            pattern = parsePattern(name, p);
        }
        TaskProvider tp;
        try {
            tp = registry.require(typeId.textValue());
        } catch (SfnTasksException e) {
            throw new TaskValidationException(e.code(), name, "Provider", e.reason());
        }
        Task task;
        try {
            task = tp.create(TaskRequest.of(name, typeId.textValue(), props, pattern, lang, options));
        } catch (TaskValidationException e) {
            throw e.locate(name, null);
        } catch (RuntimeException e) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, name, "Properties",
                    "provider " + tp.getClass().getName() + " failed with " + e + "; report this to its authors");
        }
        return TaskState.of(task);
    }

    private static IntegrationPattern parsePattern(String name, JsonNode p) {
        if (p.isTextual()) {
            String s = p.textValue().toUpperCase(Locale.ROOT).replace('-', '_');
            switch (s) {
                case "REQUEST_RESPONSE": return IntegrationPattern.REQUEST_RESPONSE;
                case "RUN_JOB": case "SYNC": case ".SYNC": return IntegrationPattern.RUN_JOB;
                case "WAIT_FOR_TASK_TOKEN": case "WAITFORTASKTOKEN": case ".WAITFORTASKTOKEN":
                    return IntegrationPattern.WAIT_FOR_TASK_TOKEN;
                default: break;
            }
        }
        throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, name, "integrationPattern",
                "must be REQUEST_RESPONSE, RUN_JOB or WAIT_FOR_TASK_TOKEN, was " + p);
    }

    private State choice(String name, ObjectNode obj, QueryLanguage own, QueryLanguage lang, String sp, Pending p) {
        ChoiceState c = new ChoiceState(name, fields(obj, own, "Choices", "Default"));
        JsonNode choices = obj.get("Choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            throw bad(name, "Choices", "a Choice state needs a non-empty array of rules");
        }
        for (int i = 0; i < choices.size(); i++) {
            JsonNode r = choices.get(i);
            String at = "Choices[" + i + "]";
            if (!(r instanceof ObjectNode rule)) {
                throw bad(name, at, "a rule must be an object");
            }
            JsonNode next = rule.get("Next");
            if (next == null || !next.isTextual()) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE, name, at + ".Next",
                        "a top-level Choice rule needs Next, the name of a state");
            }
            ObjectNode cond = rule.deepCopy();
            cond.remove("Next");
            ObjectNode extras = JsonNodeFactory.instance.objectNode();
            for (String f : List.of("Assign", "Output")) {
                JsonNode v = cond.remove(f);
                if (v != null) {
                    extras.set(f, v);
                }
            }
            if (extras.has("Output") && lang != QueryLanguage.JSONATA) {
                throw new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, name, at + ".Output",
                        "Output is JSONata-only");
            }
            p.rules.add(new RuleSpec(Condition.fromJson(cond, lang, name, at), next.textValue(), extras, sp + "/Choices/" + i));
        }
        JsonNode def = obj.get("Default");
        if (def != null) {
            if (!def.isTextual()) {
                throw bad(name, "Default", "must be a state name");
            }
            p.otherwise = def.textValue();
        }
        return c;
    }

    private State parallel(String name, ObjectNode obj, QueryLanguage own, QueryLanguage lang, String sp, Pending p) {
        JsonNode branches = obj.get("Branches");
        if (branches == null || !branches.isArray() || branches.isEmpty()) {
            throw bad(name, "Branches", "a Parallel state needs a non-empty array of branches");
        }
        List<Scope> scopes = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            Scope s = readScope(branches.get(i), sp + "/Branches/" + i);
            if (s != null) {
                scopes.add(s);
            }
        }
        ParallelState ps = new ParallelState(name, fields(obj, own, "Next", "End", "Branches", "Retry", "Catch"), scopes);
        for (Retrier r : StateOptionsParser.retriers(obj.get("Retry"))) {
            ps.addRetry(r);
        }
        p.catchers = StateOptionsParser.catchers(obj.get("Catch"), lang);
        return ps;
    }

    private State map(String name, ObjectNode obj, QueryLanguage own, QueryLanguage lang, String sp, Pending p) {
        boolean legacy = obj.has("Iterator");
        if (legacy && obj.has("ItemProcessor")) {
            throw bad(name, "Iterator", "give ItemProcessor (or the older Iterator), not both");
        }
        String field = legacy ? "Iterator" : "ItemProcessor";
        JsonNode proc = obj.get(field);
        if (!(proc instanceof ObjectNode procObj)) {
            throw bad(name, "ItemProcessor", "a Map state needs ItemProcessor: {StartAt, States}");
        }
        ObjectNode config = null;
        JsonNode cfg = procObj.get("ProcessorConfig");
        if (cfg != null) {
            if (!(cfg instanceof ObjectNode cfgObj)) {
                throw bad(name, field + ".ProcessorConfig", "must be an object");
            }
            config = cfgObj;
            cfgObj.fieldNames().forEachRemaining(f -> {
                if (!f.equals("Mode") && !f.equals("ExecutionType")) {
                    throw bad(name, field + ".ProcessorConfig." + f, "is not a field; allowed: Mode, ExecutionType");
                }
            });
        }
        procObj.fieldNames().forEachRemaining(f -> {
            if (!Set.of("StartAt", "States", "ProcessorConfig", "Comment").contains(f)) {
                throw bad(name, field + "." + f, "is not a field; allowed: ProcessorConfig, StartAt, States");
            }
        });
        Scope scope = readScope(procObj, sp + "/" + field);
        if (scope == null) {
            return null;
        }
        MapState ms = new MapState(name, fields(obj, own, "Next", "End", "ItemProcessor", "Iterator", "Retry", "Catch"),
                scope, config, legacy);
        for (Retrier r : StateOptionsParser.retriers(obj.get("Retry"))) {
            ms.addRetry(r);
        }
        p.catchers = StateOptionsParser.catchers(obj.get("Catch"), lang);
        return ms;
    }

    private void link(String name, State s, Pending p, ObjectNode statesObj, Map<String, State> created) {
        if (s instanceof NextState n && p.next != null) {
            State t = target(name, p.next, p.pointer + "/Next", "Next", statesObj, created);
            if (t != null) {
                n.setNext(t);
            }
        }
        if (s instanceof ChoiceState c) {
            for (int i = 0; i < p.rules.size(); i++) {
                RuleSpec r = p.rules.get(i);
                State t = target(name, r.next(), r.pointer() + "/Next", "Choices[" + i + "].Next", statesObj, created);
                if (t != null) {
                    c.addRule(r.condition(), t, r.extras());
                }
            }
            if (p.otherwise != null) {
                State t = target(name, p.otherwise, p.pointer + "/Default", "Default", statesObj, created);
                if (t != null) {
                    c.otherwise(t);
                }
            }
        }
        List<Catcher> catchers = s instanceof TaskState ts ? ts.task().options().catchers() : p.catchers;
        for (int i = 0; i < catchers.size(); i++) {
            Catcher c = catchers.get(i);
            State t = target(name, c.next(), p.pointer + "/Catch/" + i + "/Next", "Catch[" + i + "].Next", statesObj, created);
            if (t == null) {
                continue;
            }
            if (s instanceof TaskState ts) {
                ts.linkCatchTarget(t);
            } else if (s instanceof ParallelState ps) {
                ps.linkCatch(t, c);
            } else if (s instanceof MapState ms) {
                ms.linkCatch(t, c);
            }
        }
    }

    private State target(String from, String to, String pointer, String property, ObjectNode statesObj,
                         Map<String, State> created) {
        return created.get(to); // a missing target was reported by checkTargets
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void onlyFields(String name, ObjectNode obj, Set<String> allowed) {
        obj.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw bad(name, f, "is not a field of this Task state; allowed: " + new java.util.TreeSet<>(allowed));
            }
        });
    }

    private static TaskValidationException bad(String state, String property, String detail) {
        return new TaskValidationException(ErrorCode.INVALID_STATE, state, property, detail);
    }

    private static List<String> candidates(String statePointer, TaskValidationException e) {
        if (e.property() == null || e.property().isEmpty()) {
            return List.of();
        }
        String p = propertyPointer(e.property());
        return List.of(statePointer + "/Properties" + p, statePointer + "/Properties" + p + ".$",
                statePointer + p, statePointer + p + ".$");
    }

    /**
     * @param property a property path such as {@code entries[2].detail}
     * @return its JSON Pointer form, {@code /entries/2/detail}
     */
    static String propertyPointer(String property) {
        StringBuilder sb = new StringBuilder();
        for (String part : property.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty() && !part.equals("$")) {
                sb.append('/').append(esc(part));
            }
        }
        return sb.toString();
    }

    private void issue(String pointer, SfnTasksException e) {
        issues.add(new Issue(pointer, List.of(), e));
    }

    private void issue(String pointer, SfnTasksException e, List<String> candidates) {
        issues.add(new Issue(pointer, candidates, e));
    }

    /**
     * @param token a JSON Pointer reference token
     * @return it escaped ({@code ~} to {@code ~0}, {@code /} to {@code ~1})
     */
    public static String esc(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
