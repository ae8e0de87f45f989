package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;
import io.github.sfntasks.provider.support.LambdaFunctions;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Invokes a Lambda function ({@code arn:<partition>:states:::lambda:invoke}), as the AWS CDK's
 * {@code LambdaInvoke}.
 *
 * <pre>{@code
 * LambdaInvoke.builder("Invoke with callback")
 *     .lambdaFunction("arn:aws:lambda:us-east-1:123456789012:function:my-fn")
 *     .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
 *     .payload(TaskInput.fromObject(Map.of("token", JsonPath.taskToken())))
 *     .build();
 * }</pre>
 *
 * <p>Properties (workflow-file names in brackets):
 * <ul>
 *   <li>{@code lambdaFunction} &mdash; the function: an ARN (qualified or not), a name, {@code name:alias},
 *       or a partial ARN ({@code 123456789012:function:name}); a path chooses it at run time.
 *       Where the CDK takes an {@code IFunction}, we take what the Invoke API's {@code FunctionName} takes.
 *       Placeholders are values: a text that is one placeholder as a whole ({@code ${ValidateFunction.Arn}},
 *       {@code ${Token[TOKEN.31]}}) is the function's ARN, as the CDK passes {@code functionArn}, and is rendered
 *       and granted as it is; a text mixing literal parts with placeholders is a name ({@code validate-${Stage}},
 *       the ARN built around it) or, starting {@code arn:}, an ARN. An IAM wildcard ({@code *}, {@code ?}) in any
 *       position is refused.</li>
 *   <li>{@code payload} &mdash; the input sent to the function; default the whole state input
 *       ({@code $} / {@code {% $states.input %}}).</li>
 *   <li>{@code invocationType} &mdash; {@link LambdaInvocationType}; default: Lambda's (RequestResponse).</li>
 *   <li>{@code clientContext} &mdash; up to 3,583 bytes of base64 data for the function's context.</li>
 *   <li>{@code qualifier} &mdash; a version or alias.</li>
 *   <li>{@code payloadResponseOnly} &mdash; use the function ARN as the Resource, so the output is the
 *       function's response alone; conflicts with an explicit integration pattern, invocationType,
 *       clientContext and qualifier.</li>
 *   <li>{@code retryOnServiceExceptions} &mdash; default {@code true}: retry Lambda's transient service
 *       errors every 2 s, back-off 2, 6 attempts, before any retrier of yours.</li>
 * </ul>
 *
 * <p>IAM: {@code lambda:InvokeFunction} on the function ARN and its qualified forms ({@code arn},
 * {@code arn:*}), as the CDK grants. Where the qualifier is known (a qualified ARN or
 * {@code qualifier}), only that qualified ARN is granted &mdash; narrower than the CDK, which grants
 * the function and all its versions. A function chosen at run time gets
 * {@code arn:<partition>:lambda:<region>:<account>:function:*}, with a {@code WIDENED_GRANT} warning.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html">Invoke Lambda with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class LambdaInvoke extends ServiceTask {

    /** The provider type id. */
    public static final String TYPE_ID = "lambda:invoke";

    /** The patterns Step Functions supports for Lambda. */
    public static final Set<IntegrationPattern> PATTERNS =
            EnumSet.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN);

    /** The errors of the built-in retrier, as the AWS CDK v2 lists them. */
    public static final List<String> SERVICE_EXCEPTIONS = io.github.sfntasks.provider.support.Retriers.LAMBDA_SERVICE_EXCEPTIONS;

    private static final Retrier SERVICE_RETRIER = io.github.sfntasks.provider.support.Retriers.lambdaServiceExceptions();

    private static final Pattern QUALIFIER = Pattern.compile("[a-zA-Z0-9$_-]{1,128}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");
    private static final Pattern NAME = Pattern.compile(
            "(arn:[^:]+:lambda:[^:]*:\\d{12}:function:|\\d{12}:function:)?[a-zA-Z0-9_-]{1,140}(:(\\$LATEST|[a-zA-Z0-9_-]+))?");

    private final Value lambdaFunction;
    private final TaskInput payload;
    private final LambdaInvocationType invocationType;
    private final String clientContext;
    private final String qualifier;
    private final boolean payloadResponseOnly;
    private final boolean retryOnServiceExceptions;

    private LambdaInvoke(Builder b) {
        super(b, TYPE_ID, PATTERNS);
        this.lambdaFunction = require(b.lambdaFunction, "lambdaFunction");
        this.payload = b.payload;
        this.invocationType = b.invocationType;
        this.clientContext = b.clientContext;
        this.qualifier = b.qualifier;
        this.payloadResponseOnly = b.payloadResponseOnly;
        this.retryOnServiceExceptions = b.retryOnServiceExceptions;

        if (lambdaFunction instanceof Literal l) {
            if (!l.isText() || !Placeholders.contains(l.text()) && !NAME.matcher(l.text()).matches()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "lambdaFunction",
                        "must be a function name, name:alias, function ARN or partial ARN"
                                + " (123456789012:function:name), was " + l);
            }
            LambdaFunctions.check(l.text(), "lambdaFunction", true);
        } else {
            check(lambdaFunction, "lambdaFunction");
        }
        if (payload != null) {
            check(payload.value(), "payload");
        }
        if (qualifier != null && !QUALIFIER.matcher(qualifier).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "qualifier",
                    "must be a version or alias of 1 to 128 letters, digits, $, _ or -, was \"" + qualifier + "\"");
        }
        if (qualifier != null && lambdaFunction instanceof Literal l && qualifierOf(l.text()) != null) {
            throw invalid(ErrorCode.CONFLICTING_PROPERTIES, "qualifier",
                    "lambdaFunction is already qualified (" + l.text() + "); give the qualifier once");
        }
        if (clientContext != null) {
            if (clientContext.length() > 3583 || clientContext.length() % 4 != 0 || !BASE64.matcher(clientContext).matches()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "clientContext",
                        "must be base64-encoded data of at most 3,583 bytes");
            }
        }
        if (payloadResponseOnly) {
            if (b.explicitIntegrationPattern() != null || invocationType != null || clientContext != null || qualifier != null) {
                throw invalid(ErrorCode.CONFLICTING_PROPERTIES, "payloadResponseOnly",
                        "cannot be used with integrationPattern, invocationType, clientContext or qualifier;"
                                + " the Resource is then the function ARN itself");
            }
            if (!(lambdaFunction instanceof Literal)) {
                throw invalid(ErrorCode.CONFLICTING_PROPERTIES, "payloadResponseOnly",
                        "needs a static lambdaFunction: the function ARN becomes the Resource");
            }
            if (payload != null && Values.asObject(payload.value()) == null
                    && !(payload.value() instanceof JsonataExpression)) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "payload",
                        "with payloadResponseOnly the payload becomes the state's Parameters and must be an object");
            }
        }
        requireTaskTokenIfCallback(payload == null ? null : payload.value(), "payload");
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the function (name, ARN, partial ARN, or a path) */
    public Value lambdaFunction() {
        return lambdaFunction;
    }

    /** @return the payload, or {@code null} for the whole state input */
    public TaskInput payload() {
        return payload;
    }

    /** @return the invocation type, or {@code null} */
    public LambdaInvocationType invocationType() {
        return invocationType;
    }

    /** @return the client context, or {@code null} */
    public String clientContext() {
        return clientContext;
    }

    /** @return the qualifier, or {@code null} */
    public String qualifier() {
        return qualifier;
    }

    /** @return whether the Resource is the function ARN itself */
    public boolean payloadResponseOnly() {
        return payloadResponseOnly;
    }

    /** @return whether Lambda's service exceptions are retried */
    public boolean retryOnServiceExceptions() {
        return retryOnServiceExceptions;
    }

    @Override
    protected String resource(RenderContext context) {
        if (payloadResponseOnly) {
            return functionArn(((Literal) lambdaFunction).text(), context);
        }
        return context.integrationArn(TYPE_ID, integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        if (payloadResponseOnly) {
            return payload == null ? null : payload.value();
        }
        Value input = payload != null ? payload.value()
                : queryLanguage() == QueryLanguage.JSONATA ? JsonataExpression.parse("{% $states.input %}")
                : JsonPath.entirePayload();
        return ObjectValue.builder()
                .put("FunctionName", lambdaFunction)
                .put("Payload", input)
                .putIfNotNull("InvocationType", invocationType == null ? null : invocationType.apiValue())
                .putIfNotNull("ClientContext", clientContext)
                .putIfNotNull("Qualifier", qualifier)
                .build();
    }

    @Override
    protected void grants(Grants g) {
        if (!(lambdaFunction instanceof Literal l)) {
            g.allow("lambda:InvokeFunction", g.resource("lambdaFunction", lambdaFunction, LambdaFunctions.FUNCTION));
            return;
        }
        g.allow(List.of("lambda:InvokeFunction"), LambdaFunctions.invokeResources(l.text(), qualifier, g.context()));
    }

    @Override
    protected List<Retrier> builtInRetriers() {
        return retryOnServiceExceptions ? List.of(SERVICE_RETRIER) : List.of();
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this);
        b.lambdaFunction = lambdaFunction;
        b.payload = payload;
        b.invocationType = invocationType;
        b.clientContext = clientContext;
        b.qualifier = qualifier;
        b.payloadResponseOnly = payloadResponseOnly;
        b.retryOnServiceExceptions = retryOnServiceExceptions;
        return b;
    }

    /**
     * The full ARN of a function given by ARN, partial ARN or name.
     *
     * @param function what the user gave
     * @param context for names and partial ARNs
     * @return the ARN, qualified when the input was
     */
    static String functionArn(String function, RenderContext context) {
        return LambdaFunctions.arn(function, context);
    }

    /** @return the qualifier part of a name or ARN ({@code fn:alias}), or {@code null} */
    static String qualifierOf(String function) {
        return LambdaFunctions.qualifier(function);
    }

    /** Builds a {@link LambdaInvoke}. */
    public static final class Builder extends TaskBuilder<Builder, LambdaInvoke> {
        private Value lambdaFunction;
        private TaskInput payload;
        private LambdaInvocationType invocationType;
        private String clientContext;
        private String qualifier;
        private boolean payloadResponseOnly;
        private boolean retryOnServiceExceptions = true;

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param function a name, name:alias, ARN or partial ARN @return this builder */
        public Builder lambdaFunction(String function) {
            this.lambdaFunction = function == null ? null : Literal.of(function);
            return this;
        }

        /** @param function the function chosen at run time (a path, intrinsic or expression) @return this builder */
        public Builder lambdaFunction(Value function) {
            this.lambdaFunction = function;
            return this;
        }

        /** @param payload the input sent to the function @return this builder */
        public Builder payload(TaskInput payload) {
            this.payload = payload;
            return this;
        }

        /** @param type the invocation type @return this builder */
        public Builder invocationType(LambdaInvocationType type) {
            this.invocationType = type;
            return this;
        }

        /** @param context base64 client context @return this builder */
        public Builder clientContext(String context) {
            this.clientContext = context;
            return this;
        }

        /** @param qualifier a version or alias @return this builder */
        public Builder qualifier(String qualifier) {
            this.qualifier = qualifier;
            return this;
        }

        /** @param only whether the Resource is the function ARN itself @return this builder */
        public Builder payloadResponseOnly(boolean only) {
            this.payloadResponseOnly = only;
            return this;
        }

        /** @param retry whether to retry Lambda's service exceptions (default true) @return this builder */
        public Builder retryOnServiceExceptions(boolean retry) {
            this.retryOnServiceExceptions = retry;
            return this;
        }

        @Override
        protected LambdaInvoke newTask() {
            return new LambdaInvoke(this);
        }
    }
}
