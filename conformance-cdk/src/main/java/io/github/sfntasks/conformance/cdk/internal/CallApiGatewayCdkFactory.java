package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkDifferential;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import software.amazon.awscdk.services.stepfunctions.tasks.AuthType;
import software.amazon.awscdk.services.stepfunctions.tasks.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What the REST and HTTP API factories share, as the CDK's {@code CallApiGatewayEndpointBase}: the common props
 * (method, stage, path, headers, query parameters, body, auth type, pattern) and the documented differences of our
 * {@code apigateway:invoke} grant.
 */
abstract class CallApiGatewayCdkFactory extends CdkFactoryBase {

    private static final String SOURCE = "https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html";
    private static final String SOURCE_ARN =
            "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html";

    private final String apiProperty;
    private final boolean rest;

    CallApiGatewayCdkFactory(String typeId, String apiProperty, boolean rest) {
        super(typeId);
        this.apiProperty = apiProperty;
        this.rest = rest;
    }

    /** @return the request's method as the CDK's enum; NotExpressible when chosen at run time */
    static HttpMethod method(ObjectNode p) {
        String m = CdkProps.staticText(p, "method");
        if (m == null) {
            throw new NotExpressible("a method chosen at run time (the CDK takes an HttpMethod)");
        }
        return HttpMethod.valueOf(m.toUpperCase(Locale.ROOT));
    }

    /**
     * Sets the props both CDK tasks have, by name, on their builder.
     *
     * @param b the CDK builder
     * @param c the request
     */
    static void applyCommon(Object b, TaskCase c) {
        ObjectNode p = c.properties();
        call(b, "method", method(p));
        String stage = CdkProps.string(p, "stageName");
        if (stage != null) {
            call(b, "stageName", stage);
        }
        String path = CdkProps.string(p, "apiPath");
        if (path != null) {
            call(b, "apiPath", path);
        }
        for (String input : List.of("headers", "queryParameters", "requestBody")) {
            if (p.has(input) || p.has(input + ".$")) {
                call(b, input, CdkProps.taskInput(p, input));
            }
        }
        if (p.has("authType")) {
            call(b, "authType", AuthType.valueOf(p.get("authType").asText()));
        }
        if (c.integrationPattern() != null) {
            call(b, "integrationPattern",
                    software.amazon.awscdk.services.stepfunctions.IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
    }

    private static void call(Object b, String name, Object arg) {
        CdkOptions.call(b, name, arg);
    }

    private static boolean iamRole(TaskCase c) {
        return "IAM_ROLE".equals(c.properties().path("authType").asText(null));
    }

    /** @return a static text property, or {@code null} (absent or chosen at run time) */
    private static String given(TaskCase c, String name) {
        return CdkProps.staticText(c.properties(), name);
    }

    /** @return the text the CDK pastes into its ARN for a property chosen at run time, or {@code null} */
    private static String runTime(TaskCase c, String name) {
        JsonNode dynamic = c.properties().get(name + ".$");
        if (dynamic != null) {
            return dynamic.asText();
        }
        JsonNode v = c.properties().get(name);
        return v != null && v.isTextual() && given(c, name) == null ? v.textValue() : null;
    }

    /** Rewrites the resources our render grants {@code execute-api:Invoke} on. */
    private static void rewriteOurs(ObjectNode ours, UnaryOperator<String> f) {
        for (JsonNode s : ours.path("statements")) {
            if (Json.texts(s.get("Action")).contains("execute-api:Invoke")) {
                List<String> resources = Json.texts(s.get("Resource"));
                ArrayNode a = ((ObjectNode) s).putArray("Resource");
                resources.forEach(r -> a.add(f.apply(r)));
            }
        }
    }

    /** @return {@code <api>/}, the start of the resource part of an execute-api ARN of this request */
    private String api(TaskCase c) {
        return c.properties().path(apiProperty).asText() + "/";
    }

    private AllowedDifference difference(String id, String reason, String source, Predicate<TaskCase> when,
                                         AllowedDifference.Normalizer n) {
        return new AllowedDifference(typeId(), id, reason, source, when, n);
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        List<AllowedDifference> out = new ArrayList<>();
        out.add(difference("grant-only-for-iam-role",
                "execute-api:Invoke is granted only for IAM_ROLE, the one auth type that signs the call with the role;"
                        + " the CDK grants it unless authType is NO_AUTH: also when it is left out (rendered NO_AUTH) and"
                        + " for RESOURCE_POLICY",
                SOURCE, c -> !iamRole(c) && !"NO_AUTH".equals(c.properties().path("authType").asText(null)),
                (c, ours, cdk) -> {
                    if (CdkProps.resources(ours, "execute-api:Invoke").isEmpty()) {
                        CdkProps.removeStatements(cdk, "execute-api:Invoke");
                    }
                }));
        out.add(difference("run-time-parts-wildcard",
                "a stage or path chosen at run time is * in the granted ARN; the CDK pastes the path or expression text"
                        + " into the ARN, which matches no method",
                SOURCE_ARN, c -> iamRole(c) && (runTime(c, "stageName") != null || runTime(c, "apiPath") != null),
                (c, ours, cdk) -> {
                    String stage = runTime(c, "stageName");
                    String path = runTime(c, "apiPath");
                    String verb = c.properties().path("method").asText();
                    rewriteOurs(ours, r -> {
                        String arn = r;
                        if (stage != null) {
                            arn = arn.replace(api(c) + "*/", api(c) + stage + "/");
                        }
                        if (path != null && arn.endsWith("/" + verb + "/*")) {
                            arn = arn.substring(0, arn.length() - 2) + path;
                        }
                        return arn;
                    });
                }));
        if (rest) {
            out.add(difference("root-path-grant-narrower",
                    "without apiPath the call reaches the stage's root, granted as .../<METHOD>/; the CDK grants"
                            + " .../<METHOD>/*, every path",
                    SOURCE_ARN, c -> iamRole(c) && !c.properties().has("apiPath") && !c.properties().has("apiPath.$"),
                    (c, ours, cdk) -> {
                        String root = "/" + c.properties().path("method").asText() + "/";
                        rewriteOurs(ours, r -> r.endsWith(root) ? r + "*" : r);
                    }));
            out.add(difference("grant-in-api-region",
                    "with region, the grant names the API's region; the CDK's grant keeps the stack's",
                    SOURCE_ARN, c -> iamRole(c) && c.properties().has("region"),
                    (c, ours, cdk) -> {
                        String region = c.properties().get("region").asText();
                        String prefix = "arn:" + CdkDifferential.CONTEXT.partition() + ":execute-api:";
                        rewriteOurs(ours, r -> r.replace(prefix + region + ":", prefix + CdkDifferential.CONTEXT.region() + ":"));
                    }));
            out.add(AllowedDifference.cdkRefuses(typeId(), "path-without-leading-slash",
                    "an apiPath without a leading / is accepted (Step Functions' own example calls \"Path\": \"bills\"),"
                            + " and so is a JSONata expression; the CDK refuses any apiPath text that does not start with /",
                    SOURCE, c -> c.properties().path("apiPath").isTextual()
                            && !c.properties().path("apiPath").textValue().startsWith("/")));
        } else {
            out.add(difference("missing-parts-undefined",
                    "without stageName or apiPath the grant names the $default stage and the root (.../$default/GET/);"
                            + " the CDK pastes \"undefined\" into its ARN (.../undefined/GETundefined), which matches nothing",
                    SOURCE, c -> iamRole(c) && (!has(c, "stageName") || !has(c, "apiPath")),
                    (c, ours, cdk) -> {
                        String verb = c.properties().path("method").asText();
                        rewriteOurs(ours, r -> {
                            String arn = r;
                            if (!has(c, "stageName")) {
                                arn = arn.replace(api(c) + "$default/", api(c) + "undefined/");
                            }
                            if (!has(c, "apiPath") && arn.endsWith("/" + verb + "/")) {
                                arn = arn.substring(0, arn.length() - 1) + "undefined";
                            }
                            return arn;
                        });
                    }));
            out.add(difference("path-without-leading-slash",
                    "an apiPath without a leading / is granted as .../<METHOD>/<path>; the CDK glues method and path"
                            + " (.../GETbills), which matches no method",
                    SOURCE_ARN, c -> iamRole(c) && given(c, "apiPath") != null && !given(c, "apiPath").startsWith("/"),
                    (c, ours, cdk) -> {
                        String verb = c.properties().path("method").asText();
                        String path = given(c, "apiPath");
                        rewriteOurs(ours, r -> r.endsWith("/" + verb + "/" + path)
                                ? r.substring(0, r.length() - path.length() - 1) + path : r);
                    }));
        }
        out.add(AllowedDifference.cdkRefuses(typeId(), "task-token-in-request-body",
                "WAIT_FOR_TASK_TOKEN accepts the task token in requestBody as well as in headers; the CDK looks in"
                        + " headers only", SOURCE,
                c -> c.integrationPattern() == IntegrationPattern.WAIT_FOR_TASK_TOKEN
                        && !c.properties().path("headers").toString().contains("Task.Token")));
        return out;
    }

    private static boolean has(TaskCase c, String name) {
        return c.properties().has(name) || c.properties().has(name + ".$");
    }

    /**
     * Headers that carry the task token in WAIT_FOR_TASK_TOKEN requests, as the CDK's README writes them
     * ({@code JsonPath.array(JsonPath.taskToken)}), so that such requests reach the CDK too (the kit puts the token
     * in the first free-form property, the request body, where the CDK does not look).
     */
    @Override
    public List<ProviderArbitraries> arbitraries() {
        return List.of(ProviderArbitraries.properties(typeId(), (name, context) -> {
            if (!name.equals("headers") || context.integrationPattern() != IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
                return Optional.empty();
            }
            boolean jsonata = context.queryLanguage() == QueryLanguage.JSONATA;
            Arbitrary<Optional<String>> accept = Arbitraries.of("application/json", "text/plain").optional();
            return Optional.of(accept.map(a -> {
                ObjectNode h = Json.NODES.objectNode();
                a.ifPresent(v -> h.putArray("Accept").add(v));
                if (jsonata) {
                    h.set("TaskToken", TextNode.valueOf("{% [$states.context.Task.Token] %}"));
                } else {
                    h.put("TaskToken.$", "States.Array($$.Task.Token)");
                }
                return h;
            }));
        }));
    }
}
