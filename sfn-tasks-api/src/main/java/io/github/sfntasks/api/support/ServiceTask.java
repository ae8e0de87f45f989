package io.github.sfntasks.api.support;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shared shape of a service-integration task. A provider's task supplies its Resource, its
 * Parameters (as an {@link ObjectValue}) and its grants; this class renders the whole ASL Task state
 * for either query language, checks the common options, the integration pattern and the task token,
 * and adds the {@code sts:AssumeRole} grant for {@code Credentials}.
 *
 * <p>Rendered field order: Type, QueryLanguage, Comment, Resource, InputPath, Parameters|Arguments,
 * ResultSelector, ResultPath, OutputPath, Output, Assign, TimeoutSeconds(Path), HeartbeatSeconds(Path),
 * Credentials, Retry, Catch.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public abstract class ServiceTask implements Task {

    private final String stateName;
    private final TaskType type;
    private final String typeId;
    private final IntegrationPattern integrationPattern;
    private final QueryLanguage queryLanguage;
    private final StateOptions options;

    /**
     * Checks and keeps the common parts.
     *
     * @param builder the builder
     * @param typeId the provider type id
     * @param supported the patterns this task supports
     * @throws TaskValidationException when the pattern is unsupported or an option does not fit
     */
    protected ServiceTask(TaskBuilder<?, ?> builder, String typeId, Set<IntegrationPattern> supported) {
        this(builder, TaskType.of(typeId, typeId, supported));
    }

    /**
     * Checks and keeps the common parts; a builder that names no pattern gets the type's default.
     *
     * @param builder the builder
     * @param type the task type: id, supported patterns, default pattern
     * @throws TaskValidationException when the pattern is unsupported or an option does not fit
     */
    protected ServiceTask(TaskBuilder<?, ?> builder, TaskType type) {
        this.stateName = builder.stateName;
        this.type = type;
        this.typeId = type.typeId();
        Set<IntegrationPattern> supported = type.patterns();
        if (stateName == null || stateName.isEmpty() || stateName.codePointCount(0, stateName.length()) > 80) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE_NAME, stateName, null,
                    "a state name must have 1 to 80 characters");
        }
        IntegrationPattern pattern = builder.integrationPattern;
        if (pattern == null) {
            pattern = type.defaultPattern();
        }
        if (!supported.contains(pattern)) {
            throw new TaskValidationException(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, stateName, "integrationPattern",
                    typeId + " supports " + supported + ", not " + pattern);
        }
        this.integrationPattern = pattern;
        this.options = builder.options.build();
        QueryLanguage own = options.queryLanguage();
        this.queryLanguage = own != null ? own
                : builder.inheritedQueryLanguage != null ? builder.inheritedQueryLanguage : QueryLanguage.JSONPATH;
        try {
            options.check(queryLanguage);
        } catch (TaskValidationException e) {
            throw e.locate(stateName, null);
        }
    }

    @Override
    public final String stateName() {
        return stateName;
    }

    @Override
    public final String typeId() {
        return typeId;
    }

    @Override
    public final IntegrationPattern integrationPattern() {
        return integrationPattern;
    }

    @Override
    public final QueryLanguage queryLanguage() {
        return queryLanguage;
    }

    @Override
    public final StateOptions options() {
        return options;
    }

    /**
     * @param context partition, region, account
     * @return the ASL {@code Resource}
     */
    protected abstract String resource(RenderContext context);

    /**
     * @param context partition, region, account (for ARNs built from names)
     * @return the request parameters, rendered as Parameters (JSONPath) or Arguments (JSONata): an
     *         {@link ObjectValue}, a JSONata expression (JSONata states only), or {@code null} for none
     */
    protected abstract Value parameters(RenderContext context);

    /** @return the task type: id, supported patterns and default pattern */
    public final TaskType type() {
        return type;
    }

    /**
     * The simple form of a task's grants: the statements, without warnings. A task overrides this or
     * {@link #grants(Grants)}, the full form.
     *
     * @param context partition, region, account
     * @return the statements this integration needs (without the Credentials grant, added here); none by default
     */
    protected List<PolicyStatement> grants(RenderContext context) {
        return List.of();
    }

    /**
     * The full form of a task's grants, in the grants vocabulary: statements, {@code iam:PassRole} for roles handed
     * to a service, the managed rule of {@code .sync}, KMS data keys, and a warning for every grant wider than one
     * named resource. The default adds what {@link #grants(RenderContext)} returns.
     *
     * @param grants the collector, for this state and a render context
     */
    protected void grants(Grants grants) {
        grants.addAll(grants(grants.context()));
    }

    /** @return warnings found while building (a deprecated property, say); none by default */
    protected List<TaskWarning> buildWarnings() {
        return List.of();
    }

    @Override
    public final List<TaskWarning> warnings(RenderContext context) {
        List<TaskWarning> all = new ArrayList<>(buildWarnings());
        all.addAll(collect(context).warnings());
        return all.isEmpty() ? List.of() : List.copyOf(all.stream().map(w -> w.locate(stateName)).toList());
    }

    private Grants collect(RenderContext context) {
        Grants g = new Grants(context, stateName);
        try {
            grants(g);
        } catch (TaskValidationException e) {
            throw e.locate(stateName, null);
        }
        return g;
    }

    /** @return retriers the task adds before the user's (none by default) */
    protected List<Retrier> builtInRetriers() {
        return List.of();
    }

    /** @return a builder holding this task's properties, for copies */
    public abstract TaskBuilder<?, ?> toBuilder();

    @Override
    public final ObjectNode toState(RenderContext context) {
        try {
            return render(context);
        } catch (TaskValidationException e) {
            throw e.locate(stateName, null);
        }
    }

    private ObjectNode render(RenderContext context) {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        state.put("Type", "Task");
        options.writeHeader(state, options.queryLanguage() != null, queryLanguage);
        state.put("Resource", resource(context));
        options.writeInput(state);
        Value params = parameters(context);
        if (params != null) {
            state.set(queryLanguage == QueryLanguage.JSONATA ? "Arguments" : "Parameters",
                    Values.toJson(params, queryLanguage));
        }
        options.writeResult(state, queryLanguage);
        options.writeTimeouts(state);
        options.writeCredentials(state, queryLanguage);
        options.writeErrorHandling(state, builtInRetriers(), queryLanguage);
        return state;
    }

    @Override
    public final List<PolicyStatement> policyStatements(RenderContext context) {
        List<PolicyStatement> all = new ArrayList<>(collect(context).statements());
        Value role = options.credentials();
        if (role != null) {
            String resource = role instanceof Literal l ? l.text()
                    : context.arn("iam", "", "*", "role/*");
            all.add(PolicyStatement.allow("sts:AssumeRole", resource));
        }
        return List.copyOf(all);
    }

    @Override
    public Task withOptions(StateOptions newOptions) {
        TaskBuilder<?, ?> b = toBuilder();
        b.options = newOptions.toBuilder();
        return b.build();
    }

    // ---- helpers for subclasses -------------------------------------------------------------

    /**
     * @param code the kind of problem
     * @param property the property
     * @param detail what is wrong and what would be right
     * @return an exception naming this state and the property
     */
    protected final TaskValidationException invalid(ErrorCode code, String property, String detail) {
        return new TaskValidationException(code, stateName, property, detail);
    }

    /**
     * Checks that {@code value} fits this state's query language.
     *
     * @param value the value (null: nothing to check)
     * @param property the property, for the error
     */
    protected final void check(Value value, String property) {
        try {
            Values.check(value, queryLanguage, property);
        } catch (TaskValidationException e) {
            throw e.locate(stateName, null);
        }
    }

    /**
     * @param value a required property
     * @param property its name
     * @param <V> its type
     * @return the value
     * @throws TaskValidationException when it is null
     */
    protected final <V> V require(V value, String property) {
        if (value == null) {
            throw invalid(ErrorCode.MISSING_PROPERTY, property, "is required");
        }
        return value;
    }

    /**
     * For WAIT_FOR_TASK_TOKEN: the token must travel in {@code value} ({@code JsonPath.taskToken()},
     * or {@code $states.context.Task.Token} in JSONata).
     *
     * @param value the input that carries the token
     * @param property its name
     * @throws TaskValidationException when the pattern is WAIT_FOR_TASK_TOKEN and the token is missing
     */
    protected final void requireTaskTokenIfCallback(Value value, String property) {
        if (integrationPattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN
                && (value == null || !value.containsTaskToken())) {
            throw invalid(ErrorCode.TASK_TOKEN_REQUIRED, property,
                    "WAIT_FOR_TASK_TOKEN needs the task token in " + property + ": "
                            + (queryLanguage == QueryLanguage.JSONATA
                                    ? "put {% $states.context.Task.Token %} in it"
                                    : "put a member \"token.$\": \"$$.Task.Token\" in it (JsonPath.taskToken() in Java)"));
        }
    }

    /**
     * A string property: a literal must be a string of {@code min} to {@code max} characters (code
     * points); a dynamic value must fit the query language.
     *
     * @param value the value (null: nothing to check)
     * @param property its name
     * @param min the fewest characters
     * @param max the most characters
     * @throws TaskValidationException when it does not fit
     */
    protected final void checkText(Value value, String property, int min, int max) {
        if (value instanceof Literal l) {
            if (!l.isText()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property, "must be a string (or a path), was " + l);
            }
            int length = l.text().codePointCount(0, l.text().length());
            if (length < min || length > max) {
                throw invalid(length > max ? ErrorCode.OUT_OF_RANGE : ErrorCode.INVALID_PROPERTY, property,
                        "must have " + min + " to " + max + " characters, had " + length);
            }
        } else {
            check(value, property);
        }
    }

    /**
     * A string property with a pattern: a literal must be a string matching {@code pattern}; an object or
     * array is refused; a dynamic value must fit the query language.
     *
     * @param value the value (null: nothing to check)
     * @param property its name
     * @param pattern what a literal must match (whole)
     * @param rule what is expected, in words, for the error ("must be 1 to 128 printable characters")
     * @throws TaskValidationException when it does not fit
     */
    protected final void checkPattern(Value value, String property, java.util.regex.Pattern pattern, String rule) {
        if (value instanceof Literal l) {
            if (!l.isText() || !pattern.matcher(l.text()).matches()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property, rule + ", was " + l);
            }
        } else if (value instanceof io.github.sfntasks.api.value.ObjectValue
                || value instanceof io.github.sfntasks.api.value.ArrayValue) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property, rule + " (or a path), was " + value);
        } else {
            check(value, property);
        }
    }

    /**
     * @param value a number
     * @param property its name
     * @param min the smallest allowed
     * @param max the largest allowed
     * @throws TaskValidationException when the value is a literal outside the range
     */
    protected final void checkRange(Value value, String property, long min, long max) {
        if (value instanceof Literal l) {
            if (!l.node().isIntegralNumber()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property, "must be a whole number, was " + l);
            }
            long v = l.node().asLong();
            if (v < min || v > max) {
                throw invalid(ErrorCode.OUT_OF_RANGE, property, "must be between " + min + " and " + max + ", was " + v);
            }
        }
    }

    /**
     * Builds the ARN of a resource given by ARN or by name.
     *
     * @param nameOrArn what the user gave
     * @param context partition, region, account for a name
     * @param service the service namespace
     * @param resourcePrefix what comes before the name in the resource part, for example {@code function:}
     * @return the ARN
     */
    protected static String arnOf(String nameOrArn, RenderContext context, String service, String resourcePrefix) {
        return Arn.isArn(nameOrArn) ? nameOrArn : context.arn(service, resourcePrefix + nameOrArn);
    }

    /**
     * @param path a path that selects a resource at run time
     * @return whether the value is dynamic, so only a pattern can be granted
     */
    protected static boolean isDynamic(Value path) {
        return path != null && path.isDynamic();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + stateName + "]";
    }

    /**
     * @param path a static path given as a JSONPath string
     * @return the path, or null
     */
    protected static JsonPath pathOrNull(String path) {
        return path == null ? null : JsonPath.of(path);
    }
}
