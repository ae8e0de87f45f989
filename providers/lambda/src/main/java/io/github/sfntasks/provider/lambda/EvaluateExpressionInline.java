package io.github.sfntasks.provider.lambda;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Values;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The AWS CDK's {@code EvaluateExpression} without a Lambda function: the JavaScript expression is
 * compiled, when the state machine is rendered, into a JSONata {@code Pass} state. No function to
 * deploy, no invocation, no cold start, no IAM grant.
 *
 * <pre>{@code
 * EvaluateExpressionInline.builder("Convert to seconds")
 *     .expression("$.waitMilliseconds / 1000")
 *     .resultPath("$.waitSeconds")
 *     .build();
 * // {"Type": "Pass", "QueryLanguage": "JSONata",
 * //  "Output": "{% $merge([$states.input, {\"waitSeconds\": $states.input.waitMilliseconds / 1000}]) %}"}
 * }</pre>
 *
 * <p><b>Why a Pass state.</b> Evaluating an expression needs no service: since Step Functions has
 * JSONata, a Pass state computes the value itself. {@link #toState} therefore renders a {@code Pass}
 * state (as {@link Task#toState} allows), with {@code "QueryLanguage": "JSONata"} set on the state so it
 * works in JSONPath and JSONata machines alike. The common options keep their JSONPath meaning and are
 * compiled into the {@code Output} expression: {@code ResultPath} merges the value into the state
 * input ({@code $.a.b} &rarr; {@code $merge([$states.input, {"a": $merge([$states.input.a, {"b": value}])}])},
 * creating missing objects as ResultPath does; {@code null} passes the input through), {@code InputPath}
 * (a reference path) moves the root the expression's paths start from, {@code OutputPath} (a
 * reference path; {@code null} gives {@code {}}) selects from the result. {@code Comment} and
 * {@code Assign} (with JSONata values) are kept. A Pass state has no Retry, Catch, timeouts,
 * heartbeat, Credentials or ResultSelector: those are refused, and so is an {@code Output} of your own.
 *
 * <p><b>The subset that compiles</b> (anything else is refused with a {@link TaskValidationException}
 * on {@code expression} that says why):
 * <ul>
 *   <li>paths into the state input, tokenised as the CDK does ({@code $.a.b}, {@code $[0]},
 *       {@code $.list[2].name}) &rarr; {@code $states.input.a.b}; a path ending in {@code .length}
 *       means the length of what precedes it, as in JavaScript;</li>
 *   <li>decimal numbers, strings in {@code '...'} or {@code "..."}, {@code true}, {@code false},
 *       {@code null}, parentheses;</li>
 *   <li>{@code + - * / %} on numbers and paths; unary {@code -};</li>
 *   <li>{@code +} between two values that are certainly strings (literals, or concatenations of them)
 *       &rarr; JSONata {@code &};</li>
 *   <li>{@code < <= > >=} (not mixing strings with numbers), {@code ===} &rarr; {@code =},
 *       {@code !==} &rarr; {@code !=};</li>
 *   <li>{@code && || !} and the condition of {@code ?:} on true/false values (comparisons, literals);</li>
 *   <li>{@code .length} of a string ({@code $length}) or of a path or parenthesised value
 *       ({@code $count} for an array, {@code $length} for a string).</li>
 * </ul>
 * Refused: template literals (the README's {@code `Now waiting ${$.waitSeconds} seconds...`}),
 * {@code +} of a string with a value that may not be a string (JavaScript's conversion to text,
 * for instance of 0.1 + 0.2 or of an object, has no faithful JSONata spelling), loose {@code ==} and
 * {@code !=}, truthiness of non-booleans, function and method calls, identifiers ({@code Math},
 * {@code undefined}), {@code $$} context paths, paths inside string literals (the Lambda-backed
 * evaluator would replace them with JSON text), and every other JavaScript construct. For those, use
 * the Lambda-backed {@link EvaluateExpression} ({@code lambda:evaluateExpression}).
 *
 * <p><b>Where the two forms still differ</b>: where the Lambda-backed state fails with
 * {@code States.Runtime} (a path missing from the input), JSONata has no value: arithmetic on it has
 * none, and a ResultPath member is then left out; a ResultPath into a value that is not an object fails
 * with {@code States.QueryEvaluationError} instead of {@code States.ResultPathMatchFailure}; a path
 * that crosses an array maps over it in JSONata; a value of the wrong type where a number or a string
 * is needed (a string, boolean, {@code null}, array or object in arithmetic or a comparison, {@code +}
 * on two paths that hold strings, {@code .length} of a number) and a division by zero make JSONata fail
 * with {@code States.QueryEvaluationError} where JavaScript converts silently (and {@code Infinity}
 * becomes {@code null}); {@code ===} compares objects and arrays by value in JSONata (by
 * reference, so always false, in the evaluator); {@code .length} counts code points in JSONata,
 * UTF-16 units in JavaScript; and {@code $.items.length} is the length of {@code $.items} here, where
 * the CDK sends it as the path of a field named {@code length}.
 *
 * <p>IAM: none.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class EvaluateExpressionInline implements Task {

    /** The provider type id. */
    public static final String TYPE_ID = "jsonata:evaluateExpression";

    /** A Pass state has no integration pattern; it is reported as request/response. */
    public static final Set<IntegrationPattern> PATTERNS = EnumSet.of(IntegrationPattern.REQUEST_RESPONSE);

    private final String stateName;
    private final String expression;
    private final StateOptions options;
    private final String value;
    private final String output;

    private EvaluateExpressionInline(Builder b) {
        this.stateName = b.stateName;
        if (stateName == null || stateName.isEmpty() || stateName.codePointCount(0, stateName.length()) > 80) {
            throw new TaskValidationException(ErrorCode.INVALID_STATE_NAME, stateName, null,
                    "a state name must have 1 to 80 characters");
        }
        if (b.integrationPattern != null && b.integrationPattern != IntegrationPattern.REQUEST_RESPONSE) {
            throw invalid(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "integrationPattern",
                    TYPE_ID + " renders a Pass state, which has no " + b.integrationPattern + " pattern");
        }
        this.options = b.options.build();
        this.expression = b.expression;
        if (expression == null) {
            throw invalid(ErrorCode.MISSING_PROPERTY, "expression", "is required");
        }
        if (expression.isBlank()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "expression", "must not be blank");
        }
        checkOptions();
        String root = JsonPathSteps.INPUT;
        JsonPath inputPath = options.inputPath();
        if (inputPath != null) {
            root = JsonPathSteps.jsonata(JsonPathSteps.INPUT, steps(inputPath, "InputPath", true));
        }
        try {
            this.value = InlineExpressionCompiler.compile(expression, root);
        } catch (TaskValidationException e) {
            throw e.locate(stateName, null);
        }
        this.output = output();
    }

    private void checkOptions() {
        refuse(!options.retry().isEmpty(), "Retry", "a Pass state has no Retry (nothing in it can fail transiently)");
        refuse(!options.catchers().isEmpty(), "Catch",
                "a Pass state has no Catch; use lambda:evaluateExpression to catch evaluation errors");
        refuse(options.timeout() != null, "TimeoutSeconds", "a Pass state has no timeout");
        refuse(options.heartbeat() != null, "HeartbeatSeconds", "a Pass state has no heartbeat");
        refuse(options.credentials() != null, "Credentials", "a Pass state assumes no role");
        refuse(options.resultSelector() != null, "ResultSelector",
                "is not compiled; shape the value in the expression itself");
        refuse(options.output() != null, "Output",
                "is written by this task from the expression and ResultPath/OutputPath; use resultPath instead");
        if (options.queryLanguage() == QueryLanguage.JSONPATH) {
            throw invalid(ErrorCode.QUERY_LANGUAGE_MISMATCH, "QueryLanguage",
                    TYPE_ID + " renders a JSONata Pass state; leave QueryLanguage out or set it to JSONata");
        }
        try {
            Values.check(options.assign(), QueryLanguage.JSONATA, "Assign");
        } catch (TaskValidationException e) {
            throw e.locate(stateName, null);
        }
    }

    private void refuse(boolean present, String field, String detail) {
        if (present) {
            throw invalid(ErrorCode.INVALID_STATE, field, detail);
        }
    }

    private List<JsonPathSteps.Step> steps(JsonPath path, String field, boolean indexesAllowed) {
        if (path.isDiscard()) {
            throw invalid(ErrorCode.INVALID_PATH, field,
                    "null (an empty input) leaves the expression no paths to read; remove InputPath or give a path");
        }
        List<JsonPathSteps.Step> steps;
        try {
            steps = JsonPathSteps.parse(path.path());
            for (JsonPathSteps.Step s : steps) {
                if (!s.isIndex()) {
                    JsonPathSteps.name(s.name());
                }
            }
        } catch (TaskValidationException e) {
            throw invalid(ErrorCode.INVALID_PATH, field, e.detail() + "; " + field + " must be a reference path"
                    + " such as $.a.b to be compiled");
        }
        if (!indexesAllowed && steps.stream().anyMatch(JsonPathSteps.Step::isIndex)) {
            throw invalid(ErrorCode.INVALID_PATH, field, "\"" + path.path() + "\" writes into an array element,"
                    + " which a JSONata Output cannot do faithfully; give a path of field names");
        }
        return steps;
    }

    private String output() {
        JsonPath resultPath = options.resultPath();
        String merged;
        if (resultPath == null) {
            merged = value;
        } else if (resultPath.isDiscard()) {
            merged = JsonPathSteps.INPUT;
        } else {
            merged = merge(JsonPathSteps.INPUT, steps(resultPath, "ResultPath", false), 0);
        }
        JsonPath outputPath = options.outputPath();
        if (outputPath == null) {
            return "{% " + merged + " %}";
        }
        if (outputPath.isDiscard()) {
            return null;
        }
        List<JsonPathSteps.Step> steps = steps(outputPath, "OutputPath", true);
        if (steps.isEmpty()) {
            return "{% " + merged + " %}";
        }
        String from = merged.equals(JsonPathSteps.INPUT) ? merged : "(" + merged + ")";
        return "{% " + JsonPathSteps.jsonata(from, steps) + " %}";
    }

    /** {@code $merge([base, {"name": <the rest>}])}, one level per step, as ResultPath writes into the input. */
    private String merge(String base, List<JsonPathSteps.Step> steps, int i) {
        if (i == steps.size()) {
            return value;
        }
        String name = steps.get(i).name();
        String inner = merge(JsonPathSteps.jsonata(base, List.of(steps.get(i))), steps, i + 1);
        return "$merge([" + base + ", {" + TextNode.valueOf(name) + ": " + inner + "}])";
    }

    private TaskValidationException invalid(ErrorCode code, String property, String detail) {
        return new TaskValidationException(code, stateName, property, detail);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the JavaScript expression, as given */
    public String expression() {
        return expression;
    }

    /** @return the expression compiled to JSONata (without {@code {% %}}), before ResultPath and OutputPath */
    public String compiledExpression() {
        return value;
    }

    @Override
    public String stateName() {
        return stateName;
    }

    @Override
    public String typeId() {
        return TYPE_ID;
    }

    @Override
    public IntegrationPattern integrationPattern() {
        return IntegrationPattern.REQUEST_RESPONSE;
    }

    /** @return {@link QueryLanguage#JSONATA}: the state is always rendered as JSONata */
    @Override
    public QueryLanguage queryLanguage() {
        return QueryLanguage.JSONATA;
    }

    @Override
    public StateOptions options() {
        return options;
    }

    /**
     * @param context not used: the state names no resource
     * @return the {@code Pass} state: Type, QueryLanguage, Comment, Output, Assign
     */
    @Override
    public ObjectNode toState(RenderContext context) {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        state.put("Type", "Pass");
        options.writeHeader(state, true, QueryLanguage.JSONATA);
        if (output == null) {
            state.putObject("Output");
        } else {
            state.put("Output", output);
        }
        if (options.assign() != null) {
            state.set("Assign", Values.toJson(options.assign(), QueryLanguage.JSONATA));
        }
        return state;
    }

    /**
     * @param context not used
     * @return none: a Pass state calls no service
     */
    @Override
    public List<PolicyStatement> policyStatements(RenderContext context) {
        return List.of();
    }

    @Override
    public Task withOptions(StateOptions newOptions) {
        return toBuilder().options(newOptions).build();
    }

    /** @return a builder holding this task's expression and options */
    public Builder toBuilder() {
        Builder b = new Builder(stateName);
        b.expression = expression;
        b.options = options.toBuilder();
        return b;
    }

    @Override
    public String toString() {
        return "EvaluateExpressionInline[" + stateName + "]";
    }

    /**
     * Builds an {@link EvaluateExpressionInline}. It has the common setters a Pass state can use; the
     * others are refused in {@link #build()} when they arrive through {@link #options(StateOptions)} or
     * {@link #apply(TaskRequest)}.
     */
    public static final class Builder {
        private String stateName;
        private String expression;
        private IntegrationPattern integrationPattern;
        private StateOptions.Builder options = StateOptions.builder();

        private Builder(String stateName) {
            this.stateName = stateName;
        }

        /**
         * Applies a workflow file's state name, pattern and common options (its query language does
         * not matter: the state is always rendered as JSONata).
         *
         * @param request the request
         * @return this builder
         */
        public Builder apply(TaskRequest request) {
            this.stateName = request.stateName();
            this.integrationPattern = request.integrationPattern();
            this.options = request.options().toBuilder();
            return this;
        }

        /** @param name the state's name @return this builder */
        public Builder stateName(String name) {
            this.stateName = name;
            return this;
        }

        /** @param expression the JavaScript expression, such as {@code $.a + $.b} @return this builder */
        public Builder expression(String expression) {
            this.expression = expression;
            return this;
        }

        /** @param pattern only {@link IntegrationPattern#REQUEST_RESPONSE} is accepted @return this builder */
        public Builder integrationPattern(IntegrationPattern pattern) {
            this.integrationPattern = pattern;
            return this;
        }

        /** @param options all common options at once, replacing those set @return this builder */
        public Builder options(StateOptions options) {
            this.options = options.toBuilder();
            return this;
        }

        /** @param comment a comment @return this builder */
        public Builder comment(String comment) {
            options.comment(comment);
            return this;
        }

        /** @param path InputPath, a reference path the expression's paths start from @return this builder */
        public Builder inputPath(String path) {
            options.inputPath(path);
            return this;
        }

        /** @param path ResultPath, where the value goes in the input ({@code $.sum}) @return this builder */
        public Builder resultPath(String path) {
            options.resultPath(path);
            return this;
        }

        /** @param path ResultPath, or {@link JsonPath#DISCARD} to pass the input through @return this builder */
        public Builder resultPath(JsonPath path) {
            options.resultPath(path);
            return this;
        }

        /** @param path OutputPath, a reference path @return this builder */
        public Builder outputPath(String path) {
            options.outputPath(path);
            return this;
        }

        /** @param path OutputPath, or {@link JsonPath#DISCARD} for {@code {}} @return this builder */
        public Builder outputPath(JsonPath path) {
            options.outputPath(path);
            return this;
        }

        /** @param assign variables to assign; values may be JSONata expressions @return this builder */
        public Builder assign(Map<String, ?> assign) {
            options.assign(assign == null ? null : ObjectValue.of(assign));
            return this;
        }

        /**
         * Builds and checks the task, compiling the expression.
         *
         * @return the task
         * @throws TaskValidationException naming the state and the property when something is invalid
         *         or the expression cannot be compiled faithfully
         */
        public EvaluateExpressionInline build() {
            return new EvaluateExpressionInline(this);
        }
    }
}
