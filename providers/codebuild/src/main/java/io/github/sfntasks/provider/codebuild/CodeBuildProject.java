package io.github.sfntasks.provider.codebuild;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeValue;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What StartBuild and StartBuildBatch share: the project (rendered as its name, granted by its ARN), the environment
 * variables override (a map by name, as the CDK takes it, rendered as StartBuild's array of {@code {Name, Type, Value}}),
 * and the grants of both patterns.
 */
final class CodeBuildProject {

    /** A CodeBuild project: {@code arn:<partition>:codebuild:<region>:<account>:project/<name>}. */
    static final ResourceArn PROJECT_ARN = ResourceArn.of("codebuild", "project/");

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_-]{1,254}";
    private static final List<String> TYPES = Arrays.stream(BuildEnvironmentVariable.BuildEnvironmentVariableType.values()).map(Enum::name).toList();

    static final Field PROJECT = Field.string("project", "ProjectName").required()
            .pattern(NAME + "|arn:[^:]+:codebuild:[^:]+:[0-9]{12}:project/" + NAME,
                    "a project name (2 to 255 letters, digits, hyphens and underscores, starting with a letter or digit) or its ARN")
            .resource(PROJECT_ARN).renderedAs(CodeBuildProject::projectName)
            .doc("The project's name or ARN; rendered as its name (ProjectName), granted by its ARN");

    static final Field ENVIRONMENT = Field.json("environmentVariablesOverride", "EnvironmentVariablesOverride").staticOnly()
            .schema(CodeBuildProject::environmentSchema).renderedAs(CodeBuildProject::environmentArray)
            .doc("Environment variables for this build only, by name: {type (PLAINTEXT, PARAMETER_STORE, SECRETS_MANAGER;"
                    + " default PLAINTEXT), value}");

    private CodeBuildProject() {
    }

    /** @param name the shape's name @return the shape of StartBuild and StartBuildBatch */
    static Shape shape(String name) {
        return Shape.of(name, PROJECT, ENVIRONMENT).check(CodeBuildProject::checkEnvironment);
    }

    private static JsonSchema environmentSchema() {
        return JsonSchema.mapOf(JsonSchema.object()
                        .optional("type", JsonSchema.enumOf(BuildEnvironmentVariable.BuildEnvironmentVariableType.values())
                                .description("How CodeBuild reads the value; default PLAINTEXT"))
                        .required("value", JsonSchema.string().description("The value (or parameter name, secret reference)").dynamic()))
                .propertyNames("^[^.$]+$");
    }

    /** An ARN (literal parts, placeholders kept) becomes the name after {@code :project/}, as the CDK's projectName. */
    private static Value projectName(Value v) {
        if (v instanceof Literal l && l.isText() && l.text().startsWith("arn:")) {
            int at = l.text().indexOf(":project/");
            return at < 0 ? v : Literal.of(l.text().substring(at + ":project/".length()));
        }
        return v;
    }

    private static Map<String, Value> members(Value v) {
        if (v instanceof ObjectValue o) {
            return o.members();
        }
        if (v instanceof Literal l && l.node().isObject()) {
            Map<String, Value> out = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = l.node().properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), Literal.of(e.getValue()));
            }
            return out;
        }
        return null;
    }

    private static void checkEnvironment(ShapeValue values, Shape.Problems problems) {
        Value env = values.value(ENVIRONMENT);
        if (env == null) {
            return;
        }
        Map<String, Value> vars = members(env);
        if (vars == null) {
            problems.add(ErrorCode.INVALID_PROPERTY, ENVIRONMENT.name(), "must be an object of variables by name, was " + env);
            return;
        }
        for (Map.Entry<String, Value> e : vars.entrySet()) {
            String path = ENVIRONMENT.name() + "." + e.getKey();
            Map<String, Value> variable = members(e.getValue());
            if (variable == null) {
                problems.add(ErrorCode.INVALID_PROPERTY, path, "must be an object {type, value}, was " + e.getValue());
                continue;
            }
            for (String key : variable.keySet()) {
                if (!key.equals("type") && !key.equals("value")) {
                    problems.add(ErrorCode.UNKNOWN_PROPERTY, path + "." + key, "is not a member of a variable: give type and value");
                }
            }
            Value type = variable.get("type");
            if (type != null && !(type instanceof Literal t && t.isText() && TYPES.contains(t.text()))) {
                problems.add(ErrorCode.INVALID_PROPERTY, path + ".type", "must be one of " + TYPES + ", was " + type);
            }
            Value value = variable.get("value");
            if (value == null) {
                problems.add(ErrorCode.MISSING_PROPERTY, path + ".value", "is required");
            } else if (value instanceof Literal l && !l.isText() || value instanceof ObjectValue || value instanceof ArrayValue) {
                problems.add(ErrorCode.INVALID_PROPERTY, path + ".value", "must be a string (or a path), was " + value);
            }
        }
    }

    /** {@code {NAME: {type, value}}} becomes {@code [{Name, Type, Value}]}, the type PLAINTEXT when not given (the CDK's). */
    private static Value environmentArray(Value v) {
        ArrayValue.Builder out = ArrayValue.builder();
        members(v).forEach((name, variable) -> {
            Map<String, Value> m = members(variable);
            out.add(ObjectValue.builder().put("Name", name)
                    .put("Type", m.getOrDefault("type", Literal.of("PLAINTEXT")))
                    .put("Value", m.get("value")).build());
        });
        return out.build();
    }

    /**
     * @param current the variables set so far (a copy's, say), or {@code null}
     * @param vars variables by name, added after them (replacing one of the same name)
     * @return the property value: {@code {NAME: {type, value}}}
     */
    static ObjectValue environment(Value current, Map<String, BuildEnvironmentVariable> vars) {
        ObjectValue.Builder b = ObjectValue.builder();
        Map<String, Value> before = current == null ? null : members(current);
        if (before != null) {
            before.forEach(b::put);
        }
        vars.forEach((name, v) -> {
            ObjectValue.Builder one = ObjectValue.builder();
            if (v.type() != null) {
                one.put("type", v.type().name());
            }
            b.put(name, one.put("value", v.value()).build());
        });
        return b.build();
    }

    /**
     * @param g the grants
     * @param project the project value
     * @param pattern the task's pattern
     * @param start the start action ({@code codebuild:StartBuild})
     * @param syncActions what {@code .sync} adds on the project
     * @param rule the managed rule of {@code .sync}, named whole
     */
    static void grants(Grants g, Value project, IntegrationPattern pattern, String start, List<String> syncActions, String rule) {
        String arn = g.resource(PROJECT.name(), project, PROJECT_ARN);
        if (pattern == IntegrationPattern.RUN_JOB) {
            List<String> actions = new java.util.ArrayList<>(List.of(start));
            actions.addAll(syncActions);
            g.allow(actions, List.of(arn));
            g.managedRuleNamed(rule);
        } else {
            g.allow(start, arn);
        }
    }
}
