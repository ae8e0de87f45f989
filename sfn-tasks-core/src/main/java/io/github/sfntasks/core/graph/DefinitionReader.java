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
import io.github.sfntasks.api.support.NearestName;
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

    /** An editor's schema reference (WorkflowSchema.SCHEMA_MEMBER): accepted, never rendered (ASL has no such field). */
    private static final String SCHEMA_MEMBER = "$schema";

    private static final Set<String> TOP_LEVEL = Set.of("Comment", "StartAt", "States", "TimeoutSeconds", "Version",
            "QueryLanguage", SCHEMA_MEMBER, StateMachineOptions.SECTION);


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
        JsonNode schema = def.get(SCHEMA_MEMBER);
        if (schema != null && !schema.isTextual()) {
            issue("/" + esc(SCHEMA_MEMBER), new TaskValidationException(ErrorCode.INVALID_WORKFLOW, null, SCHEMA_MEMBER,
                    "must be a string: the URI or path of the JSON Schema an editor checks this file with"));
        }
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
        // The top-level fields are checked even when a state has problems: every problem in one pass.
        StateMachine.Builder b = root == null ? null : new StateMachine.Builder(root.start()).declaredOrder(root.declaredOrder())
                .jsonataChecked();
        if (b != null && declared != null) {
            b.queryLanguage(declared);
        }
        if (b != null) {
            b.options(options);
        }
        JsonNode comment = def.get("Comment");
        if (comment != null && !comment.isTextual()) {
            issue("/Comment", bad(null, "Comment", "must be a string, was " + comment));
        } else if (comment != null && b != null) {
            b.comment(comment.textValue());
        }
        JsonNode timeout = def.get("TimeoutSeconds");
        if (timeout != null) {
            String problem = io.github.sfntasks.core.internal.FieldRules.wholeNumberProblem(timeout, 1, 99_999_999, false);
            if (problem != null) {
                issue("/TimeoutSeconds", new TaskValidationException(timeout.isNumber() ? ErrorCode.OUT_OF_RANGE
                        : ErrorCode.INVALID_WORKFLOW, null, "TimeoutSeconds",
                        problem.replace("whole number from", "whole number of seconds from")));
            } else if (b != null) {
                b.timeoutSeconds(timeout.intValue());
            }
        }
        JsonNode version = def.get("Version");
        if (version != null && !version.isTextual()) {
            issue("/Version", bad(null, "Version", "must be a string such as \"1.0\", was " + version));
        } else if (version != null && b != null) {
            b.version(version.textValue());
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
            List<TaskValidationException> found = new ArrayList<>();
            try {
                State.checkName(name);
            } catch (TaskValidationException ex) {
                found.add(ex);
            }
            Pending p = new Pending(obj, sp);
            State s = null;
            try {
                s = create(name, obj, sp, p, found);
            } catch (TaskValidationException ex) {
                found.addAll(ex.problems());
            } catch (SfnTasksException ex) {
                issue(sp, ex);
            }
            if (!found.isEmpty()) {
                for (TaskValidationException ex : found) {
                    TaskValidationException located = ex.locate(name, null);
                    issue(sp, located, candidates(sp, located));
                }
            } else if (s != null) {
                created.put(name, s);
                pending.put(name, p);
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
                    "names \"" + start + "\", which is not a state here" + NearestName.hintAndList(start, order, "states")));
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
        if (!hasTerminalState(statesObj)) {
            issue(ptr + "/States", new TaskValidationException(ErrorCode.NO_TERMINAL_STATE, null, "States",
                    "no state here ends: every state goes on to another, so an execution could never finish"
                            + " (AWS: MISSING_END_STATE). Give a state \"End\": true, or add a Succeed or Fail state"));
        }
        State s = start == null ? null : created.get(start);
        return s == null ? null : new Scope(s, order);
    }

    /**
     * @return whether a state of the scope is terminal (Succeed, Fail, or {@code "End": true}), as
     *         ValidateStateMachineDefinition requires (its MISSING_END_STATE diagnostic); a state that does not
     *         read is counted as terminal, so that its own problem is not doubled by this one
     */
    private static boolean hasTerminalState(ObjectNode statesObj) {
        for (JsonNode state : statesObj) {
            if (!(state instanceof ObjectNode o) || !o.path("Type").isTextual()) {
                return true;
            }
            String type = o.get("Type").textValue();
            if (type.equals("Succeed") || type.equals("Fail") || o.has("End") || !STATE_TYPES.contains(type)) {
                return true;
            }
        }
        return false;
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
            List<String> here = new ArrayList<>();
            statesObj.fieldNames().forEachRemaining(here::add);
            issue(pointer, new TaskValidationException(ErrorCode.MISSING_TARGET, from, property,
                    "goes to \"" + target.textValue() + "\", which is not a state in this scope"
                            + NearestName.hint(target.textValue(), here)));
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

    /** The state types of ASL, as the Amazon States Language specification lists them. */
    static final List<String> STATE_TYPES = List.of("Choice", "Fail", "Map", "Parallel", "Pass", "Succeed", "Task", "Wait");

    private static final Set<String> NEXTABLE = Set.of("Task", "Pass", "Wait", "Parallel", "Map");

    /**
     * Reads one state, adding every problem found to {@code found} (rather than stopping at the first), as
     * ValidateStateMachineDefinition reports all its diagnostics at once.
     *
     * @return the state, or {@code null} when it has problems
     */
    private State create(String name, ObjectNode obj, String sp, Pending p, List<TaskValidationException> found) {
        JsonNode typeNode = obj.get("Type");
        if (typeNode == null || !typeNode.isTextual()) {
            found.add(new TaskValidationException(ErrorCode.INVALID_STATE, name, "Type",
                    (typeNode == null ? "is required" : "must be a string, was " + typeNode) + "; the state types are "
                            + String.join(", ", STATE_TYPES)));
            return null;
        }
        String type = typeNode.textValue();
        if (!STATE_TYPES.contains(type)) {
            // Not "missing Next/End": the type decides which fields a state has, so nothing else can be checked.
            found.add(new TaskValidationException(ErrorCode.INVALID_STATE, name, "Type",
                    "\"" + type + "\" is not a state type" + NearestName.hintAndList(type, STATE_TYPES, "the state types are")));
            return null;
        }
        QueryLanguage own = null;
        if (obj.has("QueryLanguage")) {
            try {
                own = QueryLanguage.fromAslName(obj.get("QueryLanguage").asText(null));
            } catch (TaskValidationException e) {
                found.add(e.locate(name, "QueryLanguage"));
            }
        }
        QueryLanguage lang = own != null ? own : machineLanguage;
        transitions(name, type, obj, p, found);
        State s = null;
        try {
            switch (type) {
                case "Task" -> s = task(name, obj, own, lang, found);
                case "Pass" -> s = new PassState(name, fields(obj, own));
                case "Wait" -> s = new WaitState(name, fields(obj, own));
                case "Succeed" -> s = new SucceedState(name, fields(obj, own));
                case "Fail" -> s = new FailState(name, fields(obj, own));
                case "Choice" -> s = choice(name, obj, own, lang, sp, p, found);
                case "Parallel" -> s = parallel(name, obj, own, lang, sp, p, found);
                default -> s = map(name, obj, own, lang, sp, p, found);
            }
        } catch (TaskValidationException e) {
            found.addAll(e.problems());
        }
        // Transitions are linked later; check what can be checked now so that every state's
        // problems are reported, not only the first one the machine's build would meet.
        try {
            if (s instanceof ChoiceState c) {
                c.checkFields(lang);
            } else if (s instanceof ParallelState ps) {
                ps.checkFields(lang);
            } else if (s instanceof MapState ms) {
                ms.checkFields(lang);
            } else if (s != null && !(s instanceof TaskState)) {
                s.check(lang);
            }
        } catch (TaskValidationException e) {
            found.addAll(e.problems());
        }
        if (lang == QueryLanguage.JSONATA) {
            // Only then: a JSONPath machine never loads the JSONata parser (cold start).
            io.github.sfntasks.core.internal.JsonataSyntax.state(name, obj, lang, found);
        }
        return found.isEmpty() ? s : null;
    }

    /** Next and End: each problem on its own, so that a state with both still reports its other problems. */
    private static void transitions(String name, String type, ObjectNode obj, Pending p, List<TaskValidationException> found) {
        JsonNode next = obj.get("Next");
        JsonNode end = obj.get("End");
        if (!NEXTABLE.contains(type)) {
            if (next != null) {
                found.add(new TaskValidationException(ErrorCode.INVALID_STATE, name, "Next",
                        "a " + type + " state has no Next" + (type.equals("Choice") ? "; its rules and Default say where to go" : "")));
            }
            if (end != null) {
                found.add(new TaskValidationException(ErrorCode.INVALID_STATE, name, "End",
                        "a " + type + " state has no End" + (type.equals("Choice") ? "" : "; it ends its scope by itself")));
            }
            return;
        }
        if (next != null && end != null) {
            found.add(new TaskValidationException(ErrorCode.INVALID_STATE, name, "End",
                    "a state has either Next or End, not both"));
        } else if (next == null && end == null) {
            found.add(new TaskValidationException(ErrorCode.INVALID_STATE, name, "Next",
                    "a " + type + " state needs Next (a state name) or \"End\": true"));
        }
        if (end != null && !(end.isBoolean() && end.booleanValue())) {
            found.add(new TaskValidationException(ErrorCode.INVALID_STATE, name, "End",
                    "must be true (leave it out and give Next instead), was " + end));
        }
        if (next != null && !next.isTextual()) {
            found.add(new TaskValidationException(ErrorCode.INVALID_STATE, name, "Next", "must be a state name, was " + next));
        }
        p.next = next != null && next.isTextual() ? next.textValue() : null;
        p.end = end != null;
    }

    private static Fields fields(ObjectNode obj, QueryLanguage own, String... structural) {
        ObjectNode f = obj.deepCopy();
        f.remove("Type");
        f.remove("QueryLanguage");
        f.remove("Next");
        f.remove("End");
        for (String k : structural) {
            f.remove(k);
        }
        return new Fields(f, own);
    }

    private State task(String name, ObjectNode obj, QueryLanguage own, QueryLanguage lang,
                       List<TaskValidationException> found) {
        int before = found.size();
        boolean provider = obj.has("Provider");
        boolean resource = obj.has("Resource");
        if (provider == resource) {
            found.add(new TaskValidationException(ErrorCode.INVALID_STATE, name, provider ? "Resource" : "Provider",
                    provider ? "give Provider (with Properties) or Resource (with Parameters/Arguments), not both"
                            : "a Task state needs Provider (a type id such as lambda:invoke) or Resource (an ARN)"));
            return null;
        }
        StateOptions options;
        try {
            options = StateOptionsParser.parse(obj, lang, own);
        } catch (TaskValidationException e) {
            found.addAll(e.problems());
            // The provider's own problems are still worth reporting: read its properties with no common options.
            options = StateOptions.builder().queryLanguage(own).build();
        }
        Set<String> allowed = new HashSet<>(StateOptionsParser.COMMON_TASK_FIELDS);
        allowed.addAll(provider ? Set.of("Type", "Provider", "Properties", "Next", "End")
                : Set.of("Type", "Resource", "Parameters", "Arguments", "Next", "End"));
        onlyFields(name, obj, allowed, found);
        if (!provider) {
            for (String f : List.of("Parameters", "Arguments")) {
                if (obj.has(f)) {
                    try {
                        Value v = Values.fromJson(obj.get(f), lang, f);
                        Values.check(v, lang, f);
                    } catch (TaskValidationException e) {
                        found.addAll(e.problems());
                    }
                }
            }
            if (!obj.get("Resource").isTextual()) {
                found.add(bad(name, "Resource", "must be an ARN string, was " + obj.get("Resource")));
            }
            try {
                options.check(lang);
            } catch (TaskValidationException e) {
                found.addAll(e.problems());
            }
            if (found.size() > before) {
                return null;
            }
            ObjectNode raw = obj.deepCopy();
            raw.remove("Next");
            raw.remove("End");
            return TaskState.of(new RawTask(name, raw, options, lang), List.of("state \"" + name
                    + "\": Resource " + obj.get("Resource").textValue() + " is written as plain ASL, so no IAM grants"
                    + " are derived for it; use \"Provider\" for least-privilege grants"));
        }
        JsonNode typeId = obj.get("Provider");
        if (!typeId.isTextual()) {
            found.add(bad(name, "Provider", "must be a type id string such as \"lambda:invoke\", was " + typeId));
            return null;
        }
        JsonNode propsNode = obj.get("Properties");
        if (propsNode != null && !propsNode.isObject()) {
            found.add(bad(name, "Properties", "must be an object, was " + propsNode));
            return null;
        }
        ObjectNode props = propsNode == null ? JsonNodeFactory.instance.objectNode() : (ObjectNode) propsNode.deepCopy();
        IntegrationPattern pattern = null;
        JsonNode p = props.remove("integrationPattern");
        if (p != null) {
            try {
                pattern = parsePattern(name, p);
            } catch (TaskValidationException e) {
                found.add(e);
            }
        }
        TaskProvider tp;
        try {
            tp = registry.require(typeId.textValue());
        } catch (SfnTasksException e) {
            found.add(new TaskValidationException(e.code(), name, "Provider", e.reason()));
            return null;
        }
        Task task;
        try {
            task = tp.create(TaskRequest.of(name, typeId.textValue(), props, pattern, lang, options));
        } catch (TaskValidationException e) {
            found.addAll(e.locate(name, null).problems());
            return null;
        } catch (RuntimeException e) {
            found.add(new TaskValidationException(ErrorCode.INVALID_PROPERTY, name, "Properties",
                    "provider " + tp.getClass().getName() + " failed with " + e + "; report this to its authors"));
            return null;
        }
        return found.size() > before ? null : TaskState.of(task);
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

    private State choice(String name, ObjectNode obj, QueryLanguage own, QueryLanguage lang, String sp, Pending p,
                         List<TaskValidationException> found) {
        ChoiceState c = new ChoiceState(name, fields(obj, own, "Choices", "Default"));
        JsonNode choices = obj.get("Choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            found.add(bad(name, "Choices", "a Choice state needs a non-empty array of rules"));
            choices = JsonNodeFactory.instance.arrayNode();
        }
        for (int i = 0; i < choices.size(); i++) {
            JsonNode r = choices.get(i);
            String at = "Choices[" + i + "]";
            if (!(r instanceof ObjectNode rule)) {
                found.add(bad(name, at, "a rule must be an object, was " + r));
                continue;
            }
            JsonNode next = rule.get("Next");
            if (next == null || !next.isTextual()) {
                found.add(new TaskValidationException(ErrorCode.INVALID_STATE, name, at + ".Next",
                        "a top-level Choice rule needs Next, the name of a state"));
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
                found.add(new TaskValidationException(ErrorCode.QUERY_LANGUAGE_MISMATCH, name, at + ".Output",
                        "Output is JSONata-only"));
            }
            try {
                Condition condition = Condition.fromJson(cond, lang, name, at);
                if (next != null && next.isTextual()) {
                    p.rules.add(new RuleSpec(condition, next.textValue(), extras, sp + "/Choices/" + i));
                }
            } catch (TaskValidationException e) {
                found.addAll(e.problems());
            }
        }
        JsonNode def = obj.get("Default");
        if (def != null) {
            if (def.isTextual()) {
                p.otherwise = def.textValue();
            } else {
                found.add(bad(name, "Default", "must be a state name, was " + def));
            }
        }
        return c;
    }

    private State parallel(String name, ObjectNode obj, QueryLanguage own, QueryLanguage lang, String sp, Pending p,
                           List<TaskValidationException> found) {
        JsonNode branches = obj.get("Branches");
        List<Scope> scopes = new ArrayList<>();
        if (branches == null || !branches.isArray() || branches.isEmpty()) {
            found.add(bad(name, "Branches", "a Parallel state needs a non-empty array of branches"));
        } else {
            for (int i = 0; i < branches.size(); i++) {
                Scope s = readScope(branches.get(i), sp + "/Branches/" + i);
                if (s != null) {
                    scopes.add(s);
                }
            }
        }
        ParallelState ps = new ParallelState(name, fields(obj, own, "Branches", "Retry", "Catch"), scopes);
        handlers(obj, lang, p, found).forEach(ps::addRetry);
        return ps;
    }

    /** Reads Retry and Catch of a Parallel or Map state, every problem of both. */
    private static List<Retrier> handlers(ObjectNode obj, QueryLanguage lang, Pending p, List<TaskValidationException> found) {
        List<Retrier> retriers = List.of();
        try {
            retriers = StateOptionsParser.retriers(obj.get("Retry"));
        } catch (TaskValidationException e) {
            found.addAll(e.problems());
        }
        try {
            p.catchers = StateOptionsParser.catchers(obj.get("Catch"), lang);
        } catch (TaskValidationException e) {
            found.addAll(e.problems());
        }
        return retriers;
    }

    private static final Set<String> PROCESSOR_FIELDS = Set.of("StartAt", "States", "ProcessorConfig", "Comment");

    private State map(String name, ObjectNode obj, QueryLanguage own, QueryLanguage lang, String sp, Pending p,
                      List<TaskValidationException> found) {
        boolean legacy = obj.has("Iterator");
        if (legacy && obj.has("ItemProcessor")) {
            found.add(bad(name, "Iterator", "give ItemProcessor (or the older Iterator), not both"));
        }
        String field = legacy ? "Iterator" : "ItemProcessor";
        List<Retrier> retriers = handlers(obj, lang, p, found);
        JsonNode proc = obj.get(field);
        if (!(proc instanceof ObjectNode procObj)) {
            found.add(bad(name, "ItemProcessor", "a Map state needs ItemProcessor: {StartAt, States}"));
            return null;
        }
        ObjectNode config = null;
        JsonNode cfg = procObj.get("ProcessorConfig");
        if (cfg != null) {
            if (cfg instanceof ObjectNode cfgObj) {
                config = cfgObj;
                cfgObj.fieldNames().forEachRemaining(f -> {
                    if (!f.equals("Mode") && !f.equals("ExecutionType")) {
                        found.add(bad(name, field + ".ProcessorConfig." + f, "is not a field"
                                + NearestName.hintAndList(f, List.of("Mode", "ExecutionType"), "allowed")));
                    }
                });
            } else {
                found.add(bad(name, field + ".ProcessorConfig", "must be an object, was " + cfg));
            }
        }
        procObj.fieldNames().forEachRemaining(f -> {
            if (!PROCESSOR_FIELDS.contains(f)) {
                found.add(bad(name, field + "." + f, "is not a field" + NearestName.hintAndList(f, PROCESSOR_FIELDS, "allowed")));
            }
        });
        Scope scope = readScope(procObj, sp + "/" + field);
        if (scope == null) {
            return null;
        }
        MapState ms = new MapState(name, fields(obj, own, "ItemProcessor", "Iterator", "Retry", "Catch"),
                scope, config, legacy);
        retriers.forEach(ms::addRetry);
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

    private static void onlyFields(String name, ObjectNode obj, Set<String> allowed, List<TaskValidationException> found) {
        obj.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                found.add(bad(name, f, "is not a field of this Task state" + NearestName.hintAndList(f, allowed, "allowed")));
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
