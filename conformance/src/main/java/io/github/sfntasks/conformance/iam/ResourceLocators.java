package io.github.sfntasks.conformance.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.value.JsonataExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link ResourceLocator}s of the standard table, and helpers to write one: {@link #staticParameter} reads a
 * parameter that is known when the state is rendered, {@link #parameterGiven} says whether it is there at all
 * (static or chosen at run time).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class ResourceLocators {

    /** The name put in the place of a resource name to make a sibling ARN. */
    public static final String SIBLING = "sfn-conformance-sibling";

    /** The actions Step Functions needs on the managed EventBridge rule of a {@code .sync} integration. */
    public static final List<String> EVENTS_RULE_ACTIONS = List.of("events:PutTargets", "events:PutRule", "events:DescribeRule");

    /**
     * A queue URL: groups 1 and 2 are region and domain of {@code sqs.<region>.<domain>}, 3 and 4 of the legacy
     * {@code <region>.queue.<domain>}, 5 the oldest {@code queue.amazonaws.com}; 6 and 7 account and name. A region may
     * be a whole {@code ${...}} placeholder, whose name may hold dots.
     */
    private static final Pattern QUEUE_URL = Pattern.compile("^https://(?:sqs\\.(\\$\\{[^}]*}|[^./]+)\\.([^/]+)"
            + "|(\\$\\{[^}]*}|[^./]+)\\.queue\\.([^/]+)|queue\\.(amazonaws\\.com))/([^/]+)/([^/]+)$");

    /** The partitions whose DNS suffix names them alone (AWS::URLSuffix of each, as the CDK's region-info lists them). */
    private static final java.util.Map<String, String> SUFFIX_PARTITIONS = java.util.Map.of(
            "amazonaws.com.cn", "aws-cn", "c2s.ic.gov", "aws-iso", "sc2s.sgov.gov", "aws-iso-b",
            "cloud.adc-e.uk", "aws-iso-e", "csp.hci.ic.gov", "aws-iso-f", "amazonaws.eu", "aws-eusc");

    private ResourceLocators() {
    }

    /**
     * @param state a rendered state
     * @return its {@code Parameters} (JSONPath) or {@code Arguments} (JSONata) object; a missing node otherwise
     */
    public static JsonNode parameters(ObjectNode state) {
        JsonNode p = state.get("Parameters");
        if (p == null) {
            p = state.get("Arguments");
        }
        return p == null || !p.isObject() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : p;
    }

    /**
     * Splits an ARN into its six parts, treating a {@code ${...}} placeholder (a CloudFormation pseudo parameter such
     * as {@code ${AWS::Partition}}, whose name holds colons) as one piece of text.
     *
     * @param arn a string
     * @return {@code [arn, partition, service, region, account, resource]}, or {@code null} when it is not an ARN
     */
    public static String[] split(String arn) {
        if (arn == null || !arn.startsWith("arn:")) {
            return null;
        }
        String[] parts = new String[6];
        int part = 0;
        int start = 0;
        int depth = 0;
        for (int i = 0; i < arn.length() && part < 5; i++) {
            char c = arn.charAt(i);
            if (c == '$' && i + 1 < arn.length() && arn.charAt(i + 1) == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0) {
                parts[part++] = arn.substring(start, i);
                start = i + 1;
            }
        }
        if (part < 5) {
            return null;
        }
        parts[5] = arn.substring(start);
        return parts[1].isEmpty() || parts[2].isEmpty() || parts[5].isEmpty() ? null : parts;
    }

    /** @param arn an ARN @return its account part, or {@code ""} */
    static String account(String arn) {
        String[] p = split(arn);
        return p == null ? "" : p[4];
    }

    /**
     * @param container an object of the state ({@link #parameters} or one of its members)
     * @param name a member name
     * @return the member's text when it is a static string (not {@code name.$}, not a {@code {% %}} expression);
     *         {@code null} otherwise
     */
    public static String staticParameter(JsonNode container, String name) {
        JsonNode v = container.get(name);
        if (v == null || !v.isTextual() || container.has(name + ".$") || JsonataExpression.isExpression(v.textValue())) {
            return null;
        }
        return v.textValue();
    }

    /**
     * @param container an object of the state
     * @param name a member name
     * @return whether the member is given, as {@code name} or {@code name.$}
     */
    public static boolean parameterGiven(JsonNode container, String name) {
        return container.has(name) || container.has(name + ".$");
    }

    /**
     * @param arn an ARN
     * @param marker the text before the resource name ({@code function:}, {@code table/})
     * @return the ARN with the name after {@code marker} (up to the next {@code :} or {@code /}) replaced by
     *         {@link #SIBLING}, and nothing after it
     */
    public static String sibling(String arn, String marker) {
        int at = arn.indexOf(marker);
        if (at < 0) {
            int cut = Math.max(arn.lastIndexOf(':'), arn.lastIndexOf('/'));
            return arn.substring(0, cut + 1) + SIBLING;
        }
        return arn.substring(0, at + marker.length()) + SIBLING;
    }

    private static List<TouchedResource> each(List<String> actions, String arn, String sibling, String why) {
        List<TouchedResource> out = new ArrayList<>();
        for (String a : actions) {
            out.add(arn == null ? TouchedResource.dynamic(a, why) : new TouchedResource(a, arn, sibling, why));
        }
        return out;
    }

    /**
     * @param function a function name, {@code name:qualifier}, partial ARN ({@code 123456789012:function:name}) or ARN
     * @param context for names and partial ARNs
     * @return the function's ARN, qualified when the input was
     */
    public static String lambdaArn(String function, RenderContext context) {
        if (split(function) != null) {
            return function;
        }
        if (function.matches("\\d{12}:function:.+")) {
            return context.arn("lambda", context.region(), function.substring(0, 12), function.substring(13));
        }
        return context.arn("lambda", "function:" + function);
    }

    /** @return {@code Parameters.FunctionName} (and {@code Qualifier}) of {@code lambda:invoke} */
    public static ResourceLocator lambdaFunction() {
        return (state, actions, context) -> {
            JsonNode p = parameters(state);
            String fn = staticParameter(p, "FunctionName");
            if (fn == null) {
                return each(actions, null, null, "Parameters.FunctionName (chosen at run time)");
            }
            String arn = lambdaArn(fn, context);
            boolean qualified = arn.indexOf(':', arn.indexOf("function:") + "function:".length()) >= 0;
            if (!qualified && parameterGiven(p, "Qualifier")) {
                String q = staticParameter(p, "Qualifier");
                arn = arn + ":" + (q != null ? q : "sfn-conformance-qualifier");
            }
            return each(actions, arn, sibling(arn, "function:"), "Parameters.FunctionName");
        };
    }

    /** @return the function ARN that is the Resource itself (Lambda's {@code payloadResponseOnly} form) */
    public static ResourceLocator lambdaFunctionResource() {
        return (state, actions, context) -> {
            String arn = state.path("Resource").asText();
            return each(actions, arn, sibling(arn, "function:"), "Resource");
        };
    }

    /**
     * @param url an SQS queue URL
     * @param context for the partition when the URL's host does not name one
     * @return the queue's ARN, in the partition and region the URL names, or {@code null} when the URL has another form
     */
    public static String queueArn(String url, RenderContext context) {
        Matcher m = QUEUE_URL.matcher(url);
        if (!m.matches()) {
            return split(url) != null ? url : null;
        }
        String region = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : "us-east-1";
        String suffix = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(5);
        // The URL says where the queue is: its DNS suffix names the partition, but amazonaws.com is both the
        // commercial and the GovCloud suffix, told apart by the region.
        String partition = SUFFIX_PARTITIONS.get(suffix);
        if (RenderContext.CFN_URL_SUFFIX.equals(suffix)) {
            partition = RenderContext.CFN_PARTITION; // a template's URL: its partition is the template's too
        }
        if (partition == null) {
            partition = suffix.equals("amazonaws.com")
                    ? (region.startsWith("us-gov-") ? "aws-us-gov" : "aws") : context.partition();
        }
        return "arn:" + partition + ":sqs:" + region + ":" + m.group(6) + ":" + m.group(7);
    }

    /** @return {@code Parameters.QueueUrl} of {@code sqs:sendMessage} */
    public static ResourceLocator sqsQueue() {
        return (state, actions, context) -> {
            String url = staticParameter(parameters(state), "QueueUrl");
            String arn = url == null ? null : queueArn(url, context);
            // amazonaws.com serves the commercial and the GovCloud partitions alike; a placeholder region leaves the
            // partition to the template's, which may be the render context's
            List<String> alternatives = new ArrayList<>();
            String[] parts = arn == null ? null : split(arn);
            if (parts != null && url.contains(".amazonaws.com/")) {
                for (String partition : List.of("aws", "aws-us-gov")) {
                    alternatives.add("arn:" + partition + ":sqs:" + parts[3] + ":" + parts[4] + ":" + parts[5]);
                }
            }
            if (parts != null && parts[3].contains("${")) {
                alternatives.add("arn:" + context.partition() + ":sqs:" + parts[3] + ":" + parts[4] + ":" + parts[5]);
            }
            alternatives.remove(arn);
            List<TouchedResource> out = new ArrayList<>();
            for (String a : actions) {
                if (!a.startsWith("sqs:")) {
                    continue;
                }
                if (arn == null) {
                    out.add(TouchedResource.dynamic(a, "Parameters.QueueUrl"));
                } else {
                    out.add(new TouchedResource(a, arn, sibling(arn, ":" + account(arn) + ":"), "Parameters.QueueUrl", alternatives));
                }
            }
            return out;
        };
    }

    /** @return {@code Parameters.TopicArn}, {@code TargetArn} or {@code PhoneNumber} of {@code sns:publish} */
    public static ResourceLocator snsTopic() {
        return (state, actions, context) -> {
            JsonNode p = parameters(state);
            List<TouchedResource> out = new ArrayList<>();
            for (String a : actions) {
                if (!a.startsWith("sns:")) {
                    continue;
                }
                if (parameterGiven(p, "PhoneNumber")) {
                    out.add(new TouchedResource(a, "*", null, "Parameters.PhoneNumber (SMS has no resource ARN)"));
                }
                for (String field : List.of("TopicArn", "TargetArn")) {
                    if (parameterGiven(p, field)) {
                        String arn = staticParameter(p, field);
                        out.addAll(each(List.of(a), arn, arn == null ? null
                                : sibling(arn, ":" + account(arn) + ":"), "Parameters." + field));
                    }
                }
            }
            return out;
        };
    }

    /**
     * @param nameOrArn a name, {@code name:revision} or ARN of a versioned resource (an ECS task definition, a Batch
     *                  job definition), possibly a placeholder
     * @param service the service namespace
     * @param marker the resource type with its slash ({@code task-definition/})
     * @param context for names
     * @return the ARN of the revision the call uses: the one named, else a revision standing for "the latest ACTIVE"
     */
    static String revisionArn(String nameOrArn, String service, String marker, RenderContext context) {
        String arn = split(nameOrArn) != null ? nameOrArn : context.arn(service, marker + nameOrArn);
        String name = arn.substring(arn.indexOf(marker) + marker.length());
        return name.replaceAll("\\$\\{[^}]*}", "").contains(":") ? arn : arn + ":1";
    }

    private static String revisionSibling(String arn, String marker) {
        return sibling(arn, marker) + ":1";
    }

    /**
     * @return {@code ecs:RunTask} on the revision of {@code Parameters.TaskDefinition} the task runs, and the
     *         {@code .sync} actions on {@code *} (a task's id is known only once it runs: AWS's ecs-iam page)
     */
    public static ResourceLocator ecsTaskDefinition() {
        return (state, actions, context) -> {
            String td = staticParameter(parameters(state), "TaskDefinition");
            List<TouchedResource> out = new ArrayList<>();
            for (String a : actions) {
                if (!a.equalsIgnoreCase("ecs:RunTask")) {
                    out.add(new TouchedResource(a, "*", null, "the task started (its id is known only at run time)"));
                } else if (td == null) {
                    out.add(TouchedResource.dynamic(a, "Parameters.TaskDefinition (chosen at run time)"));
                } else {
                    String arn = revisionArn(td, "ecs", "task-definition/", context);
                    out.add(new TouchedResource(a, arn, revisionSibling(arn, "task-definition/"), "Parameters.TaskDefinition"));
                }
            }
            return out;
        };
    }

    /**
     * @return {@code batch:SubmitJob} on the revision of {@code Parameters.JobDefinition} and on
     *         {@code Parameters.JobQueue} (AWS Batch authorizes SubmitJob on both); a whole placeholder may stand for
     *         the ARN itself, as the CDK's {@code jobDefinitionArn}/{@code jobQueueArn}
     */
    public static ResourceLocator batchJob() {
        return (state, actions, context) -> {
            JsonNode p = parameters(state);
            String definition = staticParameter(p, "JobDefinition");
            String queue = staticParameter(p, "JobQueue");
            List<TouchedResource> out = new ArrayList<>();
            for (String a : actions) {
                if (definition == null) {
                    out.add(TouchedResource.dynamic(a, "Parameters.JobDefinition (chosen at run time)"));
                } else {
                    String arn = revisionArn(definition, "batch", "job-definition/", context);
                    out.add(new TouchedResource(a, arn, revisionSibling(arn, "job-definition/"), "Parameters.JobDefinition",
                            wholePlaceholder(definition)));
                }
                if (queue == null) {
                    out.add(TouchedResource.dynamic(a, "Parameters.JobQueue (chosen at run time)"));
                } else {
                    String arn = split(queue) != null ? queue : context.arn("batch", "job-queue/" + queue);
                    out.add(new TouchedResource(a, arn, sibling(arn, "job-queue/"), "Parameters.JobQueue", wholePlaceholder(queue)));
                }
            }
            return out;
        };
    }

    private static List<String> wholePlaceholder(String text) {
        return text.matches("^(\\$|#)\\{[^}]*}$") ? List.of(text) : List.of();
    }

    /** @return {@code Parameters.TableName} of the DynamoDB item integrations */
    public static ResourceLocator dynamoTable() {
        return (state, actions, context) -> {
            String table = staticParameter(parameters(state), "TableName");
            String arn = table == null ? null : split(table) != null ? table : context.arn("dynamodb", "table/" + table);
            return each(actions, arn, arn == null ? null : sibling(arn, "table/"), "Parameters.TableName");
        };
    }

    /**
     * @return {@code Parameters.StateMachineArn} of {@code states:startExecution}: {@code states:StartExecution} on
     *         the machine, the {@code .sync} actions on its executions
     */
    public static ResourceLocator stateMachine() {
        return (state, actions, context) -> {
            String sm = staticParameter(parameters(state), "StateMachineArn");
            String[] parsed = sm == null ? null : split(sm);
            List<TouchedResource> out = new ArrayList<>();
            for (String a : actions) {
                if (!a.startsWith("states:")) {
                    continue;
                }
                if (parsed == null) {
                    out.add(TouchedResource.dynamic(a, "Parameters.StateMachineArn (chosen at run time)"));
                } else if (a.equalsIgnoreCase("states:StartExecution")) {
                    // Step Functions authorizes a version or alias ARN against the machine's own ARN
                    // (https://docs.aws.amazon.com/step-functions/latest/dg/auth-version-alias.html)
                    String machine = unqualifiedStateMachine(parsed);
                    out.add(new TouchedResource(a, machine, sibling(machine, "stateMachine:"), "Parameters.StateMachineArn"));
                } else {
                    String name = parsed[5].substring(parsed[5].indexOf(':') + 1);
                    int colon = name.indexOf(':');
                    if (colon >= 0) {
                        name = name.substring(0, colon); // a version or alias: executions carry the machine's name
                    }
                    String prefix = "arn:" + parsed[1] + ":states:" + parsed[3] + ":" + parsed[4] + ":execution:";
                    out.add(new TouchedResource(a, prefix + name + ":sfn-conformance-execution",
                            prefix + SIBLING + ":sfn-conformance-execution", "the executions of Parameters.StateMachineArn"));
                }
            }
            return out;
        };
    }

    private static String unqualifiedStateMachine(String[] sm) {
        String r = sm[5];
        int first = r.indexOf(':');
        int second = first < 0 ? -1 : r.indexOf(':', first + 1);
        String resource = second < 0 ? r : r.substring(0, second);
        return "arn:" + sm[1] + ":" + sm[2] + ":" + sm[3] + ":" + sm[4] + ":" + resource;
    }

    /**
     * @return {@code execute-api:Invoke} for {@code apigateway:invoke} when the call is signed
     *         ({@code AuthType: IAM_ROLE}); an API without IAM authorization needs no grant
     */
    public static ResourceLocator apiGateway() {
        return (state, actions, context) -> {
            JsonNode p = parameters(state);
            String auth = staticParameter(p, "AuthType");
            if ("IAM_ROLE".equals(auth) || p.has("AuthType.$")) {
                return List.of(TouchedResource.dynamic("execute-api:Invoke",
                        "Parameters.AuthType IAM_ROLE (the API, stage, method and path make the resource)"));
            }
            return List.of();
        };
    }

    /** @return the event buses of {@code Parameters.Entries[*].EventBusName} of {@code events:putEvents} */
    public static ResourceLocator eventBuses() {
        return (state, actions, context) -> {
            JsonNode p = parameters(state);
            List<TouchedResource> out = new ArrayList<>();
            JsonNode entries = p.get("Entries");
            for (String a : actions) {
                if (!a.startsWith("events:")) {
                    continue;
                }
                if (entries == null || !entries.isArray()) {
                    out.add(TouchedResource.dynamic(a, "Parameters.Entries (chosen at run time)"));
                    continue;
                }
                for (int i = 0; i < entries.size(); i++) {
                    JsonNode e = entries.get(i);
                    String why = "Parameters.Entries[" + i + "].EventBusName";
                    if (e.has("EventBusName.$") || (e.has("EventBusName") && staticParameter(e, "EventBusName") == null)) {
                        out.add(TouchedResource.dynamic(a, why + " (chosen at run time)"));
                        continue;
                    }
                    String bus = e.has("EventBusName") ? e.get("EventBusName").asText() : "default";
                    String arn = split(bus) != null ? bus : context.arn("events", "event-bus/" + bus);
                    out.add(new TouchedResource(a, arn, sibling(arn, "event-bus/"), why));
                }
            }
            return out;
        };
    }
}
