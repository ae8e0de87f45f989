package io.github.sfntasks.provider.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the REST and the HTTP API tasks share, as the AWS CDK's {@code CallApiGatewayEndpointBase}: the
 * {@code apigateway:invoke} Resource, the Parameters, the checks and the grant. The two public tasks differ
 * only in what {@link Kind} says.
 */
abstract class CallApiGatewayEndpointBase extends ServiceTask {

    /** The patterns Step Functions supports for API Gateway. */
    static final Set<IntegrationPattern> PATTERNS = Collections.unmodifiableSet(
            EnumSet.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN));

    /** The optimized integration both tasks render as Resource. */
    static final String INTEGRATION = "apigateway:invoke";

    /** The stage an HTTP API call without {@code Stage} reaches, as it appears in execute-api ARNs. */
    static final String DEFAULT_STAGE = "$default";

    // "The API ID can only contain a combination of the following alphanumeric characters:
    // 0123456789abcdefghijklmnopqrstuvwxyz" (Call API Gateway with Step Functions); it is also the first label
    // of a host name, hence at most 63 characters.
    static final String API_ID_REGEX = "[0-9a-z]{1,63}";
    // "Stage names can only contain alphanumeric characters, hyphens, and underscores. Maximum length is 128
    // characters." (API Gateway API reference, Stage / apigatewayv2 Stage)
    static final String STAGE_REGEX = "[A-Za-z0-9_-]{1,128}";
    // A region code (us-east-1, us-gov-west-1, eusc-de-east-1) or a placeholder such as ${AWS::Region}.
    static final String REGION_REGEX = "[a-z]{2,}(-[a-z]+)+-\\d+|\\$\\{[^}]+\\}";

    private static final Pattern API_ID = Pattern.compile(API_ID_REGEX);
    private static final Pattern STAGE = Pattern.compile(STAGE_REGEX);
    private static final Pattern REGION = Pattern.compile(REGION_REGEX);

    /**
     * Header names Step Functions refuses "for security considerations" (Call API Gateway with Step
     * Functions), compared case-insensitively; {@link #FORBIDDEN_HEADER_PREFIXES} adds the prefixes.
     */
    static final List<String> FORBIDDEN_HEADERS = List.of(
            "authorization", "connection", "content-md5", "expect", "host", "max-forwards", "proxy-authenticate",
            "server", "te", "transfer-encoding", "trailer", "upgrade", "via", "www-authenticate");

    /** Header name prefixes Step Functions refuses ({@code X-Amz} covers {@code X-Amzn}). */
    static final List<String> FORBIDDEN_HEADER_PREFIXES = List.of("x-forwarded", "x-amz");

    /** What differs between a REST API and an HTTP API. */
    enum Kind {
        /** A REST API: the id is {@code api}, a stage is required, resource policies are supported. */
        REST("api", true, true),
        /** An HTTP API: the id is {@code apiId}, the stage defaults to {@code $default}, no resource policies. */
        HTTP("apiId", false, false);

        final String apiProperty;
        final boolean stageRequired;
        final boolean resourcePolicy;

        Kind(String apiProperty, boolean stageRequired, boolean resourcePolicy) {
            this.apiProperty = apiProperty;
            this.stageRequired = stageRequired;
            this.resourcePolicy = resourcePolicy;
        }
    }

    private final Kind kind;
    private final String apiId;
    private final Value stageName;
    private final Value method;
    private final Value apiPath;
    private final TaskInput queryParameters;
    private final TaskInput headers;
    private final TaskInput requestBody;
    private final AuthType authType;
    private final String region;

    CallApiGatewayEndpointBase(BaseBuilder<?, ?> b, String typeId, Kind kind) {
        super(b, typeId, PATTERNS);
        this.kind = kind;
        this.apiId = require(b.apiId, kind.apiProperty);
        boolean placeholderId = Placeholders.contains(apiId);
        if (placeholderId) {
            try {
                ResourceArn.refuseWildcards(apiId, kind.apiProperty);
            } catch (TaskValidationException e) {
                throw e.locate(stateName(), null);
            }
        }
        if (placeholderId ? Placeholders.firstDisallowed(apiId, c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'z') >= 0
                : !API_ID.matcher(apiId).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, kind.apiProperty,
                    "must be the API's id, 1 to 63 characters of 0-9 and a-z (the first label of"
                            + " <id>.execute-api.<region>.amazonaws.com), was \"" + apiId + "\"");
        }
        this.method = checkMethod(require(b.method, "method"));
        this.stageName = checkStage(kind.stageRequired ? require(b.stageName, "stageName") : b.stageName);
        this.apiPath = checkPath(b.apiPath);
        this.headers = b.headers;
        this.queryParameters = b.queryParameters;
        this.requestBody = b.requestBody;
        checkMultiValueMap(headers, "headers", true);
        checkMultiValueMap(queryParameters, "queryParameters", false);
        if (requestBody != null) {
            check(requestBody.value(), "requestBody");
        }
        this.authType = b.authType;
        if (authType == AuthType.RESOURCE_POLICY && !kind.resourcePolicy) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "authType",
                    "RESOURCE_POLICY is supported for REST APIs only (Call API Gateway with Step Functions);"
                            + " use NO_AUTH or IAM_ROLE");
        }
        this.region = b.region;
        if (region != null && !REGION.matcher(region).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "region",
                    "must be a region code such as us-west-2 (or a placeholder such as ${AWS::Region}), was \""
                            + region + "\"");
        }
        if (integrationPattern() == IntegrationPattern.WAIT_FOR_TASK_TOKEN
                && !carriesToken(headers == null ? null : headers.value())
                && !carriesToken(requestBody == null ? null : requestBody.value())) {
            throw invalid(ErrorCode.TASK_TOKEN_REQUIRED, "headers",
                    "WAIT_FOR_TASK_TOKEN needs the task token in headers (as an array: "
                            + (queryLanguage() == QueryLanguage.JSONATA ? "{% [$states.context.Task.Token] %}"
                            : "\"TaskToken.$\": \"States.Array($$.Task.Token)\"")
                            + ") or in requestBody, so the API can send it back");
        }
    }

    /**
     * Whether {@code value} passes the task token. Besides {@link Value#containsTaskToken()}, a JSONata state
     * also counts a {@code "{% ... %}"} string kept as plain text (what {@code TaskInput.fromObject(Map.of("k",
     * "{% ... %}"))} gives, as in the CDK's JSONata example), since Step Functions evaluates it all the same.
     */
    private boolean carriesToken(Value value) {
        if (value == null) {
            return false;
        }
        if (value.containsTaskToken()) {
            return true;
        }
        if (queryLanguage() != QueryLanguage.JSONATA) {
            return false;
        }
        if (value instanceof Literal l) {
            return mentionsToken(l.node());
        }
        if (value instanceof ObjectValue o) {
            return o.members().values().stream().anyMatch(this::carriesToken);
        }
        if (value instanceof ArrayValue a) {
            return a.items().stream().anyMatch(this::carriesToken);
        }
        return false;
    }

    private boolean mentionsToken(JsonNode node) {
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (mentionsToken(child)) {
                    return true;
                }
            }
            return false;
        }
        return isExpressionText(node) && node.textValue().contains("$states.context.Task.Token");
    }

    private Value checkMethod(Value value) {
        if (value instanceof Literal l) {
            if (l.isText()) {
                for (HttpMethod m : HttpMethod.values()) {
                    if (m.name().equalsIgnoreCase(l.text())) {
                        return Literal.of(m.name());
                    }
                }
            }
            throw invalid(ErrorCode.INVALID_PROPERTY, "method",
                    "must be one of " + List.of(HttpMethod.values()) + ", was " + l);
        }
        if (value instanceof ObjectValue || value instanceof ArrayValue) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "method", "must be an HTTP method (or a path), was " + value);
        }
        check(value, "method");
        return value;
    }

    private Value checkStage(Value value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Literal l) {
            boolean ok = l.isText() && (STAGE.matcher(l.text()).matches()
                    || (kind == Kind.HTTP && DEFAULT_STAGE.equals(l.text()))
                    // a stage deployed alongside (${Stage}, a CDK token, prod-${Env}): its literal parts are checked
                    || Placeholders.contains(l.text()) && Placeholders.firstDisallowed(l.text(),
                            c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) < 0);
            if (!ok) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "stageName",
                        "must be 1 to 128 letters, digits, hyphens or underscores"
                                + (kind == Kind.HTTP ? " (or $default)" : "") + ", was " + l);
            }
            return value;
        }
        if (value instanceof ObjectValue || value instanceof ArrayValue) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "stageName", "must be a string (or a path), was " + value);
        }
        check(value, "stageName");
        return value;
    }

    private Value checkPath(Value value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Literal l) {
            if (!l.isText() || l.text().isEmpty()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "apiPath",
                        "must be a non-empty path such as /bills/add (leave it out to call the stage's root), was " + l);
            }
            return value;
        }
        if (value instanceof ObjectValue || value instanceof ArrayValue) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "apiPath", "must be a string (or a path), was " + value);
        }
        check(value, "apiPath");
        return value;
    }

    /**
     * Headers and query parameters are objects whose values are lists of strings ("HTTP headers allow a list
     * of values associated with the same key", "Query strings allow a list of values associated with the same
     * key"); some header names are refused. Parts resolved at run time are left to Step Functions.
     */
    private void checkMultiValueMap(TaskInput input, String property, boolean isHeaders) {
        if (input == null) {
            return;
        }
        Value value = input.value();
        check(value, property);
        String shape = "must be an object whose values are arrays of strings, for example {\"key\": [\"v1\", \"v2\"]}";
        if (value instanceof Literal l) {
            JsonNode node = l.node();
            if (!node.isObject()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property, shape + ", was " + node);
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String at = Values.join(property, e.getKey());
                if (isHeaders) {
                    checkHeaderName(e.getKey(), at);
                }
                checkStringArray(e.getValue(), at);
            }
        } else if (value instanceof ObjectValue o) {
            for (Map.Entry<String, Value> e : o.members().entrySet()) {
                String at = Values.join(property, e.getKey());
                if (isHeaders) {
                    checkHeaderName(e.getKey(), at);
                }
                checkMember(e.getValue(), at);
            }
        } else if (value instanceof ArrayValue) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property, shape + ", was an array");
        }
    }

    private void checkMember(Value member, String at) {
        if (member instanceof Literal l && isExpressionText(l.node())) {
            // a "{% ... %}" string given as plain text: Step Functions evaluates it at run time
            JsonataExpression expression;
            try {
                expression = JsonataExpression.parse(l.node().textValue());
            } catch (TaskValidationException e) {
                throw invalid(ErrorCode.INVALID_PROPERTY, at, e.detail());
            }
            checkMember(expression, at);
            return;
        }
        if (member instanceof Literal l) {
            checkStringArray(l.node(), at);
        } else if (member instanceof ArrayValue a) {
            int i = 0;
            for (Value item : a.items()) {
                if ((item instanceof Literal l && !l.isText()) || item instanceof ObjectValue || item instanceof ArrayValue) {
                    throw invalid(ErrorCode.INVALID_PROPERTY, at + "[" + i + "]", "must be a string, was " + item);
                }
                i++;
            }
        } else if (member instanceof ObjectValue) {
            throw invalid(ErrorCode.INVALID_PROPERTY, at, "must be an array of strings, was an object");
        } else if (member instanceof JsonPath p && p.containsTaskToken()) {
            // $$.Task.Token is a string, never the list API Gateway needs: the CDK's README asks for JsonPath.array().
            throw invalid(ErrorCode.INVALID_PROPERTY, at,
                    "must be an array of strings; wrap the task token: States.Array(" + p.path() + ")");
        } else if (member instanceof JsonataExpression e && e.expression().equals("$states.context.Task.Token")) {
            throw invalid(ErrorCode.INVALID_PROPERTY, at,
                    "must be an array of strings; wrap the task token: {% [$states.context.Task.Token] %}");
        }
    }

    /** @return whether {@code node} is a JSONata expression in this state's language */
    private boolean isExpressionText(JsonNode node) {
        return queryLanguage() == QueryLanguage.JSONATA && node.isTextual()
                && JsonataExpression.isExpression(node.textValue());
    }

    private void checkStringArray(JsonNode node, String at) {
        if (!node.isArray()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, at, "must be an array of strings, was " + node);
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, at + "[" + i + "]", "must be a string, was " + node.get(i));
            }
        }
    }

    private void checkHeaderName(String name, String at) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean refused = FORBIDDEN_HEADERS.contains(lower)
                || FORBIDDEN_HEADER_PREFIXES.stream().anyMatch(lower::startsWith);
        if (refused) {
            throw invalid(ErrorCode.INVALID_PROPERTY, at,
                    "Step Functions does not permit the header \"" + name + "\" (nor Authorization, Connection,"
                            + " Content-MD5, Expect, Host, Max-Forwards, Proxy-Authenticate, Server, TE, Transfer-Encoding,"
                            + " Trailer, Upgrade, Via, WWW-Authenticate, X-Forwarded*, X-Amz*); send it under another"
                            + " name and map it in API Gateway");
        }
    }

    // ---- accessors ------------------------------------------------------------------------------

    /** @return the API's id (the first label of its host name) */
    public final String apiId() {
        return apiId;
    }

    /** @return the stage, or {@code null} (HTTP APIs: the {@code $default} stage) */
    public final Value stageName() {
        return stageName;
    }

    /** @return the HTTP method: a literal {@link HttpMethod} name, or a value resolved at run time */
    public final Value method() {
        return method;
    }

    /** @return the path appended to the stage, or {@code null} for the stage's root */
    public final Value apiPath() {
        return apiPath;
    }

    /** @return the query parameters, or {@code null} */
    public final TaskInput queryParameters() {
        return queryParameters;
    }

    /** @return the headers, or {@code null} */
    public final TaskInput headers() {
        return headers;
    }

    /** @return the request body, or {@code null} */
    public final TaskInput requestBody() {
        return requestBody;
    }

    /** @return how Step Functions authenticates (default {@link AuthType#NO_AUTH}) */
    public final AuthType authType() {
        return authType == null ? AuthType.NO_AUTH : authType;
    }

    /** @return the region the API is in, or {@code null} for the render context's region */
    public final String region() {
        return region;
    }

    /**
     * @param context partition, region, account
     * @return the host name: {@code <apiId>.execute-api.<region>.<DNS suffix of the partition>}
     */
    public final String apiEndpoint(RenderContext context) {
        return apiId + ".execute-api." + regionIn(context) + "." + context.urlSuffix();
    }

    private String regionIn(RenderContext context) {
        return region != null ? region : context.region();
    }

    // ---- rendering ------------------------------------------------------------------------------

    @Override
    protected final String resource(RenderContext context) {
        return context.integrationArn(INTEGRATION, integrationPattern());
    }

    @Override
    protected final Value parameters(RenderContext context) {
        // The CDK's order: ApiEndpoint, Method, Headers, Stage, Path, QueryParameters, RequestBody, AuthType.
        return ObjectValue.builder()
                .put("ApiEndpoint", apiEndpoint(context))
                .put("Method", method)
                .putIfNotNull("Headers", headers == null ? null : headers.value())
                .putIfNotNull("Stage", stageName)
                .putIfNotNull("Path", apiPath)
                .putIfNotNull("QueryParameters", queryParameters == null ? null : queryParameters.value())
                .putIfNotNull("RequestBody", requestBody == null ? null : requestBody.value())
                .put("AuthType", authType().name())
                .build();
    }

    @Override
    protected final List<PolicyStatement> grants(RenderContext context) {
        // Only a signed call (IAM_ROLE) is authorized against the role's identity policy. NO_AUTH sends no
        // credentials; with RESOURCE_POLICY the caller is states.amazonaws.com, allowed by the API's own policy.
        if (authType() != AuthType.IAM_ROLE) {
            return List.of();
        }
        return List.of(PolicyStatement.allow("execute-api:Invoke",
                context.arn("execute-api", regionIn(context), context.account(), executeApiResource())));
    }

    /** @return {@code <apiId>/<stage>/<METHOD>/<path>}, with {@code *} for what is known only at run time */
    final String executeApiResource() {
        String stage = stageName == null ? DEFAULT_STAGE
                : stageName instanceof Literal l ? l.text() : "*";
        String verb = method instanceof Literal l ? l.text() : "*";
        String path;
        if (apiPath == null) {
            path = "/";   // the root resource, as the CDK's Method.methodArn spells it
        } else if (apiPath instanceof Literal l) {
            path = l.text().startsWith("/") ? l.text() : "/" + l.text();
        } else {
            path = "/*";
        }
        return apiId + "/" + stage + "/" + verb + path;
    }

    /**
     * The shared builder: every property but the API id, whose name differs (REST {@code api}, HTTP
     * {@code apiId}).
     *
     * @param <B> the concrete builder
     * @param <T> the task it builds
     */
    abstract static class BaseBuilder<B extends BaseBuilder<B, T>, T extends CallApiGatewayEndpointBase>
            extends TaskBuilder<B, T> {

        String apiId;
        Value stageName;
        Value method;
        Value apiPath;
        TaskInput queryParameters;
        TaskInput headers;
        TaskInput requestBody;
        AuthType authType;
        String region;

        BaseBuilder(String stateName) {
            super(stateName);
        }

        @SuppressWarnings("unchecked")
        final B self() {
            return (B) this;
        }

        /** @param method the HTTP method @return this builder */
        public B method(HttpMethod method) {
            this.method = method == null ? null : Literal.of(method.name());
            return self();
        }

        /** @param method the HTTP method, or a path, intrinsic or expression giving it at run time @return this builder */
        public B method(Value method) {
            this.method = method;
            return self();
        }

        /** @param stageName the stage the API is deployed to @return this builder */
        public B stageName(String stageName) {
            this.stageName = stageName == null ? null : Literal.of(stageName);
            return self();
        }

        /** @param stageName the stage, chosen at run time @return this builder */
        public B stageName(Value stageName) {
            this.stageName = stageName;
            return self();
        }

        /** @param apiPath the path appended to the stage, for example {@code /bills/add} @return this builder */
        public B apiPath(String apiPath) {
            this.apiPath = apiPath == null ? null : Literal.of(apiPath);
            return self();
        }

        /** @param apiPath the path, chosen at run time @return this builder */
        public B apiPath(Value apiPath) {
            this.apiPath = apiPath;
            return self();
        }

        /** @param queryParameters an object whose values are arrays of strings @return this builder */
        public B queryParameters(TaskInput queryParameters) {
            this.queryParameters = queryParameters;
            return self();
        }

        /**
         * @param headers an object whose values are arrays of strings; to pass the task token write
         *                {@code Map.of("TaskToken", IntrinsicFunction.array(JsonPath.taskToken()))}
         * @return this builder
         */
        public B headers(TaskInput headers) {
            this.headers = headers;
            return self();
        }

        /** @param requestBody the request body (JSON or a string) @return this builder */
        public B requestBody(TaskInput requestBody) {
            this.requestBody = requestBody;
            return self();
        }

        /** @param authType how Step Functions authenticates (default NO_AUTH) @return this builder */
        public B authType(AuthType authType) {
            this.authType = authType;
            return self();
        }

        /** @param region the region the API is in (default: the render context's region) @return this builder */
        public B region(String region) {
            this.region = region;
            return self();
        }

        /** Copies the shared properties of {@code task}, for {@code toBuilder()}. */
        final B copyFrom(CallApiGatewayEndpointBase task) {
            apiId = task.apiId;
            stageName = task.stageName;
            method = task.method;
            apiPath = task.apiPath;
            queryParameters = task.queryParameters;
            headers = task.headers;
            requestBody = task.requestBody;
            authType = task.authType;
            region = task.region;
            return self();
        }

        /** Reads the shared properties of a workflow file's state. */
        final B read(PropertyReader p) {
            method(p.stringValue("method"));
            stageName(p.stringValue("stageName"));
            apiPath(p.stringValue("apiPath"));
            headers(input(p.value("headers")));
            queryParameters(input(p.value("queryParameters")));
            requestBody(input(p.value("requestBody")));
            authType(p.enumValue("authType", AuthType.class));
            region(p.string("region"));
            return self();
        }

        private static TaskInput input(Value value) {
            return Values.isAbsent(value) ? null : TaskInput.fromValue(value);
        }
    }
}
