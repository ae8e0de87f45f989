package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.cdk.CdkRenderer;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.events.Connection;
import software.amazon.awscdk.services.events.ConnectionAttributes;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.tasks.HttpInvoke;
import software.amazon.awscdk.services.stepfunctions.tasks.URLEncodingFormat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code http:invoke} as the CDK's {@code HttpInvoke}, with the connection imported by
 * {@code Connection.fromConnectionAttributes} (name and ARN as given; the secret as given, else one of the connection's
 * {@code events!connection/<name>/...} secrets, as EventBridge names them), and the CDK's
 * {@code httpInvokeDynamicJsonPathEndpoint} feature flag on (without it the CDK writes a path endpoint into a literal
 * string). Self-contained: only the kit's public CDK helpers.
 */
public final class HttpInvokeCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "http:invoke";
    private static final String GUIDE = "https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html";
    private static final String DYNAMIC_ENDPOINT_FLAG = "@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint";
    private static final Pattern CDK_LITERAL_FORMAT = Pattern.compile("^States\\.Format\\('\\{\\}/\\{\\}', '((?:[^'\\\\]|\\\\.)*)', '((?:[^'\\\\]|\\\\.)*)'\\)$");
    private static final Pattern JSONATA_CONCAT = Pattern.compile("^\\{% '([^']*)' & '/' & (.*) %\\}$", Pattern.DOTALL);

    /** For ServiceLoader. */
    public HttpInvokeCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        refuseForeignTokens(p);
        if (p.has("connection.$") || JsonataText.is(p.get("connection"))) {
            throw new NotExpressible("a connection chosen at run time (the CDK takes an IConnection)");
        }
        stack.getNode().setContext(DYNAMIC_ENDPOINT_FLAG, true);
        String connection = p.get("connection").textValue();
        String name = connectionName(connection);
        if (name == null) {
            throw new NotExpressible("a connection that is not an ARN naming the connection (the CDK splits it)");
        }
        String secret = p.has("connectionSecretArn") ? p.get("connectionSecretArn").textValue()
                : secretOf(connection, name);
        HttpInvoke.Builder b = HttpInvoke.Builder.create(stack, stateName)
                .connection(Connection.fromConnectionAttributes(stack, "Connection", ConnectionAttributes.builder()
                        .connectionName(name).connectionArn(connection).connectionSecretArn(secret).build()))
                .apiRoot(p.get("apiRoot").textValue())
                .apiEndpoint(CdkInputs.taskInput(p, "apiEndpoint"))
                .method(CdkInputs.taskInput(p, "method"));
        if (p.has("headers") || p.has("headers.$")) {
            b.headers(CdkInputs.taskInput(p, "headers"));
        }
        if (p.has("body") || p.has("body.$")) {
            b.body(CdkInputs.taskInput(p, "body"));
        }
        if (p.has("queryStringParameters") || p.has("queryStringParameters.$")) {
            b.queryStringParameters(CdkInputs.taskInput(p, "queryStringParameters"));
        }
        if (p.has("urlEncodingFormat")) {
            b.urlEncodingFormat(URLEncodingFormat.valueOf(p.get("urlEncodingFormat").textValue()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    /**
     * @throws NotExpressible when a value holds a placeholder: a CDK token this CDK app never made (it cannot resolve
     *         it), or a CloudFormation {@code ${...}} variable, which the CDK reads as text (and splits or validates)
     */
    static void refuseForeignTokens(com.fasterxml.jackson.databind.JsonNode n) {
        if (n.isTextual() && (n.textValue().contains("${") || n.textValue().contains("#{Token["))) {
            throw new NotExpressible("a ${...} placeholder or CDK token (the CDK reads it as text, or cannot resolve it)");
        }
        n.forEach(HttpInvokeCdkFactory::refuseForeignTokens);
    }

    /** @return the name in {@code arn:...:connection/<name>/<id>}, or {@code null} */
    static String connectionName(String arn) {
        String[] parts = ResourceLocators.split(arn);
        if (parts == null || !parts[5].startsWith("connection/")) {
            return null;
        }
        String rest = parts[5].substring("connection/".length());
        int slash = rest.indexOf('/');
        return slash <= 0 ? null : rest.substring(0, slash);
    }

    /**
     * @return a secret of the connection as EventBridge names it, {@code events!connection/<name>/<id>-<suffix>}, in the
     *         stack's account and region (a connection is not shared across accounts)
     */
    private static String secretOf(String connection, String name) {
        return "arn:aws:secretsmanager:" + CdkRenderer.REGION + ":" + CdkRenderer.ACCOUNT + ":secret:events!connection/" + name
                + "/0c6b0f09-1a2b-4c3d-8e9f-0123456789ab-AbCdEf";
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "invoke-http-endpoint-narrower",
                        "states:InvokeHTTPEndpoint is granted on the account's state machines with the method condition and"
                                + " StringLike <apiRoot>/* the AWS page shows; the CDK grants it on * with StringLike <apiRoot>*",
                        GUIDE, c -> true,
                        (c, ours, cdk) -> {
                            String root = c.properties().path("apiRoot").asText();
                            for (JsonNode s : ours.get("statements")) {
                                if (!Json.texts(s.get("Action")).contains("states:InvokeHTTPEndpoint")) {
                                    continue;
                                }
                                ObjectNode st = (ObjectNode) s;
                                st.put("Resource", "*");
                                ObjectNode cond = (ObjectNode) st.get("Condition");
                                cond.remove("StringEquals");
                                ((ObjectNode) cond.get("StringLike")).put("states:HTTPEndpoint", root + "*");
                            }
                        }),
                new AllowedDifference(TYPE_ID, "connection-secret-derived",
                        "without connectionSecretArn the secret is granted as events!connection/<connection name>/*, the name"
                                + " EventBridge gives a connection's secret; the CDK knows the secret from its IConnection",
                        GUIDE, c -> !c.properties().has("connectionSecretArn"),
                        (c, ours, cdk) -> {
                            for (JsonNode s : ours.get("statements")) {
                                String r = s.path("Resource").asText("");
                                if (!r.endsWith("/*") || !r.contains(":secret:events!connection/")) {
                                    continue;
                                }
                                String prefix = r.substring(0, r.length() - 1);
                                for (JsonNode k : cdk.get("statements")) {
                                    String kr = k.path("Resource").asText("");
                                    if (kr.startsWith(prefix) && kr.indexOf('/', prefix.length()) < 0) {
                                        ((ObjectNode) s).put("Resource", kr);
                                    }
                                }
                            }
                        }),
                new AllowedDifference(TYPE_ID, "literal-endpoint-as-one-url",
                        "an endpoint of two literals is written as one URL (JSONPath: \"ApiEndpoint\": \"root/path\");"
                                + " the CDK writes States.Format('{}/{}', 'root', 'path') in JSONPath and {% 'root' & '/' & 'path' %}"
                                + " in JSONata: the same URL at run time. (When JSONata is the state machine's language rather than the"
                                + " state's own, the CDK writes the JSONPath intrinsic under Arguments, which a JSONata state does"
                                + " not evaluate: its buildTaskParameters tests the state's own queryLanguage prop only)",
                        GUIDE, c -> true,
                        (c, ours, cdk) -> {
                            ObjectNode cdkParams = params(cdk);
                            ObjectNode ourParams = params(ours);
                            if (cdkParams == null || ourParams == null || !ourParams.has("ApiEndpoint")) {
                                return;
                            }
                            String url = ourParams.get("ApiEndpoint").asText();
                            JsonNode f = cdkParams.has("ApiEndpoint.$") ? cdkParams.get("ApiEndpoint.$") : cdkParams.get("ApiEndpoint");
                            Matcher m = f == null ? null : CDK_LITERAL_FORMAT.matcher(f.asText());
                            if (m != null && m.matches() && (url.equals(unescape(m.group(1)) + "/" + unescape(m.group(2)))
                                    || url.equals(m.group(1) + "/" + m.group(2)))) {
                                cdkParams.remove("ApiEndpoint.$");
                                cdkParams.put("ApiEndpoint", url);
                                return;
                            }
                            if (m != null && m.matches() && m.group(2).startsWith("{%") && m.group(2).endsWith("%}")
                                    && url.equals("{% '" + m.group(1) + "' & '/' & (" + m.group(2).substring(2, m.group(2).length() - 2).trim() + ") %}")) {
                                cdkParams.remove("ApiEndpoint.$");
                                cdkParams.put("ApiEndpoint", url);
                                return;
                            }
                            JsonNode j = cdkParams.get("ApiEndpoint");
                            Matcher jm = j == null ? null : JSONATA_CONCAT.matcher(j.asText());
                            if (jm != null && jm.matches() && jm.group(2).startsWith("'") && jm.group(2).endsWith("'")
                                    && url.equals(jm.group(1) + "/" + jm.group(2).substring(1, jm.group(2).length() - 1))) {
                                cdkParams.put("ApiEndpoint", url);
                            }
                        }),
                new AllowedDifference(TYPE_ID, "jsonata-endpoint-parenthesised",
                        "a JSONata endpoint expression is parenthesised in the concatenation ({% 'root' & '/' & (expr) %})"
                                + " so that its own operators keep their meaning; the CDK writes it bare",
                        "https://docs.jsonata.org/other-operators", c -> true,
                        (c, ours, cdk) -> {
                            ObjectNode ourParams = params(ours);
                            ObjectNode cdkParams = params(cdk);
                            if (ourParams == null || cdkParams == null) {
                                return;
                            }
                            Matcher m = JSONATA_CONCAT.matcher(ourParams.path("ApiEndpoint").asText(""));
                            if (m.matches() && m.group(2).startsWith("(") && m.group(2).endsWith(")")) {
                                String bare = "{% '" + m.group(1) + "' & '/' & " + m.group(2).substring(1, m.group(2).length() - 1) + " %}";
                                if (bare.equals(cdkParams.path("ApiEndpoint").asText())) {
                                    ourParams.set("ApiEndpoint", TextNode.valueOf(bare));
                                }
                            }
                        }));
    }

    private static ObjectNode params(ObjectNode render) {
        JsonNode p = ResourceLocators.parameters((ObjectNode) render.get("state"));
        return p instanceof ObjectNode o ? o : null;
    }

    /** Undoes the CDK's escaping of a literal inside an intrinsic function's quotes. */
    private static String unescape(String s) {
        return s.replaceAll("\\\\(.)", "$1");
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
                .ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> where = Arbitraries.of("arn:aws:events:us-east-1:123456789012:", "arn:aws:events:eu-west-1:210987654321:",
                "arn:aws-cn:events:cn-north-1:210987654321:");
        Arbitrary<String> connection = Combinators.combine(where, names).as((w, n) -> w + "connection/" + n
                + "/81210c42-8af1-456b-9c4a-6ff02fc664ac");
        Arbitrary<String> secret = Combinators.combine(Arbitraries.of("arn:aws:secretsmanager:us-east-1:123456789012:",
                "arn:aws:secretsmanager:eu-west-1:210987654321:"), names).as((w, n) -> w + "secret:events!connection/" + n
                + "/5f1c2d3e-0000-4000-8000-000000000001-AbCdEf");
        Arbitrary<String> roots = Arbitraries.of("https://api.example.com", "https://api.stripe.com/v1", "https://example.org/base/");
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) -> switch (name) {
            case "connection" -> Optional.of(connection.map(TextNode::valueOf));
            case "connectionSecretArn" -> Optional.of(secret.map(TextNode::valueOf));
            case "apiRoot" -> Optional.of(roots.map(TextNode::valueOf));
            default -> Optional.empty();
        }));
    }

    /** Whether a property is a JSONata expression text. */
    private static final class JsonataText {
        static boolean is(JsonNode n) {
            return n != null && n.isTextual() && io.github.sfntasks.api.value.JsonataExpression.isExpression(n.textValue());
        }
    }
}
