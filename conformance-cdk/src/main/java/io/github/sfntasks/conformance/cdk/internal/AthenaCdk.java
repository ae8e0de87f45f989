package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory.NotExpressible;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** What the Athena factories share: reading resource names the CDK can express, and rewriting grants. */
final class AthenaCdk {

    private AthenaCdk() {
    }

    /**
     * The CDK resolves only the tokens it made: a token's text ({@code ${Token[...]}}, {@code #{Token[...]}}) that the
     * request brings is refused ("Unrecognized token key", "encoded list token in a scalar context"), so a request
     * holding one is not expressible.
     *
     * @param p the properties
     */
    static void refuseTokenTexts(ObjectNode p) {
        String text = p.toString();
        if (text.contains("#{Token[") || text.contains("${Token[")) {
            throw new NotExpressible("a CDK token's text (the CDK resolves only the tokens it made)");
        }
    }

    /**
     * A name the CDK puts into an ARN ({@code formatArn}): only a literal is expressible; the CDK writes a path or a
     * JSONata expression into the ARN as text (a grant on {@code workgroup/$.wg}), where we grant the kind's pattern.
     *
     * @param p the properties
     * @param name the property
     * @return the literal, or {@code null} when absent
     */
    static String resourceName(ObjectNode p, String name) {
        if (p.has(name + ".$")) {
            throw new NotExpressible(name + " chosen at run time (the CDK writes the path into the ARN of its grant)");
        }
        String v = CdkProps.string(p, name);
        if (v != null && JsonataExpression.isExpression(v)) {
            throw new NotExpressible(name + " as a JSONata expression (the CDK writes it into the ARN of its grant)");
        }
        return v;
    }

    /**
     * Removes the actions that match from every statement (a statement left without actions goes too).
     *
     * @param render {@code {"state":..., "statements":[...]}}
     * @param drop which actions
     */
    static void dropActions(ObjectNode render, Predicate<String> drop) {
        ArrayNode statements = (ArrayNode) render.get("statements");
        for (int i = statements.size() - 1; i >= 0; i--) {
            ObjectNode s = (ObjectNode) statements.get(i);
            List<String> kept = new ArrayList<>();
            JsonNode a = s.get("Action");
            if (a.isArray()) {
                a.forEach(x -> kept.add(x.asText()));
            } else {
                kept.add(a.asText());
            }
            kept.removeIf(x -> drop.test(x.toLowerCase(Locale.ROOT)));
            if (kept.isEmpty()) {
                statements.remove(i);
            } else {
                ArrayNode na = s.putArray("Action");
                kept.forEach(na::add);
            }
        }
    }

    /**
     * Replaces resources of the statements that grant an action matching {@code action}.
     *
     * @param render the render
     * @param action which statements
     * @param from which resources
     * @param to what they become
     */
    static void replaceResources(ObjectNode render, Predicate<String> action, Predicate<String> from, String to) {
        for (JsonNode s : render.path("statements")) {
            List<String> actions = texts(s.get("Action"));
            if (actions.stream().noneMatch(x -> action.test(x.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            List<String> resources = texts(s.get("Resource"));
            ArrayNode r = ((ObjectNode) s).putArray("Resource");
            resources.stream().map(x -> from.test(x) ? to : x).distinct().forEach(r::add);
        }
    }

    /** @return every resource of the statements that grant an action matching {@code action} */
    static List<String> resources(ObjectNode render, Predicate<String> action) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : render.path("statements")) {
            if (texts(s.get("Action")).stream().anyMatch(x -> action.test(x.toLowerCase(Locale.ROOT)))) {
                out.addAll(texts(s.get("Resource")));
            }
        }
        return out;
    }

    static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }
}
