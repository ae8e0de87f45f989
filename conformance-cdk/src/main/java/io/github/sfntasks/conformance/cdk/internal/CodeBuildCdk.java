package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.codebuild.BuildEnvironmentVariable;
import software.amazon.awscdk.services.codebuild.BuildEnvironmentVariableType;
import software.amazon.awscdk.services.codebuild.IProject;
import software.amazon.awscdk.services.codebuild.Project;
import software.amazon.awscdk.services.stepfunctions.JsonPath;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the two CodeBuild factories share (self-contained: the kit's public API and the CDK only). */
final class CodeBuildCdk {

    private CodeBuildCdk() {
    }

    /** The project imported as a CDK user would: by ARN or by name; one chosen at run time is not expressible. */
    static IProject project(Stack stack, ObjectNode p) {
        String project = GlueStartJobRunCdkFactory.staticText(p, "project");
        return project.startsWith("arn:") ? Project.fromProjectArn(stack, "Project", project)
                : Project.fromProjectName(stack, "Project", project);
    }

    /** {@code {NAME: {type, value}}} as the CDK's map of {@code BuildEnvironmentVariable}s. */
    static Map<String, BuildEnvironmentVariable> variables(JsonNode env) {
        Map<String, BuildEnvironmentVariable> out = new LinkedHashMap<>();
        env.properties().forEach(e -> {
            JsonNode v = e.getValue();
            BuildEnvironmentVariable.Builder b = BuildEnvironmentVariable.builder();
            if (v.has("type")) {
                b.type(BuildEnvironmentVariableType.valueOf(v.get("type").asText()));
            }
            if (v.has("value.$")) {
                b.value(JsonPath.stringAt(v.get("value.$").asText()));
            } else {
                b.value(v.get("value").asText());
            }
            out.put(e.getKey(), b.build());
        });
        return out;
    }

    /**
     * StartBuild: we grant the actions AWS's page lists per pattern, a subset of the CDK's (StartBuild, StopBuild,
     * BatchGetBuilds, BatchGetReports for either pattern); the normaliser gives our statement the CDK's actions when
     * ours are among them on the same resource.
     */
    static AllowedDifference startBuildGrantsAsAws(String typeId) {
        return new AllowedDifference(typeId, "start-build-grants-per-pattern-as-aws",
                "RequestResponse grants codebuild:StartBuild only, .sync StartBuild, StopBuild and BatchGetBuilds, as AWS's"
                        + " page lists them; the CDK grants those and BatchGetReports for either pattern",
                "https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html",
                c -> true, (c, ours, cdk) -> {
                    for (JsonNode s : ours.get("statements")) {
                        List<String> actions = texts(s.get("Action"));
                        if (!actions.contains("codebuild:StartBuild")) {
                            continue;
                        }
                        for (JsonNode k : cdk.get("statements")) {
                            List<String> theirs = texts(k.get("Action"));
                            if (theirs.containsAll(actions) && texts(k.get("Resource")).equals(texts(s.get("Resource")))) {
                                ((ObjectNode) s).set("Action", k.get("Action").deepCopy());
                            }
                        }
                    }
                });
    }

    /**
     * The CDK takes {@code environmentVariablesOverride} as a JavaScript object, whose integer-like keys ("45") come
     * first in ascending order whatever the order given (ECMA-262 OrdinaryOwnPropertyKeys); we render the variables
     * in the order given. CodeBuild takes them as a list of uniquely named variables, so the order carries nothing.
     *
     * @param typeId the type id
     * @return the difference, for requests with an integer-like variable name
     */
    static AllowedDifference environmentOrderAsGiven(String typeId) {
        return new AllowedDifference(typeId, "environment-variables-in-the-order-given",
                "variables are rendered in the order given; the CDK's JavaScript object puts integer-like names first",
                "https://tc39.es/ecma262/#sec-ordinaryownpropertykeys",
                c -> {
                    JsonNode env = c.properties().path("environmentVariablesOverride");
                    for (java.util.Iterator<String> it = env.fieldNames(); it.hasNext(); ) {
                        if (it.next().matches("0|[1-9][0-9]{0,8}")) {
                            return true;
                        }
                    }
                    return false;
                }, (c, ours, cdk) -> {
                    for (ObjectNode render : List.of(ours, cdk)) {
                        JsonNode params = render.path("state").has("Arguments") ? render.path("state").path("Arguments")
                                : render.path("state").path("Parameters");
                        JsonNode list = params.path("EnvironmentVariablesOverride");
                        if (!list.isArray()) {
                            continue;
                        }
                        List<JsonNode> items = new ArrayList<>();
                        list.forEach(items::add);
                        items.sort(java.util.Comparator.comparing(n -> n.path("Name").asText()));
                        com.fasterxml.jackson.databind.node.ArrayNode sorted = ((ObjectNode) params).putArray("EnvironmentVariablesOverride");
                        items.forEach(sorted::add);
                    }
                });
    }

    private static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            ((ArrayNode) n).forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    /** Projects by name and by ARN (the stack's account and region, and others), for the differential. */
    static ProviderArbitraries projects(String typeId) {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_')
                .ofMinLength(1).ofMaxLength(30).map(s -> "p" + s);
        Arbitrary<String> prefixes = Arbitraries.of("arn:aws:codebuild:us-east-1:123456789012:project/",
                "arn:aws:codebuild:eu-west-1:210987654321:project/", "arn:aws-cn:codebuild:cn-north-1:210987654321:project/");
        Arbitrary<String> project = Arbitraries.oneOf(names, Combinators.combine(prefixes, names).as(String::concat));
        return ProviderArbitraries.properties(typeId, (name, context) -> name.equals("project")
                ? Optional.of(project.map(TextNode::valueOf)) : Optional.empty());
    }

}
