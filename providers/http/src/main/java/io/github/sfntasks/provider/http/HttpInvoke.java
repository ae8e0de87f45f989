package io.github.sfntasks.provider.http;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Calls an HTTPS API from a workflow (the HTTP Task, {@code arn:<partition>:states:::http:invoke}), authorised by
 * an Amazon EventBridge connection: the AWS CDK v2's {@code HttpInvoke}.
 *
 * <pre>{@code
 * HttpInvoke task = HttpInvoke.builder("Invoke HTTP API")
 *     .connection("arn:aws:events:us-east-1:123456789012:connection/Stripe/81210c42-8af1-456b-9c4a-6ff02fc664ac")
 *     .apiRoot("https://api.example.com")
 *     .apiEndpoint("path/to/resource")
 *     .method("POST")
 *     .headers(TaskInput.fromObject(Map.of("Content-Type", "application/json")))
 *     .body(TaskInput.fromObject(Map.of("foo", "bar")))
 *     .build();
 * }</pre>
 *
 * <p><b>Properties</b> (the CDK's names): {@code connection} (the connection's ARN; the CDK takes an
 * {@code IConnection}), {@code apiRoot} (static, {@code https://...}: the grant covers every URL under it),
 * {@code apiEndpoint} (relative to {@code apiRoot}; text, path, intrinsic or JSONata), {@code method} (GET, POST,
 * PUT, DELETE, PATCH, OPTIONS or HEAD, or a path), {@code headers}, {@code body} ({@code RequestBody}),
 * {@code queryStringParameters} ({@code QueryParameters}), {@code urlEncodingFormat} (BRACKETS, COMMAS, DEFAULT,
 * INDICES, NONE, REPEAT: anything but NONE adds {@code Transform} and the {@code Content-Type:
 * application/x-www-form-urlencoded} header, as the CDK does and the AWS page requires), and the grant-only
 * {@code connectionSecretArn} (the connection's Secrets Manager secret, the CDK's {@code connectionSecretArn}).
 * {@code ApiEndpoint} is {@code apiRoot + "/" + apiEndpoint}: written out when both are literal, a
 * {@code States.Format('{}/{}', root, endpoint)} for a path or intrinsic (as the CDK with its
 * {@code httpInvokeDynamicJsonPathEndpoint} feature flag), a JSONata concatenation in JSONata.
 *
 * <p><b>Pattern:</b> REQUEST_RESPONSE only (the AWS page documents no other).
 *
 * <p><b>IAM</b> (AWS's page "Call HTTPS APIs in Step Functions workflows", section "IAM permissions to run an HTTP
 * Task"): {@code events:RetrieveConnectionCredentials} on the connection;
 * {@code secretsmanager:GetSecretValue} and {@code secretsmanager:DescribeSecret} on the connection's secret (the
 * given {@code connectionSecretArn}, else {@code secret:events!connection/<connection name>/*} in the state
 * machine's account and region, the name EventBridge gives a connection's secret); {@code states:InvokeHTTPEndpoint} with
 * {@code StringEquals states:HTTPMethod} (a literal method) and {@code StringLike states:HTTPEndpoint
 * <apiRoot>/*}, on the state machines of the account and region ({@code stateMachine:*}: the AWS page names the
 * state machine, whose ARN a task cannot know).
 *
 * <p><b>Differences from the CDK</b> (aws-cdk-lib {@code aws-stepfunctions-tasks/lib/http/invoke.ts}):
 * <ul>
 *   <li>{@code states:InvokeHTTPEndpoint}: the CDK grants it on {@code *} with {@code StringLike
 *       states:HTTPEndpoint <apiRoot>*} only; we add the method condition the AWS page shows, scope the resource to
 *       {@code arn:<partition>:states:<region>:<account>:stateMachine:*}, and put a {@code /} before the
 *       {@code *} so that {@code https://api.example.com} does not also admit {@code https://api.example.com.evil.org}
 *       (narrower, same calls allowed).</li>
 *   <li>The secret, when {@code connectionSecretArn} is not given: the CDK always knows it from its
 *       {@code IConnection}; we derive {@code events!connection/<name>/*} from the connection ARN (the AWS page
 *       grants {@code arn:aws:secretsmanager:*:*:secret:events!connection/*}: ours is narrower).</li>
 *   <li>{@code ApiEndpoint} of two literals is written as one string (the CDK, with its feature flag, writes
 *       {@code States.Format} of two literals; in JSONata it writes {@code {% 'root' & '/' & 'endpoint' %}}), and a
 *       JSONata endpoint expression is parenthesised ({@code {% 'root' & '/' & (expr) %}}) so that its operators
 *       keep their meaning. Same URL at run time.</li>
 *   <li>{@code apiRoot} must be static, {@code https://} (or a placeholder), without {@code *}, {@code ?} or quotes
 *       (they would widen the {@code StringLike} condition or break the rendered string); the CDK takes any text.</li>
 *   <li>An {@code apiEndpoint} path that does not read back as a {@code States.Format} argument (a JSONPath with a
 *       function call such as {@code $.a.length()}) is refused; the CDK writes it unchecked.</li>
 *   <li>{@code urlEncodingFormat} other than NONE with {@code headers} chosen at run time is refused: the
 *       {@code Content-Type} header cannot be added to a path (the CDK spreads the path string's characters into
 *       the headers object).</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html">Call HTTPS APIs in Step
 *      Functions workflows</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class HttpInvoke extends ShapeTask {

    /** {@code http:invoke}: REQUEST_RESPONSE only. */
    public static final TaskType TYPE = TaskType.of("http:invoke", "Call an HTTPS API through an EventBridge connection",
            IntegrationPattern.REQUEST_RESPONSE);

    /** An EventBridge connection: {@code arn:<partition>:events:<region>:<account>:connection/<name>/<id>}. */
    static final ResourceArn CONNECTION_ARN = ResourceArn.of("events", "connection/").wholePlaceholderIsArn();
    /** A Secrets Manager secret. */
    static final ResourceArn SECRET_ARN = ResourceArn.of("secretsmanager", "secret:").wholePlaceholderIsArn();
    /** The state machines of the account and region. */
    static final ResourceArn STATE_MACHINE = ResourceArn.of("states", "stateMachine:");

    /** The HTTP methods an HTTP Task takes (AWS page, field {@code Method}). */
    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    /** What URL-encoding does to {@code RequestBody} (the CDK's {@code URLEncodingFormat}). */
    public static final List<String> URL_ENCODING_FORMATS = List.of("BRACKETS", "COMMAS", "DEFAULT", "INDICES", "NONE", "REPEAT");

    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

    private static final String ARN_PREFIX = "arn:[^:\\s]+:";

    static final Field CONNECTION = Field.string("connection", "Authentication").required().resource(CONNECTION_ARN)
            .pattern(ARN_PREFIX + "events:[^:\\s]*:[^:\\s]*:connection/\\S+",
                    "an EventBridge connection ARN (arn:<partition>:events:<region>:<account>:connection/<name>/<id>)")
            .doc("The EventBridge connection's ARN (rendered as Authentication.ConnectionArn)");
    static final Field API_ROOT = Field.string("apiRoot", null).required().staticOnly()
            .pattern("(?:https://[^\\s'\"{}*?\\\\]+|[^\\s'\"*?\\\\]*" + Placeholders.PATTERN + "[^\\s'\"*?\\\\]*)",
                    "an https:// URL (or a placeholder) without *, ?, quotes or backslashes")
            .doc("The API's root URL; the grant allows every URL under it (<apiRoot>/*)");
    static final Field API_ENDPOINT = Field.string("apiEndpoint", null).required()
            .doc("The path relative to apiRoot (ApiEndpoint is apiRoot/apiEndpoint)");
    static final Field METHOD = Field.enumOf("method", "Method", METHODS.toArray(String[]::new)).required()
            .doc("The HTTP method");
    static final Field HEADERS = Field.json("headers", "Headers").doc("Request headers (an object)");
    static final Field BODY = Field.json("body", "RequestBody").doc("The request body");
    static final Field QUERY = Field.json("queryStringParameters", "QueryParameters").doc("Query string parameters");
    static final Field URL_ENCODING = Field.enumOf("urlEncodingFormat", "Transform",
                    URL_ENCODING_FORMATS.toArray(String[]::new)).staticOnly()
            .doc("URL-encode the body with this array format (NONE, the default: send JSON)");
    static final Field CONNECTION_SECRET = Field.string("connectionSecretArn", null).grantOnly().resource(SECRET_ARN)
            .pattern(ARN_PREFIX + "secretsmanager:[^:\\s]*:[^:\\s]*:secret:\\S+", "a Secrets Manager secret ARN")
            .doc("The connection's secret, for the grant (default: events!connection/<connection name>/* of the connection's account)");

    /** The properties of {@code http:invoke}. */
    public static final Shape SHAPE = Shape.of("HttpInvoke", API_ROOT, API_ENDPOINT, CONNECTION, METHOD, HEADERS, BODY, QUERY,
                    URL_ENCODING, CONNECTION_SECRET)
            .check(HttpInvoke::checkEncodingHeaders)
            .check(HttpInvoke::checkEndpointArgument)
            .schemaRule(JsonSchema.present("urlEncodingFormat"), JsonSchema.absent("headers.$"));

    private HttpInvoke(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /** The endpoint path must read back as an argument of the States.Format that joins it to the root. */
    private static void checkEndpointArgument(io.github.sfntasks.api.support.ShapeValue v, Shape.Problems problems) {
        Value endpoint = v.value(API_ENDPOINT);
        String root = v.text(API_ROOT);
        if (root == null || endpoint == null || endpoint instanceof Literal || endpoint instanceof JsonataExpression) {
            return;
        }
        String text = IntrinsicFunction.format("{}/{}", root, endpoint).render();
        try {
            IntrinsicFunction.parse(text);
        } catch (RuntimeException e) {
            problems.add(ErrorCode.INVALID_PROPERTY, "apiEndpoint", "cannot be joined to apiRoot as an argument of "
                    + text + ": " + e.getMessage() + "; give a plain path ($.path) or an intrinsic function");
        }
    }

    private static void checkEncodingHeaders(io.github.sfntasks.api.support.ShapeValue v, Shape.Problems problems) {
        String format = v.text(URL_ENCODING);
        Value headers = v.value(HEADERS);
        if (format == null || format.equals("NONE") || headers == null) {
            return;
        }
        if (!(headers instanceof ObjectValue) && !(headers instanceof Literal l && l.node().isObject())) {
            problems.add(ErrorCode.CONFLICTING_PROPERTIES, "headers", "must be a static object when urlEncodingFormat is "
                    + format + ": the Content-Type header application/x-www-form-urlencoded is added to it");
        }
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    @Override
    protected Value parameters(RenderContext context) {
        ObjectValue.Builder p = ObjectValue.builder();
        p.put("ApiEndpoint", apiEndpoint());
        p.put("Authentication", ObjectValue.builder().put("ConnectionArn", value(CONNECTION)).build());
        p.put("Method", value(METHOD));
        String format = values().text(URL_ENCODING);
        boolean encoded = format != null && !format.equals("NONE");
        Value headers = value(HEADERS);
        if (encoded) {
            ObjectValue.Builder h = ObjectValue.builder();
            members(headers).forEach(h::put);
            h.put("Content-Type", FORM_CONTENT_TYPE);
            headers = h.build();
        }
        p.putIfNotNull("Headers", headers);
        p.putIfNotNull("RequestBody", value(BODY));
        p.putIfNotNull("QueryParameters", value(QUERY));
        if (encoded) {
            ObjectValue.Builder t = ObjectValue.builder().put("RequestBodyEncoding", "URL_ENCODED");
            if (!format.equals("DEFAULT")) {
                t.put("RequestEncodingOptions", ObjectValue.builder().put("ArrayFormat", format).build());
            }
            p.put("Transform", t.build());
        }
        return p.build();
    }

    private static Map<String, Value> members(Value headers) {
        Map<String, Value> out = new java.util.LinkedHashMap<>();
        if (headers instanceof ObjectValue o) {
            out.putAll(o.members());
        } else if (headers instanceof Literal l && l.node().isObject()) {
            Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = l.node().properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = it.next();
                out.put(e.getKey(), Literal.of(e.getValue()));
            }
        }
        return out;
    }

    /** @return apiRoot/apiEndpoint, as one literal, a States.Format, or a JSONata concatenation */
    private Value apiEndpoint() {
        String root = values().text(API_ROOT);
        Value endpoint = value(API_ENDPOINT);
        if (endpoint instanceof Literal l && l.isText()) {
            return Literal.of(root + "/" + l.text());
        }
        if (endpoint instanceof JsonataExpression e) {
            return JsonataExpression.of("'" + root + "' & '/' & (" + e.expression() + ")");
        }
        return IntrinsicFunction.format("{}/{}", root, endpoint);
    }

    @Override
    protected void grants(Grants g) {
        RenderContext ctx = g.context();
        Value connection = value(CONNECTION);
        g.allow("events:RetrieveConnectionCredentials", g.resource("connection", connection, CONNECTION_ARN));
        g.allow(List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"), List.of(secret(g, connection)));
        List<PolicyStatement.Condition> conditions = new ArrayList<>();
        if (value(METHOD) instanceof Literal m && m.isText()) {
            conditions.add(PolicyStatement.Condition.of("StringEquals", "states:HTTPMethod", m.text()));
        } else {
            g.widened("method", "chosen at run time, so states:InvokeHTTPEndpoint is granted for every HTTP method under "
                    + values().text(API_ROOT) + "/; give a literal method to name one");
        }
        conditions.add(PolicyStatement.Condition.of("StringLike", "states:HTTPEndpoint", values().text(API_ROOT) + "/*"));
        g.add(PolicyStatement.allow("states:InvokeHTTPEndpoint", STATE_MACHINE.wildcard(ctx))
                .withConditions(conditions.toArray(PolicyStatement.Condition[]::new)));
    }

    /** The connection's secret: as given, else {@code events!connection/<name>/*} where the connection lives. */
    private String secret(Grants g, Value connection) {
        String given = values().text(CONNECTION_SECRET);
        if (given != null) {
            return g.resource(given, SECRET_ARN);
        }
        RenderContext ctx = g.context();
        if (connection instanceof Literal l && l.isText() && !Placeholders.isWhole(l.text())) {
            String text = l.text();
            Arn arn = Arn.parse(text);
            if (arn != null && arn.resource().startsWith("connection/")) {
                String rest = arn.resource().substring("connection/".length());
                int slash = rest.indexOf('/');
                String name = slash < 0 ? rest : rest.substring(0, slash);
                // In the state machine's account and region: a connection is not shared across accounts, and a
                // grant built from the context carries CloudFormation/CDK placeholders through as every ARN does.
                return ctx.arn("secretsmanager", "secret:events!connection/" + name + "/*");
            }
            if (arn == null) {
                return ctx.arn("secretsmanager", "secret:events!connection/" + text + "/*");
            }
        }
        String pattern = ctx.arn("secretsmanager", "secret:events!connection/*");
        g.widened("connection", "the connection's secret is not known, so the grant names every connection secret of the "
                + "account and region: " + pattern + "; give connectionSecretArn (or a literal connection ARN) for one secret");
        return pattern;
    }

    /** Builds an {@link HttpInvoke}; every setter is the CDK prop of the same name. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, HttpInvoke> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param connectionArn the EventBridge connection's ARN (or a path) @return this builder */
        public Builder connection(Object connectionArn) {
            return set(CONNECTION, connectionArn);
        }

        /** @param secretArn the connection's Secrets Manager secret ARN, for the grant @return this builder */
        public Builder connectionSecretArn(String secretArn) {
            return set(CONNECTION_SECRET, secretArn);
        }

        /** @param url the API's root URL ({@code https://api.example.com}) @return this builder */
        public Builder apiRoot(String url) {
            return set(API_ROOT, url);
        }

        /** @param path the endpoint relative to apiRoot: text, a {@code JsonPath}, intrinsic or JSONata @return this builder */
        public Builder apiEndpoint(Object path) {
            return set(API_ENDPOINT, path);
        }

        /** @param method GET, POST, PUT, DELETE, PATCH, OPTIONS or HEAD (or a path) @return this builder */
        public Builder method(Object method) {
            return set(METHOD, method);
        }

        /** @param headers the request headers @return this builder */
        public Builder headers(TaskInput headers) {
            return set(HEADERS, headers);
        }

        /** @param body the request body @return this builder */
        public Builder body(TaskInput body) {
            return set(BODY, body);
        }

        /** @param parameters the query string parameters @return this builder */
        public Builder queryStringParameters(TaskInput parameters) {
            return set(QUERY, parameters);
        }

        /** @param format BRACKETS, COMMAS, DEFAULT, INDICES, NONE or REPEAT @return this builder */
        public Builder urlEncodingFormat(String format) {
            return set(URL_ENCODING, format);
        }

        @Override
        protected HttpInvoke newTask() {
            return new HttpInvoke(this);
        }
    }
}
