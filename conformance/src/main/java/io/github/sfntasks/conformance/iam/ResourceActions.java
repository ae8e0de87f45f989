package io.github.sfntasks.conformance.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.value.JsonataExpression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The kit's table of what each Task state {@code Resource} needs in IAM, one {@link ResourceRule} per integration,
 * each naming the AWS page it comes from ("IAM policies for integrated services" in the Step Functions
 * developer guide). {@link #requirements} reads a rendered state and says which actions on which resources its
 * role must have, and which actions may be granted at all.
 *
 * <p>A provider for an integration the table does not know adds its row through
 * {@link io.github.sfntasks.conformance.generation.ProviderArbitraries#resourceRules()}; without one the grant properties
 * fail, naming the Resource, rather than pass without checking anything.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class ResourceActions {

    private static final String GUIDE = "https://docs.aws.amazon.com/step-functions/latest/dg/";

    /** The IAM prefixes of AWS SDK service names where they differ, as the AWS CDK v2's CallAwsService lists them. */
    private static final Map<String, String> SDK_IAM_PREFIXES = new TreeMap<>(Map.of(
            "bedrockagent", "bedrock", "cloudwatchlogs", "logs", "efs", "elasticfilesystem",
            "elasticloadbalancingv2", "elasticloadbalancing", "mediapackagevod", "mediapackage-vod", "mwaa", "airflow",
            "sfn", "states"));

    private static final ResourceActions STANDARD = new ResourceActions(List.of(
            ResourceRule.integration("lambda:invoke").actions("lambda:InvokeFunction")
                    .locator(ResourceLocators.lambdaFunction()).source(GUIDE + "lambda-iam.html").build(),
            ResourceRule.integration("arn:lambda:function").actions("lambda:InvokeFunction")
                    .locator(ResourceLocators.lambdaFunctionResource()).source(GUIDE + "lambda-iam.html").build(),
            ResourceRule.integration("sqs:sendMessage").actions("sqs:SendMessage")
                    .optionalActions("kms:Decrypt", "kms:GenerateDataKey")
                    .locator(ResourceLocators.sqsQueue()).source(GUIDE + "sqs-iam.html").build(),
            ResourceRule.integration("sns:publish").actions("sns:Publish")
                    .optionalActions("kms:Decrypt", "kms:GenerateDataKey")
                    .locator(ResourceLocators.snsTopic()).source(GUIDE + "sns-iam.html").build(),
            dynamo("getItem", "dynamodb:GetItem"),
            dynamo("putItem", "dynamodb:PutItem"),
            dynamo("updateItem", "dynamodb:UpdateItem"),
            dynamo("deleteItem", "dynamodb:DeleteItem"),
            ResourceRule.integration("events:putEvents").actions("events:PutEvents")
                    .locator(ResourceLocators.eventBuses()).source(GUIDE + "eventbridge-iam.html").build(),
            ResourceRule.integration("ecs:runTask").actions("ecs:RunTask")
                    .syncActions("ecs:StopTask", "ecs:DescribeTasks")
                    .syncEventsRule("StepFunctionsGetEventsForECSTaskRule")
                    .optionalActions("iam:PassRole") // the task definition's roles, handed to ECS
                    .locator(ResourceLocators.ecsTaskDefinition()).source(GUIDE + "ecs-iam.html").build(),
            ResourceRule.integration("batch:submitJob").actions("batch:SubmitJob")
                    .syncEventsRule("StepFunctionsGetEventsForBatchJobsRule")
                    .locator(ResourceLocators.batchJob()).source(GUIDE + "batch-iam.html").build(),
            ResourceRule.integration("states:startExecution").actions("states:StartExecution")
                    .syncActions("states:DescribeExecution", "states:StopExecution")
                    .syncEventsRule("StepFunctionsGetEventsForStepFunctionsExecutionRule")
                    .locator(ResourceLocators.stateMachine()).source(GUIDE + "stepfunctions-iam.html").build(),
            // The role of the machine needs nothing for an activity (workers call GetActivityTask with their own),
            // but KMS for one encrypted with a customer managed key.
            ResourceRule.integration("arn:states:activity").optionalActions("kms:Decrypt", "kms:GenerateDataKey")
                    .source(GUIDE + "encryption-at-rest.html").build(),
            // Only a call with AuthType IAM_ROLE is signed with the role, so only then is execute-api:Invoke needed.
            ResourceRule.integration("apigateway:invoke").optionalActions("execute-api:Invoke")
                    .locator(ResourceLocators.apiGateway()).source(GUIDE + "connect-api-gateway.html").build(),
            ResourceRule.integration("aws-sdk:*").derivedActions(ResourceActions::sdkAction).anyServicePrefix()
                    .source(GUIDE + "supported-services-awssdk.html").build()));

    private final List<ResourceRule> rules;

    private ResourceActions(List<ResourceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    private static ResourceRule dynamo(String api, String action) {
        return ResourceRule.integration("dynamodb:" + api).actions(action)
                .locator(ResourceLocators.dynamoTable()).source(GUIDE + "dynamo-iam.html").build();
    }

    /** @return the rows the kit ships */
    public static ResourceActions standard() {
        return STANDARD;
    }

    /**
     * @param more rows to add; they win over the standard ones for the same key
     * @return a table with them
     */
    public ResourceActions with(Collection<ResourceRule> more) {
        List<ResourceRule> all = new ArrayList<>(more);
        all.addAll(rules);
        return new ResourceActions(all);
    }

    /** @return the rows, in lookup order */
    public List<ResourceRule> rules() {
        return rules;
    }

    /**
     * The parts of a Task state's Resource.
     *
     * @param key the rule key: {@code <service>:<action>} or {@code arn:<service>:<type>}
     * @param suffix {@code ""}, {@code .sync}, {@code .sync:2} or {@code .waitForTaskToken}
     * @param partition the partition the Resource names
     * @param direct whether the Resource is a resource ARN rather than an integration
     */
    public record ParsedResource(String key, String suffix, String partition, boolean direct) {

        /** @return whether the suffix is {@code .sync} or {@code .sync:2} */
        public boolean runJob() {
            return suffix.startsWith(".sync");
        }
    }

    /**
     * @param resource a state's Resource
     * @return its parts, or empty when it is not an ARN
     */
    public static Optional<ParsedResource> parse(String resource) {
        String[] parts = ResourceLocators.split(resource);
        if (parts == null) {
            return Optional.empty();
        }
        String partition = parts[1];
        String rest = resource.substring(4 + partition.length() + 1);
        if (rest.startsWith("states:::")) {
            String integration = rest.substring("states:::".length());
            String suffix = "";
            for (String s : List.of(".sync:2", ".sync", ".waitForTaskToken")) {
                if (integration.endsWith(s)) {
                    suffix = s;
                    integration = integration.substring(0, integration.length() - s.length());
                    break;
                }
            }
            return Optional.of(new ParsedResource(integration, suffix, partition, false));
        }
        String type = parts[5].split("[:/]", 2)[0];
        return Optional.of(new ParsedResource("arn:" + parts[2] + ":" + type, "", partition, true));
    }

    /**
     * @param key a Resource key
     * @return the rule for it
     */
    public Optional<ResourceRule> rule(String key) {
        for (ResourceRule r : rules) {
            if (r.matches(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * What a rendered state needs in IAM.
     *
     * @param rule the row used, or {@code null} (Pass states, or no row)
     * @param resource the parsed Resource, or {@code null} for a Pass state
     * @param touched every action on every resource the state needs
     * @param impliedActions every action a grant may name (required, optional, {@code sts:AssumeRole} for
     *                       Credentials), lower case
     * @param problems why requirements could not be worked out (no row for the Resource...); empty when they could
     */
    public record Requirements(ResourceRule rule, ParsedResource resource, List<TouchedResource> touched,
                               Set<String> impliedActions, List<String> problems) {

        /**
         * @param action an action that a statement grants
         * @return whether the state's Resource (or Credentials) implies it
         */
        public boolean implies(String action) {
            if (impliedActions.contains(action.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (rule != null && rule.anyServicePrefix()) {
                for (String a : impliedActions) {
                    if (rule.grants(action, a)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * @param state a rendered state (Task or Pass)
     * @param context the context it was rendered for
     * @return what its role needs
     */
    public Requirements requirements(ObjectNode state, RenderContext context) {
        List<TouchedResource> touched = new ArrayList<>();
        Set<String> implied = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        credentials(state, touched, implied);
        if (!"Task".equals(state.path("Type").asText())) {
            return new Requirements(null, null, touched, implied, problems);
        }
        String resource = state.path("Resource").asText(null);
        Optional<ParsedResource> parsed = parse(resource);
        if (parsed.isEmpty() && io.github.sfntasks.api.Placeholders.contains(resource)) {
            // a function or activity deployed alongside, given as a placeholder: nothing to derive here
            return new Requirements(null, null, touched, implied, problems);
        }
        if (parsed.isEmpty()) {
            problems.add("Resource " + resource + " is not an ARN");
            return new Requirements(null, null, touched, implied, problems);
        }
        ParsedResource pr = parsed.get();
        if (JsonataExpression.isExpression(String.valueOf(resource))) {
            problems.add("Resource is an expression");
        }
        Optional<ResourceRule> found = rule(pr.key());
        if (found.isEmpty()) {
            problems.add("the kit has no IAM rule for Resource " + resource + " (key " + pr.key()
                    + "); add a ResourceRule naming its AWS page through ProviderArbitraries#resourceRules()");
            return new Requirements(null, pr, touched, implied, problems);
        }
        ResourceRule rule = found.get();
        if (pr.runJob() && !rule.supportsRunJob()) {
            problems.add("the kit's rule for " + pr.key() + " has no " + pr.suffix() + " form; add syncActions/syncEventsRule ["
                    + rule.source() + "]");
        }
        List<String> required = rule.requiredActions(pr.key(), pr.runJob());
        List<String> located = new ArrayList<>();
        for (String a : required) {
            if (!ResourceLocators.EVENTS_RULE_ACTIONS.contains(a)) {
                located.add(a);
            }
        }
        List<TouchedResource> fromLocator = rule.locator().locate(state, located, context);
        touched.addAll(fromLocator);
        for (String a : located) {
            boolean named = fromLocator.stream().anyMatch(t -> t.action().equalsIgnoreCase(a));
            if (!named) {
                touched.add(TouchedResource.dynamic(a, "Resource " + pr.key()));
            }
        }
        if (pr.runJob() && rule.syncEventsRule() != null) {
            String arn = context.arn("events", "rule/" + rule.syncEventsRule());
            for (String a : ResourceLocators.EVENTS_RULE_ACTIONS) {
                touched.add(new TouchedResource(a, arn, ResourceLocators.sibling(arn, "rule/"),
                        "the managed rule of " + pr.suffix()));
            }
        }
        for (String a : required) {
            implied.add(a.toLowerCase(Locale.ROOT));
        }
        for (String a : rule.optionalActions()) {
            implied.add(a.toLowerCase(Locale.ROOT));
        }
        return new Requirements(rule, pr, touched, implied, problems);
    }

    private static void credentials(ObjectNode state, List<TouchedResource> touched, Set<String> implied) {
        JsonNode c = state.get("Credentials");
        if (c == null || !c.isObject()) {
            return;
        }
        implied.add("sts:assumerole");
        String role = ResourceLocators.staticParameter(c, "RoleArn");
        if (role != null && ResourceLocators.split(role) != null) {
            touched.add(new TouchedResource("sts:AssumeRole", role, ResourceLocators.sibling(role, role.contains("role/") ? "role/" : ":role"),
                    "Credentials.RoleArn"));
        } else {
            touched.add(TouchedResource.dynamic("sts:AssumeRole", "Credentials.RoleArn (chosen at run time)"));
        }
    }

    /**
     * @param key {@code aws-sdk:<service>:<action>}
     * @return the IAM action: the service's IAM prefix and the action with its first letter upper case
     */
    static List<String> sdkAction(String key) {
        String[] parts = key.split(":");
        if (parts.length < 3 || parts[1].isEmpty() || parts[2].isEmpty()) {
            return List.of();
        }
        String prefix = SDK_IAM_PREFIXES.getOrDefault(parts[1], parts[1]);
        String action = Character.toUpperCase(parts[2].charAt(0)) + parts[2].substring(1);
        return List.of(prefix + ":" + action);
    }
}
