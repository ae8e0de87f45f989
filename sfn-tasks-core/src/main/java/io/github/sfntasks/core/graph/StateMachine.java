package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.PolicyDocument;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.core.Policies;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole state machine: the graph from its start state, with the top-level fields. Built once and
 * validated then; rendering is read-only and thread-safe.
 *
 * <pre>{@code
 * StateMachine machine = StateMachine.builder(Chain.start(invoke).next(done))
 *     .comment("Order pipeline")
 *     .timeoutSeconds(300)
 *     .build();
 * StateMachine.Rendered out = machine.render(RenderContext.of("aws", "us-east-1", "123456789012"));
 * out.definitionJson();   // the ASL, pretty-printed
 * out.policyJson();       // the role's policy document
 * }</pre>
 *
 * <p>Validation: unique state names across the whole machine (nested scopes included), names of 1
 * to 80 characters, every state's fields against its query language, every Choice with a rule,
 * every catch target in the graph, and at render time the definition size quota of the service
 * (1 MB, a hard quota per AWS's "Step Functions service quotas" page).
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class StateMachine {

    /** The most bytes a definition may have (AWS Step Functions service quotas: 1 MB, hard quota). */
    public static final int MAX_DEFINITION_BYTES = 1024 * 1024;

    /**
     * How deep Parallel branches and Map item processors may nest (the machine's own states are level 1). The States
     * language sets no limit; this one keeps checking and rendering, which recurse once per level, far from the end of
     * the stack. A workflow file reaches it only near the reader's nesting depth limit (256 levels of objects and arrays).
     */
    public static final int MAX_NESTED_SCOPES = 64;

    /**
     * The most characters, white space not counted, that the inline policies of one IAM role may have together:
     * 10,240 ("Role policy size cannot exceed 10,240 characters", IAM and AWS STS quotas,
     * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">reference_iam-quotas</a>;
     * "IAM does not count white space when calculating the size of a policy"). {@link #render} warns
     * ({@link WarningCode#POLICY_TOO_LARGE}) when the machine's policy alone has more.
     */
    public static final int MAX_INLINE_ROLE_POLICY_CHARS = 10_240;


    private final Scope root;
    private final String comment;
    private final Integer timeoutSeconds;
    private final QueryLanguage queryLanguage;
    private final boolean writeQueryLanguage;
    private final String version;
    private final List<State> allStates;
    private final Map<State, QueryLanguage> languages;
    private final boolean jsonataChecked;
    private final StateMachineOptions options;

    private StateMachine(Builder b) {
        this.root = new Scope(b.start, b.declaredOrder);
        this.comment = b.comment;
        this.timeoutSeconds = b.timeoutSeconds;
        this.queryLanguage = b.queryLanguage == null ? QueryLanguage.JSONPATH : b.queryLanguage;
        this.writeQueryLanguage = b.queryLanguage != null;
        this.version = b.version;
        this.jsonataChecked = b.jsonataChecked;
        this.options = b.options == null ? StateMachineOptions.DEFAULTS : b.options;
        List<State> all = new ArrayList<>();
        Map<State, QueryLanguage> langs = new IdentityHashMap<>();
        Map<String, State> names = new HashMap<>();
        walk(root, queryLanguage, names, all, langs, new IdentityHashMap<>(), 1);
        this.allStates = Collections.unmodifiableList(all);
        this.languages = langs;
        if (timeoutSeconds != null && (timeoutSeconds < 1 || timeoutSeconds > 99_999_999)) {
            throw new TaskValidationException(ErrorCode.OUT_OF_RANGE, null, "TimeoutSeconds",
                    "must be between 1 and 99999999, was " + timeoutSeconds);
        }
        if (this.options.effectiveType() == StateMachineOptions.Type.EXPRESS) {
            WholeMachine.checkExpress(allStates);
        }
    }

    /**
     * @param definition the start: a state or a chain
     * @return a builder
     */
    public static Builder builder(Chainable definition) {
        return new Builder(Chain.startOf(definition));
    }

    /**
     * @param task a machine of one task (wrapped with {@link TaskState#of})
     * @return a builder
     */
    public static Builder builder(io.github.sfntasks.api.spi.Task task) {
        return builder(TaskState.of(task));
    }

    private static List<State> scopeStates(Scope scope) {
        Set<State> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<State> order = new ArrayList<>();
        Deque<State> queue = new ArrayDeque<>();
        queue.add(scope.start());
        while (!queue.isEmpty()) {
            State s = queue.poll();
            if (!seen.add(s)) {
                continue;
            }
            order.add(s);
            queue.addAll(s.transitions());
        }
        if (!scope.declaredOrder().isEmpty()) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < scope.declaredOrder().size(); i++) {
                index.put(scope.declaredOrder().get(i), i);
            }
            order.sort((a, b) -> Integer.compare(index.getOrDefault(a.name(), Integer.MAX_VALUE),
                    index.getOrDefault(b.name(), Integer.MAX_VALUE)));
        }
        return order;
    }

    /** @return whether the state ends its scope: Succeed, Fail, or a state without a next state ({@code "End": true}) */
    private static boolean ends(State s) {
        return s instanceof SucceedState || s instanceof FailState || s instanceof NextState n && n.nextState() == null;
    }

    private static void walk(Scope scope, QueryLanguage inherited, Map<String, State> names, List<State> all,
                             Map<State, QueryLanguage> langs, Map<State, Scope> owner, int depth) {
        List<State> inScope = scopeStates(scope);
        if (inScope.stream().noneMatch(StateMachine::ends)) {
            // ValidateStateMachineDefinition's MISSING_END_STATE: "The workflow does not have a terminal state".
            throw new TaskValidationException(ErrorCode.NO_TERMINAL_STATE, scope.start().name(), null,
                    "no state reachable from here ends (" + inScope.size() + " states, each going on to another),"
                            + " so an execution could never finish; leave the last state's next unset (End) or add a"
                            + " Succeed or Fail state");
        }
        for (State s : inScope) {
            State other = names.get(s.name());
            if (other != null && other != s) {
                throw new TaskValidationException(ErrorCode.DUPLICATE_STATE_NAME, s.name(), null,
                        "two different states are named \"" + s.name() + "\"; state names are unique in the whole machine");
            }
            Scope previous = owner.put(s, scope);
            if (previous != null && previous != scope) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE, s.name(), null,
                        "the state is used in two scopes (the machine, a Parallel branch or a Map processor);"
                                + " a transition cannot leave its scope");
            }
            if (other != null) {
                continue;
            }
            names.put(s.name(), s);
            all.add(s);
            QueryLanguage effective = s.ownQueryLanguage() != null ? s.ownQueryLanguage() : inherited;
            langs.put(s, effective);
            s.check(effective);
            if (!s.scopes().isEmpty() && depth >= MAX_NESTED_SCOPES) {
                throw new TaskValidationException(ErrorCode.INVALID_STATE, s.name(), null,
                        "Parallel and Map states nest more than " + MAX_NESTED_SCOPES + " deep here; a machine may nest"
                                + " at most " + MAX_NESTED_SCOPES + " levels of branches and item processors: start a"
                                + " child state machine (states:startExecution) instead");
            }
            for (Scope nested : s.scopes()) {
                walk(nested, inherited, names, all, langs, owner, depth + 1);
            }
        }
    }

    /** @return every state, in discovery order (nested scopes after their parent) */
    public List<State> states() {
        return allStates;
    }

    /** @return the options of the state machine resource (name, type, logging, tracing, encryption) */
    public StateMachineOptions options() {
        return options;
    }

    /**
     * @param newOptions the options of the copy
     * @return a copy of this machine (the same states) with other options, checked again (an EXPRESS type is refused
     *         for a machine that has {@code .sync} states)
     */
    public StateMachine withOptions(StateMachineOptions newOptions) {
        Builder b = new Builder(root.start()).declaredOrder(root.declaredOrder()).options(newOptions);
        b.comment = comment;
        b.timeoutSeconds = timeoutSeconds;
        b.queryLanguage = writeQueryLanguage ? queryLanguage : null;
        b.version = version;
        return b.build();
    }

    /** @return the machine's query language (JSONPath unless set) */
    public QueryLanguage queryLanguage() {
        return queryLanguage;
    }

    /**
     * @param context partition, region and account
     * @return the ASL definition
     * @throws SfnTasksException ({@link ErrorCode#DEFINITION_TOO_LARGE}) above the service's size quota
     */
    public ObjectNode definition(RenderContext context) {
        ObjectNode def = JsonNodeFactory.instance.objectNode();
        if (writeQueryLanguage) {
            def.put("QueryLanguage", queryLanguage.aslName());
        }
        if (comment != null) {
            def.put("Comment", comment);
        }
        renderScope(root, context, def);
        if (!jsonataChecked) {
            checkJsonata(def, queryLanguage);
        }
        if (timeoutSeconds != null) {
            def.put("TimeoutSeconds", timeoutSeconds);
        }
        if (version != null) {
            def.put("Version", version);
        }
        long size = compactSize(def);
        if (size > MAX_DEFINITION_BYTES) {
            throw new SfnTasksException(ErrorCode.DEFINITION_TOO_LARGE, "the definition has " + size
                    + " bytes; Step Functions accepts at most " + MAX_DEFINITION_BYTES
                    + " (a hard quota). Split it: move parts into child state machines (StartExecution)");
        }
        return def;
    }

    /**
     * Parses every {@code {% %}} expression of the JSONata states of a rendered scope (a machine built in Java: a
     * workflow file's were parsed when it was read), so that no definition Step Functions would refuse is written.
     */
    private static void checkJsonata(ObjectNode scope, QueryLanguage inherited) {
        List<TaskValidationException> found = new ArrayList<>();
        scope.path("States").properties().forEach(e -> {
            JsonNode state = e.getValue();
            QueryLanguage lang = state.has("QueryLanguage")
                    ? QueryLanguage.fromAslName(state.get("QueryLanguage").textValue()) : inherited;
            if (lang == QueryLanguage.JSONATA) {
                io.github.sfntasks.core.internal.JsonataSyntax.state(e.getKey(), state, lang, found);
            }
            state.path("Branches").forEach(b -> {
                if (b instanceof ObjectNode o) {
                    checkJsonata(o, inherited);
                }
            });
            for (String f : List.of("ItemProcessor", "Iterator")) {
                if (state.get(f) instanceof ObjectNode o) {
                    checkJsonata(o, inherited);
                }
            }
        });
        if (!found.isEmpty()) {
            throw TaskValidationException.of(found);
        }
    }

    /** The UTF-8 size of the compact JSON, counted from the tree without writing it. */
    private static long compactSize(ObjectNode def) {
        return io.github.sfntasks.core.internal.CompactJsonSize.of(def);
    }

    private void renderScope(Scope scope, RenderContext context, ObjectNode into) {
        into.put("StartAt", scope.start().name());
        ObjectNode states = into.putObject("States");
        for (State s : scopeStates(scope)) {
            states.set(s.name(), renderState(s, context));
        }
    }

    private ObjectNode renderState(State s, RenderContext context) {
        if (s instanceof ParallelState p) {
            List<ObjectNode> branches = new ArrayList<>();
            for (Scope b : p.scopes()) {
                ObjectNode branch = JsonNodeFactory.instance.objectNode();
                renderScope(b, context, branch);
                branches.add(branch);
            }
            return p.render(queryLanguage, branches);
        }
        if (s instanceof MapState m) {
            ObjectNode processor = JsonNodeFactory.instance.objectNode();
            renderScope(m.scopes().get(0), context, processor);
            return m.render(queryLanguage, processor);
        }
        return s.render(context, queryLanguage);
    }

    /**
     * The whole role's grants: those of every state, those of each Distributed Map state (starting its child
     * executions, reading its ItemReader's and writing its ResultWriter's S3 objects), and those the
     * {@linkplain #options() options} need (logging, tracing, a customer managed key). Grants that name the machine
     * itself hold its ARN as {@link StateMachineOptions#ownArn} gives it.
     *
     * @param context partition, region and account
     * @return the aggregated statements (see {@link Policies#aggregate})
     */
    public List<PolicyStatement> policyStatements(RenderContext context) {
        List<PolicyStatement> all = new ArrayList<>();
        for (State s : allStates) {
            all.addAll(s.policyStatements(context));
            if (s instanceof MapState m && m.distributed()) {
                all.addAll(DistributedMapGrants.of(m.fieldsCopy(), m.name(), context, options).statements());
            }
        }
        all.addAll(options.policyStatements(context));
        return Policies.aggregate(all);
    }

    /**
     * @param context partition, region and account
     * @return the role's policy document; {@link PolicyDocument#isEmpty() empty} when no state needs a grant
     */
    public PolicyDocument policy(RenderContext context) {
        return new PolicyDocument(policyStatements(context));
    }

    /** @return warnings about the machine (grants that could not be derived...), in state order */
    public List<String> warnings() {
        Set<String> out = new LinkedHashSet<>();
        for (State s : allStates) {
            out.addAll(s.warnings());
        }
        return List.copyOf(out);
    }

    /**
     * The warnings for one render context: those of {@link #warnings()} and those the tasks report for it (a grant
     * widened because a resource is chosen at run time, a deprecated property...), those of each Distributed Map's
     * grants (SFN-W001 for a bucket chosen at run time), and one SFN-W005 for each static string of the definition
     * that looks like a path but is sent as text ({@code "Payload": "$.order"}), in state order.
     *
     * @param context partition, region and account
     * @return the warnings, each naming its state (formatted as {@link io.github.sfntasks.api.TaskWarning#toString()})
     */
    public List<String> warnings(RenderContext context) {
        ObjectNode definition;
        try {
            definition = definition(context);
        } catch (SfnTasksException tooLarge) {
            definition = JsonNodeFactory.instance.objectNode(); // rendering reports it; the other warnings still hold
        }
        return warnings(context, definition);
    }

    private List<String> warnings(RenderContext context, ObjectNode definition) {
        Set<String> out = new LinkedHashSet<>();
        for (State s : allStates) {
            out.addAll(s.warnings(context));
            if (s instanceof MapState m && m.distributed()) {
                out.addAll(DistributedMapGrants.of(m.fieldsCopy(), m.name(), context, options).warnings());
            }
        }
        out.addAll(WholeMachine.literalsThatLookLikePaths(definition));
        return List.copyOf(out);
    }

    /**
     * Renders definition and policy. The warnings are those of {@link #warnings(RenderContext)}, and
     * {@link WarningCode#POLICY_TOO_LARGE} when the policy has more than {@link #MAX_INLINE_ROLE_POLICY_CHARS}
     * characters.
     *
     * @param context partition, region and account
     * @return both, as JSON trees and pretty-printed text, and the warnings
     */
    public Rendered render(RenderContext context) {
        ObjectNode definition = definition(context);
        ObjectNode policy = policy(context).toJson();
        List<String> warnings = warnings(context, definition);
        long size = nonWhitespaceLength(io.github.sfntasks.core.internal.Trees.pretty(policy));
        if (size > MAX_INLINE_ROLE_POLICY_CHARS) {
            List<String> all = new ArrayList<>(warnings);
            all.add(new TaskWarning(WarningCode.POLICY_TOO_LARGE, null, null, "the role's policy has " + size
                    + " characters (white space not counted, placeholders counted as written); IAM accepts at most "
                    + MAX_INLINE_ROLE_POLICY_CHARS + " for all inline policies of a role together (IAM and AWS STS"
                    + " quotas, https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html): attach"
                    + " it as managed policies instead (at most 6,144 characters each), or split the machine").toString());
            warnings = List.copyOf(all);
        }
        return new Rendered(definition, policy, warnings);
    }

    private static long nonWhitespaceLength(String json) {
        long n = 0;
        for (int i = 0; i < json.length(); i++) {
            if (!Character.isWhitespace(json.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * A rendered machine.
     *
     * @param definition the ASL definition
     * @param policy the IAM policy document
     * @param warnings what could not be derived
     */
    public record Rendered(ObjectNode definition, ObjectNode policy, List<String> warnings) {

        /** @return the definition, pretty-printed with two-space indents and a final newline */
        public String definitionJson() {
            return pretty(definition);
        }

        /** @return the policy document, pretty-printed (with no statement when {@link #isPolicyEmpty()}) */
        public String policyJson() {
            return pretty(policy);
        }

        /**
         * @return whether the policy has no statement: the machine calls no AWS service, its role needs no
         *         grant, and IAM would refuse the document (see {@link PolicyDocument#isEmpty()})
         */
        public boolean isPolicyEmpty() {
            return policy.path("Statement").isEmpty();
        }

        /**
         * @param node a JSON tree
         * @return it pretty-printed with two-space indents and a final newline
         */
        public static String pretty(ObjectNode node) {
            try {
                return io.github.sfntasks.core.internal.Trees.pretty(node) + "\n";
            } catch (java.io.UncheckedIOException e) {
                throw new SfnTasksException(ErrorCode.INVALID_WORKFLOW, "could not write JSON: " + e.getMessage(), e);
            }
        }
    }

    /** Builds a {@link StateMachine}. */
    public static final class Builder {
        private final State start;
        private String comment;
        private Integer timeoutSeconds;
        private QueryLanguage queryLanguage;
        private String version;
        private List<String> declaredOrder = List.of();
        private boolean jsonataChecked;
        private StateMachineOptions options;

        Builder(State start) {
            this.start = start;
        }

        /** @param comment the machine's comment @return this builder */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** @param seconds the execution timeout @return this builder */
        public Builder timeoutSeconds(int seconds) {
            this.timeoutSeconds = seconds;
            return this;
        }

        /** @param language the machine's query language (written as QueryLanguage) @return this builder */
        public Builder queryLanguage(QueryLanguage language) {
            this.queryLanguage = language;
            return this;
        }

        /** @param version the ASL version field (usually "1.0") @return this builder */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * @param options the state machine resource's options (name, type, logging, tracing, encryption)
         * @return this builder
         */
        public Builder options(StateMachineOptions options) {
            this.options = options;
            return this;
        }

        Builder declaredOrder(List<String> order) {
            this.declaredOrder = order;
            return this;
        }

        /** A workflow file's expressions were parsed as it was read: rendering need not parse them again. */
        Builder jsonataChecked() {
            this.jsonataChecked = true;
            return this;
        }

        /**
         * @return the validated machine
         * @throws TaskValidationException naming the state and the field of the first problem (an EXPRESS machine
         *         with a state it cannot run: {@link ErrorCode#NOT_SUPPORTED_BY_EXPRESS})
         */
        public StateMachine build() {
            return new StateMachine(this);
        }
    }
}
