package io.github.sfntasks.conformance.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders one request through a provider and through its CDK twin and compares: the states as JSON trees (member
 * order and number spelling aside), the statements as sets of permissions (effect, action, resource and
 * conditions; how they are grouped into statements and the order of actions do not matter).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class CdkDifferential {

    /** The context our side renders for: the CDK stack's partition, region and account. */
    public static final RenderContext CONTEXT = RenderContext.of(CdkRenderer.PARTITION, CdkRenderer.REGION, CdkRenderer.ACCOUNT);

    /**
     * Differences of the common state options, the same for every task type: they come from the API's shared
     * rendering, not from a provider.
     */
    public static final List<AllowedDifference> COMMON = List.of(
            new AllowedDifference("*", "explicit-jsonpath-query-language",
                    "a state whose own QueryLanguage is set to JSONPath says so (\"QueryLanguage\": \"JSONPath\");"
                            + " the CDK leaves the default out",
                    "https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html",
                    c -> c.options().queryLanguage() == QueryLanguage.JSONPATH,
                    (c, ours, cdk) -> {
                        if ("JSONPath".equals(ours.path("state").path("QueryLanguage").asText(null))
                                && !cdk.path("state").has("QueryLanguage")) {
                            ((ObjectNode) ours.get("state")).remove("QueryLanguage");
                        }
                    }),
            new AllowedDifference("*", "credentials-role-pattern",
                    "a role chosen at run time (Credentials.RoleArn.$) is granted sts:AssumeRole on"
                            + " arn:<partition>:iam::*:role/*, the narrowest pattern a role ARN allows; the CDK grants *",
                    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns",
                    c -> c.options().credentials() != null
                            && !(c.options().credentials() instanceof io.github.sfntasks.api.value.Literal),
                    (c, ours, cdk) -> {
                        String pattern = "arn:" + CONTEXT.partition() + ":iam::*:role/*";
                        for (JsonNode s : ours.get("statements")) {
                            if (Json.texts(s.get("Action")).contains("sts:AssumeRole")
                                    && Json.texts(s.get("Resource")).equals(List.of(pattern))
                                    && CdkDifferential.permissions(cdk.get("statements")).contains("Allow sts:assumerole *")) {
                                ((ObjectNode) s).put("Resource", "*");
                            }
                        }
                    }));

    private CdkDifferential() {
    }

    /**
     * @param provider the provider
     * @param factory its CDK twin
     * @param renderer the CDK renderer
     * @param c a request the provider accepts
     * @return the comparison
     */
    public static CdkComparison compare(TaskProvider provider, CdkTaskFactory factory, CdkRenderer renderer, TaskCase c) {
        Task task = provider.create(c.request());
        ObjectNode ours = Json.render(task, CONTEXT);
        java.util.List<String> strings = new java.util.ArrayList<>();
        Json.strings(c.properties(), (pointer, t) -> strings.add(t));
        if (strings.stream().anyMatch(io.github.sfntasks.api.Placeholders::contains)) {
            // A placeholder: CDK token text this CDK app did not create (the CDK refuses to resolve it), or a
            // CloudFormation variable, which a CDK app never passes (it passes its own tokens). Placeholders are checked
            // by the kit's property 8 and by CdkTokensTest, which runs a real CDK app's tokens through our builders.
            return new CdkComparison(CdkComparison.Kind.NOT_EXPRESSIBLE, List.of(),
                    "the request holds a placeholder, which a CDK app passes only as its own tokens", ours, null);
        }
        CdkResult result;
        QueryLanguage machine = c.options().queryLanguage() == null && c.queryLanguage() == QueryLanguage.JSONATA
                ? QueryLanguage.JSONATA : null;
        try {
            result = renderer.render(c.stateName(), machine == null ? null
                    : software.amazon.awscdk.services.stepfunctions.QueryLanguage.JSONATA,
                    (stack, name) -> factory.create(stack, name, c));
        } catch (CdkTaskFactory.NotExpressible e) {
            return new CdkComparison(CdkComparison.Kind.NOT_EXPRESSIBLE, List.of(), e.getMessage(), ours, null);
        } catch (RuntimeException e) {
            ObjectNode refused = Json.NODES.objectNode();
            refused.put("refused", String.valueOf(e.getMessage()));
            for (AllowedDifference d : factory.allowedDifferences()) {
                if (d.normalizer() == AllowedDifference.CDK_REFUSES && d.appliesTo().test(c)) {
                    return new CdkComparison(CdkComparison.Kind.DOCUMENTED, List.of(d.id()), "the CDK refuses: " + e.getMessage(),
                            ours, refused);
                }
            }
            return new CdkComparison(CdkComparison.Kind.MISMATCH, List.of(),
                    "the CDK refuses a request the provider accepts: " + e, ours, refused);
        }
        if (!result.unresolved().isEmpty()) {
            return new CdkComparison(CdkComparison.Kind.NOT_EXPRESSIBLE, List.of(),
                    "the CDK output holds intrinsics that cannot be resolved: " + result.unresolved(), ours, null);
        }
        ObjectNode cdk = result.toJson().deepCopy();
        String diff = difference(ours, cdk);
        if (diff == null) {
            return new CdkComparison(CdkComparison.Kind.IDENTICAL, List.of(), "", ours, cdk);
        }
        ObjectNode o = ours.deepCopy();
        ObjectNode k = cdk.deepCopy();
        List<String> applied = new ArrayList<>();
        List<AllowedDifference> all = new ArrayList<>(factory.allowedDifferences());
        all.addAll(COMMON);
        for (AllowedDifference d : all) {
            if (d.normalizer() == AllowedDifference.CDK_REFUSES || !d.appliesTo().test(c)) {
                continue;
            }
            String before = Json.write(o) + Json.write(k);
            d.normalizer().normalize(c, o, k);
            if (!before.equals(Json.write(o) + Json.write(k))) {
                applied.add(d.id());
            }
        }
        String left = difference(o, k);
        if (left == null) {
            return new CdkComparison(CdkComparison.Kind.DOCUMENTED, applied, diff, ours, cdk);
        }
        return new CdkComparison(CdkComparison.Kind.MISMATCH, applied, left
                + (applied.isEmpty() ? "" : " (after the documented differences " + applied + ")"), ours, cdk);
    }

    /**
     * @param ours our render
     * @param cdk the CDK's
     * @return the first difference, or {@code null} when they are equal
     */
    public static String difference(ObjectNode ours, ObjectNode cdk) {
        String state = Json.firstDifference(ours.get("state"), cdk.get("state"), "/state");
        if (state != null) {
            return "state differs at " + state + " (ours vs the CDK's)";
        }
        Set<String> a = permissions(ours.get("statements"));
        Set<String> b = permissions(cdk.get("statements"));
        if (!a.equals(b)) {
            Set<String> onlyOurs = new TreeSet<>(a);
            onlyOurs.removeAll(b);
            Set<String> onlyCdk = new TreeSet<>(b);
            onlyCdk.removeAll(a);
            return "grants differ: only ours " + onlyOurs + ", only the CDK's " + onlyCdk;
        }
        return null;
    }

    /**
     * @param statements an IAM statement array
     * @return the permissions it grants, one {@code Effect action resource conditions} per action and resource
     */
    public static Set<String> permissions(JsonNode statements) {
        Set<String> out = new TreeSet<>();
        if (statements == null) {
            return out;
        }
        for (JsonNode s : statements) {
            String effect = s.path("Effect").asText("Allow");
            String conditions = s.has("Condition") ? " " + Json.write(Json.sortKeys(s.get("Condition"))) : "";
            for (String action : Json.texts(s.get("Action"))) {
                for (String resource : Json.texts(s.get("Resource"))) {
                    out.add(effect + " " + action.toLowerCase(Locale.ROOT) + " " + resource + conditions);
                }
            }
        }
        return out;
    }
}
