package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.provider.support.LambdaFunctions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates a JavaScript expression over state paths in a Lambda function, as the AWS CDK's
 * {@code EvaluateExpression}: {@code $.waitMilliseconds / 1000},
 * {@code `Now waiting ${$.waitSeconds} seconds...`}.
 *
 * <pre>{@code
 * EvaluateExpression.builder("Convert to seconds")
 *     .expression("$.waitMilliseconds / 1000")
 *     .functionArn("arn:aws:lambda:us-east-1:123456789012:function:evaluate-expression")
 *     .resultPath("$.waitSeconds")
 *     .build();
 * }</pre>
 *
 * <p>The CDK creates the evaluator function itself; sfn-tasks renders ASL and IAM only, so you deploy
 * the evaluator and give its ARN. Its source ships with this module ({@link #handlerSource()}: the
 * CDK's handler written out readably; runtime Node.js 20.x or later, handler {@code index.handler}, no
 * dependencies, no permissions). For a state without any function, see
 * {@link EvaluateExpressionInline} ({@code jsonata:evaluateExpression}).
 *
 * <p>Properties:
 * <ul>
 *   <li>{@code expression} &mdash; a JavaScript expression; every {@code $.x} or {@code $[0]} path in it
 *       (the CDK's pattern {@code \$[.\[][.a-zA-Z[\]0-9-_]+}) is resolved by Step Functions and sent to
 *       the function, which replaces the path with the value's JSON and {@code eval}s the result.</li>
 *   <li>{@code functionArn} &mdash; the deployed evaluator: a function ARN (qualified or not), a name,
 *       {@code name:alias}, or a partial ARN ({@code 123456789012:function:name}). A text that is one
 *       placeholder as a whole ({@code ${Evaluator.Arn}}, {@code ${Token[TOKEN.31]}}) is the function's ARN (what
 *       the CDK passes, {@code functionArn}); one mixing literal parts with placeholders is a name or an ARN, read
 *       by its literal parts ({@link LambdaInvoke} says how). An IAM wildcard in any position is refused.</li>
 *   <li>{@code runtime}, {@code architecture} &mdash; as in the CDK ({@code nodejs20.x},
 *       {@code arm64}), describing the function you deployed. They are checked and kept but change
 *       nothing in the rendered state: the CDK uses them only to create the function.</li>
 * </ul>
 *
 * <p>Rendered as the CDK renders it: Resource = the function ARN (the output is the value alone), and
 * Parameters {@code {"expression": ..., "expressionAttributeValues": {"$.a.$": "$.a", ...}}}, one member
 * per distinct path in order of first appearance. The CDK renders JSONPath only; in a JSONata state
 * this task writes Arguments with {@code "$.a": "{% $states.input.a %}"}, which the same function
 * reads alike. Only request/response is supported, as in the CDK (the Resource is the function).
 *
 * <p>Faithful to the CDK, including its quirks: a path runs as far as the pattern allows, so
 * {@code $.items.length} is sent as one JSONPath (a field named {@code length}; write
 * {@code ($.items).length}), {@code $.a-1} is the field {@code a-1} (write {@code $.a - 1}), and
 * {@code $$} context paths are not substituted.
 *
 * <p>IAM: {@code lambda:InvokeFunction} on the function ARN and {@code <arn>:*}, as the CDK grants;
 * only the qualified ARN when a version or alias is given (narrower than the CDK, whose function is
 * never qualified).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html">Invoke Lambda with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class EvaluateExpression extends ServiceTask {

    /** The provider type id. */
    public static final String TYPE_ID = "lambda:evaluateExpression";

    /** Request/response only: the Resource is the function itself. */
    public static final Set<IntegrationPattern> PATTERNS = EnumSet.of(IntegrationPattern.REQUEST_RESPONSE);

    /** Where {@link #handlerSource()} reads the handler from, next to this class. */
    static final String HANDLER_RESOURCE = "evaluate-expression-handler/index.js";

    private static final Pattern NAME = Pattern.compile(
            "(arn:[^:]+:lambda:[^:]*:\\d{12}:function:|\\d{12}:function:)?[a-zA-Z0-9_-]{1,140}(:(\\$LATEST|[a-zA-Z0-9_-]+))?");
    private static final Pattern RUNTIME = Pattern.compile("nodejs\\d+\\.x");
    private static final Set<String> ARCHITECTURES = Set.of("x86_64", "arm64");

    private final String expression;
    private final String functionArn;
    private final String runtime;
    private final String architecture;
    private final List<String> paths;

    private EvaluateExpression(Builder b) {
        super(b, TYPE_ID, PATTERNS);
        this.expression = require(b.expression, "expression");
        this.functionArn = require(b.functionArn, "functionArn");
        this.runtime = b.runtime;
        this.architecture = b.architecture;
        if (expression.isBlank()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "expression", "must not be blank");
        }
        if (!Placeholders.contains(functionArn) && !NAME.matcher(functionArn).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "functionArn",
                    "must be the evaluator's function ARN, name, name:alias or partial ARN (123456789012:function:name), was \""
                            + functionArn + "\"");
        }
        LambdaFunctions.check(functionArn, "functionArn", true);
        if (runtime != null && !RUNTIME.matcher(runtime).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "runtime",
                    "must be a Node.js runtime such as nodejs20.x (the evaluator is JavaScript), was \"" + runtime + "\"");
        }
        if (architecture != null && !ARCHITECTURES.contains(architecture)) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "architecture", "must be x86_64 or arm64, was \"" + architecture + "\"");
        }
        this.paths = paths(expression);
    }

    private List<String> paths(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = InlineExpressionCompiler.CDK_PATH.matcher(text);
        while (m.find()) {
            String path = m.group();
            try {
                // The check the CDK's JsonPath.stringAt makes; a JSONata state also needs the path in JSONata.
                JsonPath.of(path);
                if (queryLanguage() == QueryLanguage.JSONATA) {
                    JsonPathSteps.jsonata(JsonPathSteps.INPUT, JsonPathSteps.parse(path));
                }
            } catch (TaskValidationException e) {
                throw invalid(ErrorCode.INVALID_PATH, "expression", "holds " + e.detail());
            }
            found.add(path);
        }
        return List.copyOf(found);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /**
     * The evaluator to deploy: the CDK's handler written out readably (Node.js 20.x or later, handler
     * {@code index.handler}, no dependencies).
     *
     * @return the source of {@code index.js}
     */
    public static String handlerSource() {
        try (InputStream in = EvaluateExpression.class.getResourceAsStream(HANDLER_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + HANDLER_RESOURCE));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JavaScript expression */
    public String expression() {
        return expression;
    }

    /** @return the evaluator function (ARN, name or partial ARN) */
    public String functionArn() {
        return functionArn;
    }

    /** @return the runtime you deployed the evaluator with, or {@code null} */
    public String runtime() {
        return runtime;
    }

    /** @return the evaluator's architecture, or {@code null} */
    public String architecture() {
        return architecture;
    }

    /** @return the distinct paths of the expression that are sent to the function, in order */
    public List<String> paths() {
        return paths;
    }

    @Override
    protected String resource(RenderContext context) {
        return LambdaInvoke.functionArn(functionArn, context);
    }

    @Override
    protected Value parameters(RenderContext context) {
        ObjectValue.Builder values = ObjectValue.builder();
        for (String path : paths) {
            values.put(path, queryLanguage() == QueryLanguage.JSONATA
                    ? JsonataExpression.of(JsonPathSteps.jsonata(JsonPathSteps.INPUT, JsonPathSteps.parse(path)))
                    : JsonPath.of(path));
        }
        return ObjectValue.builder()
                .put("expression", expression)
                .put("expressionAttributeValues", values.build())
                .build();
    }

    @Override
    protected List<PolicyStatement> grants(RenderContext context) {
        String arn = LambdaInvoke.functionArn(functionArn, context);
        return qualified() ? List.of(PolicyStatement.allow("lambda:InvokeFunction", arn))
                : List.of(PolicyStatement.allow("lambda:InvokeFunction", arn, arn + ":*"));
    }

    private boolean qualified() {
        return LambdaFunctions.qualifier(functionArn) != null;
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this);
        b.expression = expression;
        b.functionArn = functionArn;
        b.runtime = runtime;
        b.architecture = architecture;
        return b;
    }

    /** Builds an {@link EvaluateExpression}. */
    public static final class Builder extends TaskBuilder<Builder, EvaluateExpression> {
        private String expression;
        private String functionArn;
        private String runtime;
        private String architecture;

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param expression the JavaScript expression, such as {@code $.a + $.b} @return this builder */
        public Builder expression(String expression) {
            this.expression = expression;
            return this;
        }

        /** @param functionArn the deployed evaluator's ARN or name @return this builder */
        public Builder functionArn(String functionArn) {
            this.functionArn = functionArn;
            return this;
        }

        /** @param runtime the evaluator's runtime, such as {@code nodejs20.x} (descriptive) @return this builder */
        public Builder runtime(String runtime) {
            this.runtime = runtime;
            return this;
        }

        /** @param architecture {@code x86_64} or {@code arm64} (descriptive) @return this builder */
        public Builder architecture(String architecture) {
            this.architecture = architecture;
            return this;
        }

        @Override
        protected EvaluateExpression newTask() {
            return new EvaluateExpression(this);
        }
    }
}
