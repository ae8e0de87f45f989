package io.github.sfntasks.core.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.SfnTasksException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** What the template writers share: rewriting the strings of a tree, and collecting problems to report at once. */
final class TreeStrings {

    private final List<String> problems = new ArrayList<>();

    /**
     * @param node a tree
     * @param f what each string value becomes (keys are kept)
     * @return a copy with every string value replaced by {@code f}'s result
     */
    static JsonNode map(JsonNode node, Function<String, JsonNode> f) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.set(e.getKey(), map(e.getValue(), f));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(v -> out.add(map(v, f)));
            return out;
        }
        return node.isTextual() ? f.apply(node.textValue()) : node.deepCopy();
    }

    /** @param node a tree @return the placeholders its string values hold, in order of first use */
    static Set<String> placeholders(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        map(node, s -> {
            for (Placeholders.Part p : Placeholders.parts(s)) {
                if (p.placeholder()) {
                    out.add(p.text());
                }
            }
            return JsonNodeFactory.instance.nullNode();
        });
        return out;
    }

    /** @param text a literal part @return it with CloudFormation's escape {@code ${!X}} read back as {@code ${X}} */
    static String unescape(String text) {
        return text.replace("${!", "${");
    }

    /** @param placeholder {@code ${X}} @return {@code X} */
    static String inner(String placeholder) {
        return placeholder.substring(2, placeholder.length() - 1);
    }

    /** @param placeholder a placeholder @return whether it is an AWS CDK token, which only a CDK app resolves */
    static boolean isCdkToken(String placeholder) {
        return placeholder.startsWith("#{") || placeholder.startsWith("${Token[");
    }

    void problem(String message) {
        if (!problems.contains(message)) {
            problems.add(message);
        }
    }

    /** @throws SfnTasksException listing every problem, when there is one */
    void throwIfAny(String format) {
        if (!problems.isEmpty()) {
            throw new SfnTasksException(ErrorCode.DEPLOYMENT_TEMPLATE, "cannot write the " + format + " template: "
                    + String.join("; ", problems));
        }
    }
}
