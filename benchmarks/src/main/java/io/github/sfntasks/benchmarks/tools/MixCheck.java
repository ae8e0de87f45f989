package io.github.sfntasks.benchmarks.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.benchmarks.TaskMix;
import io.github.sfntasks.core.graph.StateMachine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a CDK app built the same machine as {@link TaskMix}: {@code MixCheck N TEMPLATE...} reads each
 * CloudFormation template (synthesized by one of the CDK apps with {@code N} tasks:
 * {@code node/v2/synth.js N TEMPLATE}, {@code node/v1/synth.js}, {@code cdk-java}'s {@code CdkSynthMain N TEMPLATE}),
 * renders {@code TaskMix.machine(N)} for {@link TaskMix#CONTEXT}, prints what it compared, and exits with 1 when
 * a template differs. {@code benchmarks/scripts/check-mix.sh} runs it.
 *
 * <p>Compared, after resolving the template's intrinsic functions ({@code Fn::Join} and {@code Ref} of the
 * pseudo parameters {@code AWS::Partition}, {@code AWS::Region}, {@code AWS::AccountId},
 * {@code AWS::URLSuffix}, for the stack's account and region, which are {@link TaskMix#CONTEXT}'s):
 * <ul>
 *   <li>the definition: {@code StartAt}, the state names in chain order, and each state whole (its
 *       {@code Resource}, {@code Parameters}, {@code Retry}, {@code Next}/{@code End}); JSON objects compare
 *       without regard to member order;</li>
 *   <li>the policy: the set of actions, and for each action the number of resources it is granted on and
 *       the resources themselves. The statements are flattened to (action, resource) pairs first, because
 *       the CDK writes one statement per task and sfn-tasks aggregates them; the number of statements and
 *       of actions in them is printed, not compared.</li>
 * </ul>
 *
 * <p>Expected differences are counted and printed, not reported as differences:
 * <ul>
 *   <li>where sfn-tasks is deliberately narrower than the CDK (see {@code StepFunctionsStartExecution}'s
 *       Javadoc): {@code states:DescribeExecution} and {@code states:StopExecution} on
 *       {@code execution:<name>:*} where the CDK grants {@code execution:<name>*};</li>
 *   <li>for a template marked {@code --cdk-v1} (the CDK v1 app): the built-in retrier of
 *       {@code LambdaInvoke} without {@code Lambda.ClientExecutionTimeoutException}, which the CDK v2 (and
 *       sfn-tasks) lists and the CDK v1 does not. The task is the same; the CDK's rendering of it changed.</li>
 * </ul>
 */
public final class MixCheck {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The CDK's {@code execution:<name>*}, which sfn-tasks grants as {@code execution:<name>:*}. */
    private static final Pattern CDK_EXECUTIONS = Pattern.compile("(arn:[^:]+:states:[^:]*:[^:]*:execution:[^:*]+)\\*");
    private static final Set<String> EXECUTION_ACTIONS = Set.of("states:DescribeExecution", "states:StopExecution");
    /** The error of the Lambda retrier that the CDK v2 added and the CDK v1 lacks. */
    private static final String V2_ONLY_LAMBDA_ERROR = "Lambda.ClientExecutionTimeoutException";

    private MixCheck() {
    }

    /**
     * What a comparison found.
     *
     * @param report what was compared, one line each
     * @param differences what differs, one line each; empty when the template builds the same machine
     */
    public record Result(List<String> report, List<String> differences) {

        /** @return whether the template builds the same machine */
        public boolean same() {
            return differences.isEmpty();
        }
    }

    /**
     * @param args the number of tasks, then one or more template files, each optionally preceded by
     *             {@code --cdk-v1} when a CDK v1 app synthesized it
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: MixCheck N [--cdk-v1] TEMPLATE...");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        boolean allSame = true;
        boolean cdkV1 = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--cdk-v1")) {
                cdkV1 = true;
                continue;
            }
            Result result = compare(n, MAPPER.readTree(Path.of(args[i]).toFile()), cdkV1);
            cdkV1 = false;
            System.out.println(args[i] + ":");
            result.report().forEach(line -> System.out.println("  " + line));
            result.differences().forEach(line -> System.out.println("  DIFFERENT: " + line));
            System.out.println(result.same() ? "  same machine" : "  NOT the same machine");
            allSame &= result.same();
        }
        System.exit(allSame ? 0 : 1);
    }

    /**
     * Compares a CDK app's template with {@code TaskMix.machine(n)}.
     *
     * @param n the number of tasks both were built with
     * @param template the synthesized CloudFormation template
     * @param cdkV1 whether a CDK v1 app synthesized it (one more expected difference, see the class comment)
     * @return what was compared and what differs
     */
    public static Result compare(int n, JsonNode template, boolean cdkV1) {
        StateMachine.Rendered ours = TaskMix.machine(n).render(TaskMix.CONTEXT);
        return compare(ours.definition(), ours.policy(), template, TaskMix.CONTEXT, cdkV1);
    }

    /**
     * Compares a rendered definition and policy with a CDK app's template.
     *
     * @param definition our definition
     * @param policy our policy document
     * @param template the synthesized CloudFormation template
     * @param context the stack's partition, region and account (to resolve the pseudo parameters)
     * @param cdkV1 whether a CDK v1 app synthesized it (one more expected difference, see the class comment)
     * @return what was compared and what differs
     */
    public static Result compare(ObjectNode definition, ObjectNode policy, JsonNode template, RenderContext context,
                                 boolean cdkV1) {
        List<String> report = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        JsonNode cdkDefinition;
        List<JsonNode> cdkStatements = new ArrayList<>();
        try {
            List<JsonNode> machines = resources(template, "AWS::StepFunctions::StateMachine");
            if (machines.size() != 1) {
                differences.add("the template has " + machines.size() + " state machines, not 1");
                return new Result(report, differences);
            }
            cdkDefinition = MAPPER.readTree(resolve(machines.get(0).path("Properties").path("DefinitionString"), context).asText());
            for (JsonNode p : resources(template, "AWS::IAM::Policy")) {
                resolve(p.path("Properties").path("PolicyDocument").path("Statement"), context).forEach(cdkStatements::add);
            }
        } catch (IllegalArgumentException | JsonProcessingException e) {
            differences.add("cannot read the template: " + e.getMessage());
            return new Result(report, differences);
        }
        compareDefinitions(definition, cdkDefinition, cdkV1, report, differences);
        List<JsonNode> ourStatements = new ArrayList<>();
        policy.path("Statement").forEach(ourStatements::add);
        comparePolicies(ourStatements, cdkStatements, report, differences);
        return new Result(report, differences);
    }

    private static void compareDefinitions(JsonNode ours, JsonNode cdk, boolean cdkV1, List<String> report,
                                           List<String> differences) {
        List<String> ourChain = chain(ours);
        List<String> cdkChain = chain(cdk);
        if (!ourChain.equals(cdkChain)) {
            differences.add("states in chain order: ours " + ourChain + ", CDK " + cdkChain);
            return;
        }
        report.add("definition: " + ourChain.size() + " states, the same names in the same order (" + ourChain.get(0)
                + " ... " + ourChain.get(ourChain.size() - 1) + ")");
        int sameResource = 0;
        int sameParameters = 0;
        int sameState = 0;
        int v1Retriers = 0;
        SortedSet<String> resources = new TreeSet<>();
        for (String name : ourChain) {
            JsonNode a = ours.path("States").path(name);
            JsonNode b = cdk.path("States").path(name);
            resources.add(a.path("Resource").asText());
            if (a.path("Resource").equals(b.path("Resource"))) {
                sameResource++;
            }
            if (a.path("Parameters").equals(b.path("Parameters"))) {
                sameParameters++;
            }
            if (a.equals(b)) {
                sameState++;
                continue;
            }
            Set<String> fields = new TreeSet<>();
            a.fieldNames().forEachRemaining(fields::add);
            b.fieldNames().forEachRemaining(fields::add);
            for (String f : fields) {
                if (a.path(f).equals(b.path(f))) {
                    continue;
                }
                if (cdkV1 && f.equals("Retry") && withoutV2OnlyLambdaError(a.path(f)).equals(b.path(f))) {
                    v1Retriers++;
                } else {
                    differences.add(name + "." + f + ": ours " + a.path(f) + ", CDK " + b.path(f));
                }
            }
        }
        int n = ourChain.size();
        report.add("per state: Resource the same in " + sameResource + "/" + n + ", Parameters in " + sameParameters
                + "/" + n + ", the whole state in " + sameState + "/" + n);
        report.add("integration Resources: " + resources);
        if (v1Retriers > 0) {
            report.add("expected difference in " + v1Retriers + " of the states: the CDK v1's LambdaInvoke retrier lacks "
                    + V2_ONLY_LAMBDA_ERROR + " (the CDK v2 and sfn-tasks list it)");
        }
    }

    /** Our Retry with the error the CDK v1 does not list removed from each retrier. */
    private static JsonNode withoutV2OnlyLambdaError(JsonNode retry) {
        JsonNode copy = retry.deepCopy();
        for (JsonNode retrier : copy) {
            JsonNode errors = retrier.path("ErrorEquals");
            for (int i = errors.size() - 1; i >= 0; i--) {
                if (V2_ONLY_LAMBDA_ERROR.equals(errors.get(i).asText())) {
                    ((ArrayNode) errors).remove(i);
                }
            }
        }
        return copy;
    }

    /** The state names from {@code StartAt} along {@code Next}. */
    private static List<String> chain(JsonNode definition) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String name = definition.path("StartAt").asText(null);
        while (name != null && seen.add(name)) {
            names.add(name);
            name = definition.path("States").path(name).path("Next").asText(null);
        }
        return names;
    }

    private static void comparePolicies(List<JsonNode> ours, List<JsonNode> cdk, List<String> report,
                                        List<String> differences) {
        SortedMap<String, SortedSet<String>> ourGrants = grants(ours);
        SortedMap<String, SortedSet<String>> cdkGrants = grants(cdk);
        report.add("policy statements: ours " + ours.size() + " (" + actionCount(ours) + " actions in them), CDK "
                + cdk.size() + " (" + actionCount(cdk) + " actions in them)");
        if (!ourGrants.keySet().equals(cdkGrants.keySet())) {
            differences.add("actions: ours " + ourGrants.keySet() + ", CDK " + cdkGrants.keySet());
            return;
        }
        int pairs = 0;
        int expected = 0;
        for (Map.Entry<String, SortedSet<String>> e : ourGrants.entrySet()) {
            String action = e.getKey();
            SortedSet<String> ourResources = e.getValue();
            SortedSet<String> cdkResources = cdkGrants.get(action);
            pairs += ourResources.size();
            if (ourResources.size() != cdkResources.size()) {
                differences.add(action + ": ours on " + ourResources.size() + " resources, CDK on " + cdkResources.size());
                continue;
            }
            SortedSet<String> normalized = new TreeSet<>();
            for (String r : cdkResources) {
                Matcher m = CDK_EXECUTIONS.matcher(r);
                if (EXECUTION_ACTIONS.contains(action) && m.matches()) {
                    normalized.add(m.group(1) + ":*");
                    expected++;
                } else {
                    normalized.add(r);
                }
            }
            if (!ourResources.equals(normalized)) {
                SortedSet<String> onlyOurs = new TreeSet<>(ourResources);
                onlyOurs.removeAll(normalized);
                SortedSet<String> onlyCdk = new TreeSet<>(normalized);
                onlyCdk.removeAll(ourResources);
                differences.add(action + ": only ours " + onlyOurs + ", only CDK " + onlyCdk);
            }
        }
        report.add("policy: the same " + ourGrants.size() + " actions " + ourGrants.keySet() + ", " + pairs
                + " (action, resource) pairs on each side");
        if (expected > 0) {
            report.add("expected difference in " + expected + " of them: CDK execution:<name>*, ours execution:<name>:*"
                    + " (see StepFunctionsStartExecution)");
        }
    }

    /** Action to the resources it is granted on, over all Allow statements. */
    private static SortedMap<String, SortedSet<String>> grants(List<JsonNode> statements) {
        SortedMap<String, SortedSet<String>> grants = new TreeMap<>();
        for (JsonNode s : statements) {
            String effect = s.path("Effect").asText();
            for (String action : texts(s.path("Action"))) {
                SortedSet<String> resources = grants.computeIfAbsent(
                        "Allow".equals(effect) ? action : effect + " " + action, k -> new TreeSet<>());
                resources.addAll(texts(s.path("Resource")));
            }
        }
        return grants;
    }

    private static int actionCount(List<JsonNode> statements) {
        return statements.stream().mapToInt(s -> texts(s.path("Action")).size()).sum();
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> texts.add(v.asText()));
        } else if (!node.isMissingNode()) {
            texts.add(node.asText());
        }
        return texts;
    }

    private static List<JsonNode> resources(JsonNode template, String type) {
        List<JsonNode> found = new ArrayList<>();
        template.path("Resources").forEach(r -> {
            if (type.equals(r.path("Type").asText())) {
                found.add(r);
            }
        });
        return found;
    }

    /**
     * Resolves the intrinsic functions a CDK app writes for imported resources in an environment-specific
     * stack: {@code Fn::Join} and {@code Ref} of the pseudo parameters.
     *
     * @param node a template value
     * @param context the stack's partition, region and account
     * @return the value with every such function replaced by its text
     * @throws IllegalArgumentException for any other intrinsic function (a reference to a resource, ...)
     */
    public static JsonNode resolve(JsonNode node, RenderContext context) {
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(v -> out.add(resolve(v, context)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        if (node.size() == 1) {
            String key = node.fieldNames().next();
            JsonNode arg = node.get(key);
            if (key.equals("Ref")) {
                return TextNode.valueOf(pseudoParameter(arg.asText(), context));
            }
            if (key.equals("Fn::Join")) {
                StringBuilder sb = new StringBuilder();
                String separator = arg.path(0).asText();
                Iterator<JsonNode> parts = arg.path(1).elements();
                while (parts.hasNext()) {
                    sb.append(resolve(parts.next(), context).asText());
                    if (parts.hasNext()) {
                        sb.append(separator);
                    }
                }
                return TextNode.valueOf(sb.toString());
            }
            if (key.startsWith("Fn::")) {
                throw new IllegalArgumentException("cannot resolve " + node);
            }
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        node.properties().forEach(e -> out.set(e.getKey(), resolve(e.getValue(), context)));
        return out;
    }

    private static String pseudoParameter(String name, RenderContext context) {
        return switch (name) {
            case "AWS::Partition" -> context.partition();
            case "AWS::Region" -> context.region();
            case "AWS::AccountId" -> context.account();
            case "AWS::URLSuffix" -> context.urlSuffix();
            default -> throw new IllegalArgumentException("cannot resolve Ref " + name);
        };
    }
}
