package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.provider.support.LambdaFunctions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Calls an AWS API action in another region, as the AWS CDK v2's {@code CallAwsServiceCrossRegion}:
 * the state invokes a Lambda function (the CDK's cross-region handler) that makes the call with the
 * AWS SDK for JavaScript v3 in the given region.
 *
 * <pre>{@code
 * CallAwsServiceCrossRegion.builder("GetObject")
 *     .functionArn("arn:aws:lambda:us-east-1:123456789012:function:cross-region-aws-sdk")
 *     .region("ap-northeast-1")
 *     .service("s3")
 *     .action("getObject")
 *     .parameters(Map.of("Bucket", "my-bucket", "Key", JsonPath.stringAt("$.key")))
 *     .iamResources("arn:aws:s3:::my-bucket/*")
 *     .build();
 * }</pre>
 *
 * <p>The CDK creates the handler function itself; sfn-tasks renders ASL and IAM only, so you deploy
 * the handler and give its ARN. Its source ships with this module ({@link #handlerSource()}, the CDK's
 * handler written out readably; Node.js 20.x or later, handler {@code index.handler}, timeout 30 s).
 * In a workflow file: {@code "Provider": "aws-sdk:crossRegion"} (with {@code service} and
 * {@code action} properties) or {@code "aws-sdk:crossRegion:<service>:<action>"}; the type id cannot
 * clash with {@code aws-sdk:<service>:<action>} because service names are lowercase.
 *
 * <p>Properties:
 * <ul>
 *   <li>{@code functionArn} &mdash; the deployed handler: a function ARN (qualified or not) or a
 *       function name, which is made an ARN in the render context's partition, region and account. A text that
 *       is one placeholder as a whole ({@code ${CrossRegionHandler.Arn}}, {@code ${Token[TOKEN.31]}}) is the
 *       function ARN (what the CDK passes, {@code functionArn}), rendered and granted as it is; one mixing literal
 *       parts with placeholders is a name ({@code handler-${Stage}}) or, starting {@code arn:}, an ARN. An IAM
 *       wildcard in any position is refused.</li>
 *   <li>{@code region} &mdash; the region to call, such as {@code ap-northeast-1}; a path or
 *       expression chooses it at run time.</li>
 *   <li>{@code endpoint} &mdash; an API endpoint URL to use instead of the region's. A path or
 *       expression is accepted, as in the CDK, but then whoever starts an execution chooses where the
 *       signed request goes (the CDK warns about it): use one only if you trust every principal that
 *       can start executions.</li>
 *   <li>{@code service} &mdash; the AWS SDK for JavaScript v3 client name ({@code s3},
 *       {@code cloudwatch-logs}, {@code elastic-load-balancing-v2}): the handler loads
 *       {@code @aws-sdk/client-<service>}.</li>
 *   <li>{@code action} &mdash; the API action in camelCase ({@code getObject}).</li>
 *   <li>{@code parameters} &mdash; the request, in the v3 SDK's form (PascalCase names); may hold paths,
 *       intrinsic functions or JSONata expressions.</li>
 *   <li>{@code iamResources}, {@code iamAction}, {@code additionalIamStatements} &mdash; as for
 *       {@link CallAwsService}, but they are what the <em>handler function's</em> role needs
 *       ({@link #handlerPolicyStatements()}): the CDK adds them to the function it creates, not to the
 *       state machine.</li>
 *   <li>{@code retryOnServiceExceptions} &mdash; default {@code true}: retry Lambda's transient service
 *       errors every 2 s, back-off 2, 6 attempts, before any retrier of yours.</li>
 * </ul>
 *
 * <p>Rendered as the CDK renders it: request/response invokes the function directly (Resource = the
 * function ARN, Parameters = {@code {region, endpoint, action, service, parameters}}, so the output
 * is the API response); {@code .waitForTaskToken} goes through
 * {@code arn:<partition>:states:::lambda:invoke.waitForTaskToken} with that object as the
 * {@code Payload} (the token must travel in {@code parameters}, to whatever will call
 * {@code SendTaskSuccess}). RUN_JOB is refused, as in the CDK.
 *
 * <p>IAM (state machine role): {@code lambda:InvokeFunction} on the function ARN and {@code <arn>:*}
 * (its versions and aliases), exactly the CDK's grant; nothing else. For a qualified ARN only that
 * ARN is granted.
 *
 * <p>Differences from the CDK: the handler is yours to deploy (the CDK deploys a singleton function);
 * the handler's statements name the action in PascalCase and map more v3 client names to IAM prefixes
 * (see {@link CallAwsService}); a wildcard {@code iamAction} is refused.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class CallAwsServiceCrossRegion extends AwsSdkCall {

    /** The provider type id; workflow files may also write {@code aws-sdk:crossRegion:<service>:<action>}. */
    public static final String TYPE_ID = "aws-sdk:crossRegion";

    /** The patterns this task supports (as the CDK: no RUN_JOB; unmodifiable). */
    public static final Set<IntegrationPattern> PATTERNS = AwsSdkCall.PATTERNS;

    /** The errors of the built-in retrier, as the AWS CDK v2 lists them. */
    public static final List<String> SERVICE_EXCEPTIONS = io.github.sfntasks.provider.support.Retriers.LAMBDA_SERVICE_EXCEPTIONS;

    /** Where {@link #handlerSource()} reads the handler from, next to this class. */
    static final String HANDLER_RESOURCE = "cross-region-aws-sdk-handler/index.js";

    private static final Retrier SERVICE_RETRIER = io.github.sfntasks.provider.support.Retriers.lambdaServiceExceptions();

    /** An AWS SDK for JavaScript v3 client name: lowercase words joined by {@code -}. */
    static final String CLIENT_NAME_REGEX = "[a-z0-9]+(-[a-z0-9]+)*";
    /** A region code such as {@code ap-northeast-1}. */
    static final String REGION_REGEX = "[a-z]{2}(-[a-z]+)+-\\d+";
    /** An http(s) URL without white space (as {@link String#isBlank()} counts it) and with a host. */
    static final String ENDPOINT_REGEX = "https?://[^" + WHITESPACE + "/?#]+[^" + WHITESPACE + "]*";
    /** A function ARN (qualified or not) or a function name, with an optional qualifier. */
    static final String FUNCTION_REGEX =
            "(arn:[^:]+:lambda:[^:]*:\\d{12}:function:)?[a-zA-Z0-9_-]{1,140}(:(\\$LATEST|[a-zA-Z0-9_-]+))?";

    private static final Pattern CLIENT_NAME = Pattern.compile(CLIENT_NAME_REGEX);
    private static final Pattern REGION = Pattern.compile(REGION_REGEX);
    private static final Pattern ENDPOINT = Pattern.compile(ENDPOINT_REGEX);
    private static final Pattern FUNCTION = Pattern.compile(FUNCTION_REGEX);

    private final String functionArn;
    private final Value region;
    private final Value endpoint;
    private final boolean retryOnServiceExceptions;

    private CallAwsServiceCrossRegion(Builder b) {
        super(b, TYPE_ID, CLIENT_NAME,
                "must be an AWS SDK for JavaScript v3 client name, lowercase words joined by '-' (s3, cloudwatch-logs)",
                "the handler function's role");
        this.functionArn = require(b.functionArn, "functionArn");
        this.region = require(b.region, "region");
        this.endpoint = b.endpoint;
        this.retryOnServiceExceptions = b.retryOnServiceExceptions;
        if (!Placeholders.contains(functionArn) && !FUNCTION.matcher(functionArn).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "functionArn",
                    "must be the handler's function ARN or name, was \"" + functionArn + "\"");
        }
        LambdaFunctions.check(functionArn, "functionArn", false);
        checkPattern(region, "region", REGION, "must be a region such as ap-northeast-1");
        if (endpoint != null) {
            checkPattern(endpoint, "endpoint", ENDPOINT, "must be an http(s) URL such as https://s3.ap-northeast-1.amazonaws.com");
        }
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /**
     * The handler to deploy: the CDK's cross-region AWS SDK handler, written out readably
     * (Node.js 20.x or later, handler {@code index.handler}, no dependencies).
     *
     * @return the source of {@code index.js}
     */
    public static String handlerSource() {
        try (InputStream in = CallAwsServiceCrossRegion.class.getResourceAsStream(HANDLER_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + HANDLER_RESOURCE));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the handler function (ARN or name) */
    public String functionArn() {
        return functionArn;
    }

    /** @return the region to call (a literal, path or expression) */
    public Value region() {
        return region;
    }

    /** @return the endpoint, or {@code null} */
    public Value endpoint() {
        return endpoint;
    }

    @Override
    String iamPrefix() {
        return IamPrefixes.ofClientName(service());
    }

    /** @return whether Lambda's service exceptions are retried */
    public boolean retryOnServiceExceptions() {
        return retryOnServiceExceptions;
    }

    /**
     * The statements the handler function's role needs (not the state machine's): the API action on
     * {@code iamResources}, then {@code additionalIamStatements}.
     *
     * @return the statements, in order
     */
    public List<PolicyStatement> handlerPolicyStatements() {
        return callStatements();
    }

    private String fullFunctionArn(RenderContext context) {
        return LambdaFunctions.arn(functionArn, context);
    }

    @Override
    protected String resource(RenderContext context) {
        return integrationPattern() == IntegrationPattern.REQUEST_RESPONSE ? fullFunctionArn(context)
                : context.integrationArn("lambda:invoke", integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        // Member order as the CDK writes its object: region, endpoint, action, service, parameters.
        ObjectValue event = ObjectValue.builder()
                .put("region", region)
                .putIfNotNull("endpoint", endpoint)
                .put("action", action())
                .put("service", service())
                .putIfNotNull("parameters", parameters())
                .build();
        if (integrationPattern() == IntegrationPattern.REQUEST_RESPONSE) {
            return event;
        }
        return ObjectValue.builder().put("FunctionName", fullFunctionArn(context)).put("Payload", event).build();
    }

    @Override
    protected List<PolicyStatement> grants(RenderContext context) {
        return List.of(PolicyStatement.allow(List.of("lambda:InvokeFunction"),
                LambdaFunctions.invokeResources(functionArn, null, context)));
    }

    @Override
    protected List<Retrier> builtInRetriers() {
        return retryOnServiceExceptions ? List.of(SERVICE_RETRIER) : List.of();
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCall(this);
        b.functionArn = functionArn;
        b.region = region;
        b.endpoint = endpoint;
        b.retryOnServiceExceptions = retryOnServiceExceptions;
        return b;
    }

    /** Builds a {@link CallAwsServiceCrossRegion}. */
    public static final class Builder extends AwsSdkCall.CallBuilder<Builder, CallAwsServiceCrossRegion> {
        private String functionArn;
        private Value region;
        private Value endpoint;
        private boolean retryOnServiceExceptions = true;

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param functionArn the deployed handler's ARN or name @return this builder */
        public Builder functionArn(String functionArn) {
            this.functionArn = functionArn;
            return this;
        }

        /** @param region the region to call, such as {@code ap-northeast-1} @return this builder */
        public Builder region(String region) {
            this.region = region == null ? null : Literal.of(region);
            return this;
        }

        /** @param region the region as a path, intrinsic function or JSONata expression @return this builder */
        public Builder region(Value region) {
            this.region = region;
            return this;
        }

        /** @param endpoint an API endpoint URL @return this builder */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint == null ? null : Literal.of(endpoint);
            return this;
        }

        /**
         * @param endpoint the endpoint chosen at run time; whoever starts an execution then chooses
         *                 where the signed request goes
         * @return this builder
         */
        public Builder endpoint(Value endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** @param retry whether to retry Lambda's service exceptions (default true) @return this builder */
        public Builder retryOnServiceExceptions(boolean retry) {
            this.retryOnServiceExceptions = retry;
            return this;
        }

        @Override
        protected CallAwsServiceCrossRegion newTask() {
            if (explicitIntegrationPattern() == IntegrationPattern.RUN_JOB) {
                throw new TaskValidationException(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, null, "integrationPattern",
                        "CallAwsServiceCrossRegion supports REQUEST_RESPONSE and WAIT_FOR_TASK_TOKEN, not RUN_JOB (.sync)");
            }
            return new CallAwsServiceCrossRegion(this);
        }
    }
}
