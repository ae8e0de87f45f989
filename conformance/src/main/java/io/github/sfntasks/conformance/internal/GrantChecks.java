package io.github.sfntasks.conformance.internal;

import io.github.sfntasks.conformance.iam.IamGlob;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.conformance.iam.ResourceActions;
import io.github.sfntasks.conformance.iam.TouchedResource;

import java.util.ArrayList;
import java.util.List;

/**
 * Grants against what the state touches: every touched resource covered by an Allow statement with its action
 * (coverage), and no statement broader than the state needs (least privilege): no {@code *} action, no action
 * the Resource does not imply, no resource that also covers a sibling of a statically known one, no {@code *}
 * resource where the service takes an ARN. An action or resource written verbatim in the request (an
 * {@code iamResources} property, say) is the user's choice and is not judged.
 */
public final class GrantChecks {

    private GrantChecks() {
    }

    /** One Allow statement, flattened. */
    private record Grant(List<String> actions, List<String> resources, boolean deny, boolean notForms) {
    }

    private static List<Grant> grants(JsonNode statements) {
        List<Grant> out = new ArrayList<>();
        for (JsonNode s : statements) {
            out.add(new Grant(Json.texts(s.get("Action")), Json.texts(s.get("Resource")),
                    "Deny".equals(s.path("Effect").asText()), s.has("NotAction") || s.has("NotResource")));
        }
        return out;
    }

    /**
     * {@code iam:PassRole} is implied, for any integration, on a role the request names: a role handed to a service
     * (property 9 checks it is there). On any other resource it is not.
     */
    private static boolean passesANamedRole(String action, List<String> resources, String inputText) {
        if (!action.equalsIgnoreCase("iam:PassRole")) {
            return false;
        }
        for (String r : resources) {
            int at = r.indexOf(":role/");
            if (at < 0 || r.endsWith("/*") || !inputText.contains(r.substring(at + ":role/".length()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param table the IAM table
     * @param state the rendered state
     * @param statements the rendered statements
     * @param context the render context
     * @param inputText the request as text (what the user wrote)
     * @return what is not covered; empty when every touched resource is granted
     */
    public static List<String> coverage(ResourceActions table, ObjectNode state, JsonNode statements, RenderContext context,
                                        String inputText) {
        ResourceActions.Requirements req = table.requirements(state, context);
        List<String> out = new ArrayList<>(req.problems());
        List<Grant> grants = grants(statements);
        // For a family whose IAM action is not always <prefix>:<Action> (the AWS SDK integrations), an action the
        // user names in the request (iamAction) stands for the derived one.
        boolean userActions = req.rule() != null && req.rule().anyServicePrefix();
        for (TouchedResource t : req.touched()) {
            boolean covered = false;
            boolean denied = false;
            for (Grant g : grants) {
                boolean action = g.actions().stream().anyMatch(a -> (req.rule() != null ? req.rule().grants(a, t.action())
                        : IamGlob.actionMatches(a, t.action())) || (userActions && userWrote(inputText, a)));
                boolean resource = t.arn() == null ? !g.resources().isEmpty()
                        : g.resources().stream().anyMatch(r -> t.arns().stream().anyMatch(x -> IamGlob.resourceMatches(r, x)))
                        // a resource the user gave as a placeholder: where the grant puts it is property 8's to check
                        || userPlaceholders(inputText, t.arn()).stream().anyMatch(p -> g.resources().stream().anyMatch(r -> r.contains(p)))
                        // ...or named for the grant by another property the user gave with placeholders (SQS queueArn)
                        || heldPlaceholder(inputText, t.arn())
                                && g.resources().stream().anyMatch(r -> !userPlaceholders(inputText, r).isEmpty() || userWrote(inputText, r));
                if (action && resource) {
                    if (g.deny()) {
                        // a Deny the user wrote (additionalIamStatements, say) is the user's to answer for
                        denied |= !(g.actions().stream().allMatch(a -> userWrote(inputText, a))
                                && g.resources().stream().allMatch(r -> userWrote(inputText, r)));
                    } else if (!g.notForms()) {
                        covered = true;
                    }
                }
            }
            if (!covered || denied) {
                out.add("no statement grants " + t.action() + " on " + (t.arn() == null ? "any resource" : t.arn())
                        + " (" + t.why() + (req.rule() != null ? "; " + req.rule().source() : "") + ")"
                        + (denied ? "; a Deny statement covers it" : ""));
            }
        }
        return out;
    }

    /**
     * @param table the IAM table
     * @param state the rendered state
     * @param statements the rendered statements
     * @param context the render context
     * @param inputText the request's properties and options as text (what the user wrote)
     * @return every grant broader than the state needs
     */
    public static List<String> leastPrivilege(ResourceActions table, ObjectNode state, JsonNode statements,
                                              RenderContext context, String inputText) {
        ResourceActions.Requirements req = table.requirements(state, context);
        List<String> out = new ArrayList<>(req.problems());
        for (JsonNode s : statements) {
            if (s.has("NotAction") || s.has("NotResource")) {
                out.add("statement " + s + " uses NotAction/NotResource, which grants everything but a list");
            }
            if (!"Deny".equals(s.path("Effect").asText("Allow")) && !"Allow".equals(s.path("Effect").asText())) {
                out.add("statement " + s + " has no Effect Allow or Deny");
            }
        }
        for (Grant g : grants(statements)) {
            if (g.deny()) {
                continue;
            }
            for (String a : g.actions()) {
                if (a.equals("*") || a.equals("*:*")) {
                    out.add("the action \"" + a + "\" grants every action of every service");
                } else if (!a.matches("[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+") && !userWrote(inputText, a)) {
                    out.add("the action \"" + a + "\" is not service:Action");
                } else if (!req.implies(a) && !userWrote(inputText, a) && !passesANamedRole(a, g.resources(), inputText)
                        && userPlaceholders(inputText, state.path("Resource").asText(null)).isEmpty()) {
                    out.add("the action " + a + " is not implied by " + describe(state) + " (implied: "
                            + req.impliedActions() + (req.rule() != null ? "; " + req.rule().source() : "") + ")");
                }
            }
            for (String r : g.resources()) {
                if (userWrote(inputText, r) || !userPlaceholders(inputText, r).isEmpty()) {
                    continue;
                }
                for (String a : g.actions()) {
                    List<TouchedResource> forAction = req.touched().stream()
                            .filter(t -> req.rule() != null ? req.rule().grants(a, t.action()) : IamGlob.actionMatches(a, t.action()))
                            .toList();
                    String problem = resourceProblem(r, a, forAction);
                    if (problem != null) {
                        out.add(problem);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static String resourceProblem(String r, String action, List<TouchedResource> touched) {
        boolean wildcardNeeded = touched.stream().anyMatch(t -> "*".equals(t.arn()));
        if (wildcardNeeded) {
            return null;
        }
        List<TouchedResource> statics = touched.stream().filter(TouchedResource::isStatic).toList();
        if (r.equals("*")) {
            if (!statics.isEmpty()) {
                return "the resource \"*\" for " + action + ", where the state touches only " + arns(statics);
            }
            return "the resource \"*\" for " + action + "; a resource chosen at run time still gets the narrowest pattern"
                    + " the service allows (arn:<partition>:<service>:<region>:<account>:<type>*)";
        }
        if (statics.isEmpty() || touched.stream().anyMatch(t -> t.arn() == null)) {
            return null; // chosen at run time: any pattern but * is acceptable here
        }
        for (TouchedResource t : statics) {
            if (t.sibling() != null && IamGlob.resourceMatches(r, t.sibling())) {
                return "the resource " + r + " for " + action + " also covers " + t.sibling() + ", which the state does not"
                        + " touch (it touches " + t.arn() + ", " + t.why() + ")";
            }
        }
        for (TouchedResource t : statics) {
            for (String arn : t.arns()) {
                if (IamGlob.resourceMatches(r, arn) || r.startsWith(arn)) {
                    return null;
                }
            }
        }
        return "the resource " + r + " for " + action + " is none of the resources the state touches " + arns(statics);
    }

    private static String arns(List<TouchedResource> ts) {
        return ts.stream().map(TouchedResource::arn).distinct().toList().toString();
    }

    private static String describe(ObjectNode state) {
        return state.has("Resource") ? "Resource " + state.get("Resource").asText() : "a " + state.path("Type").asText() + " state";
    }

    /**
     * @param inputText the request as text
     * @param arn a resource the kit derived from the state (cut short where a placeholder holds a colon)
     * @return whether it holds, or begins, a placeholder the user wrote
     */
    private static boolean heldPlaceholder(String inputText, String arn) {
        return !userPlaceholders(inputText, arn).isEmpty() || arn != null && (arn.contains("${") || arn.contains("#{"));
    }

    /**
     * @param inputText the request as text
     * @param text a resource
     * @return the placeholders in it that the user wrote in the request (a resource deployed alongside)
     */
    public static List<String> userPlaceholders(String inputText, String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (io.github.sfntasks.api.Placeholders.Part part : io.github.sfntasks.api.Placeholders.parts(text)) {
            if (part.placeholder() && !part.text().startsWith("${AWS::") && inputText.contains(part.text())) {
                out.add(part.text());
            }
        }
        return out;
    }

    /**
     * @param inputText the request as text
     * @param value an action or a resource
     * @return whether the user wrote it as a JSON string in the request
     */
    static boolean userWrote(String inputText, String value) {
        return inputText.contains("\u0000" + value + "\u0000") || inputText.contains(Json.write(Json.NODES.textNode(value)));
    }
}
