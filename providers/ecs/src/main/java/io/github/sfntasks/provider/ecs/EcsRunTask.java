package io.github.sfntasks.provider.ecs;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeBuilder;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.ShapeValue;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.provider.support.ContainerOverrides;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs an Amazon ECS task on EC2, AWS Fargate or external instances ({@code ecs:runTask}), as the AWS CDK's
 * {@code EcsRunTask}: the task definition by family (its latest ACTIVE revision) or by revision, the cluster, the
 * launch type or a capacity provider strategy, placement strategies and constraints, the Fargate platform version,
 * the awsvpc network configuration, container and task-level overrides, tag propagation and ECS Exec.
 *
 * <pre>{@code
 * EcsRunTask run = EcsRunTask.builder("RunFargate")
 *     .integrationPattern(IntegrationPattern.RUN_JOB)
 *     .cluster("arn:aws:ecs:us-east-1:123456789012:cluster/FargateCluster")
 *     .taskDefinition("TD")
 *     .launchType(EcsRunTask.LaunchType.FARGATE)
 *     .networkConfiguration(n -> n.subnets("subnet-1", "subnet-2").securityGroups("sg-1").assignPublicIp(true))
 *     .addContainerOverride(o -> o.containerName("TheContainer")
 *         .environment("SOME_KEY", JsonPath.stringAt("$.SomeKey")))
 *     .taskRole("TDTaskRole")
 *     .build();
 * }</pre>
 *
 * <p>Workflow file ({@code "Provider": "ecs:runTask"}):
 *
 * <pre>{@code
 * "Properties": {
 *   "cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/FargateCluster",
 *   "taskDefinition": "TD", "launchType": "FARGATE",
 *   "networkConfiguration": {"subnets": ["subnet-1", "subnet-2"], "securityGroups": ["sg-1"], "assignPublicIp": true},
 *   "containerOverrides": [{"containerName": "TheContainer", "environment": [{"name": "SOME_KEY", "value.$": "$.SomeKey"}]}],
 *   "taskRole": "TDTaskRole"
 * }
 * }</pre>
 *
 * <h2>Properties</h2>
 * The CDK's names; where the CDK takes a construct we take its identifier:
 * <ul>
 *   <li>{@code taskDefinition} (required): the task definition's family, {@code family:revision}, or its ARN
 *       ({@code TaskDefinition}); the CDK's {@code taskDefinition.family}. {@code revisionNumber}: a revision,
 *       rendered {@code family:revision} as the CDK does.</li>
 *   <li>{@code cluster}: the cluster's name or ARN ({@code Cluster}); default: the account's default cluster.</li>
 *   <li>{@code launchType} ({@code EC2}, {@code FARGATE}, {@code EXTERNAL}), the CDK's launch target; or
 *       {@code capacityProviderStrategy} ({@code capacityProvider}, {@code weight} 0-1000, {@code base} 0-100000;
 *       1 to 20 items), not both. {@code platformVersion} (Fargate only), {@code placementStrategies}
 *       ({@code type} {@code spread}/{@code binpack}/{@code random}, {@code field}; up to 5) and
 *       {@code placementConstraints} ({@code type} {@code memberOf}/{@code distinctInstance}, {@code expression};
 *       up to 10), not on Fargate.</li>
 *   <li>{@code networkConfiguration}: {@code subnets} (1-16), {@code securityGroups} (up to 5),
 *       {@code assignPublicIp} (a boolean, as the CDK's; rendered {@code ENABLED}/{@code DISABLED}); rendered as
 *       {@code NetworkConfiguration.AwsvpcConfiguration}, for task definitions in the {@code awsvpc} network mode.</li>
 *   <li>{@code containerOverrides}: per container ({@code containerName}, the CDK's
 *       {@code containerDefinition}): {@code command}, {@code environment} ({@code [{name, value}]}), {@code cpu},
 *       {@code memoryLimit} and {@code memoryReservation} (MiB); {@code cpu} and {@code memoryMiB}: task-level
 *       overrides (strings, as the ECS API). All three render under {@code Overrides}.</li>
 *   <li>{@code propagatedTagSource} ({@code TASK_DEFINITION} or {@code NONE}; ECS refuses {@code SERVICE} for
 *       RunTask), {@code enableExecuteCommand}.</li>
 *   <li>{@code taskRole}, {@code executionRole} (grant-only): the roles the task definition names, by name or
 *       ARN; they never appear in the ASL, but ECS is handed them, so the state machine's role needs
 *       {@code iam:PassRole} on them.</li>
 * </ul>
 *
 * <h2>Integration patterns</h2>
 * REQUEST_RESPONSE (the default, as the CDK's), RUN_JOB ({@code .sync}: waits for the task to stop) and
 * WAIT_FOR_TASK_TOKEN (the token must be passed to a container: in {@code containerOverrides}, as
 * {@code "value.$": "$$.Task.Token"} in an environment variable or in a command).
 *
 * <h2>IAM</h2>
 * {@code ecs:RunTask} on the task definition: every revision of a family
 * ({@code arn:aws:ecs:<region>:<account>:task-definition/<family>:*}), or the one revision given; a task
 * definition chosen at run time gets {@code task-definition/*} with a warning. {@code iam:PassRole} on
 * {@code taskRole} and {@code executionRole}, on the condition {@code iam:PassedToService} =
 * {@code ecs-tasks.amazonaws.com}. For RUN_JOB: {@code ecs:StopTask} and {@code ecs:DescribeTasks} on {@code *}
 * (the task's id is known only once it runs; Step Functions stops only the tasks it started) and the managed rule
 * {@code StepFunctionsGetEventsForECSTaskRule}.
 *
 * <h2>Differences from the CDK</h2>
 * <ul>
 *   <li>A revision is granted alone ({@code task-definition/<family>:<revision>}), as AWS's "IAM policies for
 *       Amazon ECS/AWS Fargate" page writes it; the CDK grants {@code <family>:*} (or, under the feature flag
 *       {@code @aws-cdk/aws-stepfunctions-tasks:fixRunEcsTaskPolicy}, the construct's own revision).
 *       https://docs.aws.amazon.com/step-functions/latest/dg/ecs-iam.html</li>
 *   <li>{@code ecs:StopTask}/{@code ecs:DescribeTasks} only for RUN_JOB, as that page lists them; the CDK grants
 *       them for every pattern.</li>
 *   <li>{@code iam:PassRole} carries {@code iam:PassedToService: ecs-tasks.amazonaws.com} (the condition of AWS's
 *       managed {@code AmazonEC2ContainerServiceEventsRole}, which runs tasks the same way:
 *       https://docs.aws.amazon.com/AmazonECS/latest/developerguide/CWE_IAM_role.html); the CDK's has none. The
 *       roles are named by the user ({@code taskRole}, {@code executionRole}); the CDK reads them from its
 *       {@code TaskDefinition} construct, which always has a task role.</li>
 *   <li>The cluster and the subnets/security groups are given as identifiers (the CDK derives them from its
 *       {@code Cluster} and VPC, and renders the cluster's ARN); they render as given.</li>
 *   <li>{@code assignPublicIp: false} renders {@code AssignPublicIp: DISABLED} (ECS's default); the CDK omits it.</li>
 *   <li>Without {@code cluster}, {@code Cluster} is left out and ECS runs the task on the account's default cluster;
 *       the CDK's cluster is required.</li>
 *   <li>An awsvpc configuration without {@code securityGroups} leaves {@code SecurityGroups} out (ECS uses the VPC's
 *       default group); the CDK creates a security group and writes its id.</li>
 *   <li>A {@code binpack} strategy's field renders {@code cpu} or {@code memory}, as ECS's PlacementStrategy page
 *       spells it; the CDK writes {@code CPU} and {@code MEMORY}.</li>
 *   <li>A Fargate task needs {@code networkConfiguration} (Fargate uses the awsvpc network mode, for which RunTask
 *       requires one); the CDK takes the subnets of its VPC when none are given.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-ecs.html">Run Amazon ECS or Fargate tasks with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html">ECS RunTask</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EcsRunTask extends ShapeTask {

    /** The ECS task definition, as IAM names it: {@code arn:<partition>:ecs:<region>:<account>:task-definition/<family>:<revision>}. */
    public static final ResourceArn TASK_DEFINITION_ARN = ResourceArn.of("ecs", "task-definition/");
    /** The ECS cluster: {@code arn:<partition>:ecs:<region>:<account>:cluster/<name>}. */
    public static final ResourceArn CLUSTER_ARN = ResourceArn.of("ecs", "cluster/");
    /** The service principal ECS tasks take their roles as, for {@code iam:PassedToService}. */
    public static final String ECS_TASKS = "ecs-tasks.amazonaws.com";

    /** {@code ecs:runTask}: REQUEST_RESPONSE (default, as the CDK's), RUN_JOB, WAIT_FOR_TASK_TOKEN. */
    public static final TaskType TYPE = TaskType.of("ecs:runTask", "Run an Amazon ECS task on EC2, AWS Fargate or external instances",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB, IntegrationPattern.WAIT_FOR_TASK_TOKEN);

    /** Where a launch type runs the task. */
    public enum LaunchType {
        /** On EC2 instances of the cluster. */
        EC2,
        /** On AWS Fargate. */
        FARGATE,
        /** On external instances (ECS Anywhere). */
        EXTERNAL
    }

    /** Where a task's tags come from. ECS refuses {@code SERVICE} for RunTask. */
    public enum PropagatedTagSource {
        /** The task definition's tags. */
        TASK_DEFINITION,
        /** No tags. */
        NONE
    }

    // ---- nested shapes ---------------------------------------------------------------------------------

    static final Field SUBNETS = Field.stringList("subnets", "Subnets").required().range(1, 16)
            .doc("The subnet ids the task's elastic network interface is placed in, 1 to 16");
    static final Field SECURITY_GROUPS = Field.stringList("securityGroups", "SecurityGroups").range(0, 5)
            .doc("The security group ids of the task's network interface, up to 5; default: the VPC's default group");
    static final Field ASSIGN_PUBLIC_IP = Field.bool("assignPublicIp", "AssignPublicIp").staticOnly()
            .renderedAs(v -> Literal.of(v instanceof Literal l && l.node().asBoolean() ? "ENABLED" : "DISABLED"))
            .doc("Whether the task's network interface gets a public IP address (ENABLED/DISABLED in ASL)");
    static final Shape AWSVPC = Shape.of("AwsVpcConfiguration", SUBNETS, SECURITY_GROUPS, ASSIGN_PUBLIC_IP);

    static final Field CONTAINER_NAME = Field.string("containerName", "Name").required().range(1, 255)
            .doc("The name of the container to override (the CDK's containerDefinition)");
    static final Field CONTAINER_CPU = Field.integer("cpu", "Cpu").range(0, 10_240)
            .doc("CPU units reserved for the container");
    static final Field CONTAINER_MEMORY = Field.integer("memoryLimit", "Memory").range(4, 1_048_576)
            .doc("The container's hard memory limit, in MiB");
    static final Field CONTAINER_MEMORY_RESERVATION = Field.integer("memoryReservation", "MemoryReservation").range(4, 1_048_576)
            .doc("The container's soft memory limit, in MiB");
    static final Shape CONTAINER_OVERRIDE = Shape.of("ContainerOverride", CONTAINER_NAME, ContainerOverrides.COMMAND,
            CONTAINER_CPU, CONTAINER_MEMORY, CONTAINER_MEMORY_RESERVATION, ContainerOverrides.ENVIRONMENT_LIST);

    static final Field CAPACITY_PROVIDER = Field.string("capacityProvider", "CapacityProvider").required().range(1, 255)
            .doc("The capacity provider's short name (FARGATE, FARGATE_SPOT, or one of the cluster's)");
    static final Field WEIGHT = Field.integer("weight", "Weight").range(0, 1000)
            .doc("The relative share of tasks this provider runs");
    static final Field BASE = Field.integer("base", "Base").range(0, 100_000)
            .doc("How many tasks, at least, run on this provider");
    static final Shape CAPACITY_PROVIDER_ITEM = Shape.of("CapacityProviderStrategyItem", CAPACITY_PROVIDER, WEIGHT, BASE);

    static final Field STRATEGY_TYPE = Field.enumOf("type", "Type", "spread", "binpack", "random").required().staticOnly()
            .doc("spread (over an attribute), binpack (on cpu or memory) or random");
    static final Field STRATEGY_FIELD = Field.string("field", "Field").range(1, 255).staticOnly()
            .doc("spread: instanceId, host or an attribute; binpack: cpu or memory; random: none");
    static final Shape PLACEMENT_STRATEGY = Shape.of("PlacementStrategy", STRATEGY_TYPE, STRATEGY_FIELD)
            .check(EcsRunTask::checkStrategy)
            .schemaRule(JsonSchema.propertyMatches("type", "^random$"), JsonSchema.absent("field"))
            .schemaRule(JsonSchema.propertyMatches("type", "^binpack$"), JsonSchema.propertyMatches("field", "^(cpu|memory)$"))
            .schemaRule(JsonSchema.propertyMatches("type", "^spread$"), JsonSchema.present("field"));

    static final Field CONSTRAINT_TYPE = Field.enumOf("type", "Type", "memberOf", "distinctInstance").required().staticOnly()
            .doc("memberOf (instances matching an expression) or distinctInstance (one task per instance)");
    static final Field CONSTRAINT_EXPRESSION = Field.string("expression", "Expression").range(1, 2000)
            .doc("The cluster query language expression of a memberOf constraint");
    static final Shape PLACEMENT_CONSTRAINT = Shape.of("PlacementConstraint", CONSTRAINT_TYPE, CONSTRAINT_EXPRESSION)
            .check(EcsRunTask::checkConstraint)
            .schemaRule(JsonSchema.propertyMatches("type", "^distinctInstance$"), JsonSchema.absent("expression"))
            .schemaRule(JsonSchema.propertyMatches("type", "^memberOf$"), JsonSchema.present("expression"));

    // ---- the task's shape --------------------------------------------------------------------------------

    static final Field CLUSTER = Field.string("cluster", "Cluster").range(1, 2048).resource(CLUSTER_ARN)
            .doc("The cluster's name or ARN; default: the account's default cluster");
    static final Field TASK_DEFINITION = Field.string("taskDefinition", "TaskDefinition").required().range(1, 2048)
            .resource(TASK_DEFINITION_ARN)
            .pattern("[A-Za-z0-9_-]{1,255}(:[0-9]+)?|arn:[^:]+:ecs:[^:]*:[^:]*:task-definition/[A-Za-z0-9_-]{1,255}(:[0-9]+)?",
                    "a family (1 to 255 letters, digits, hyphens and underscores), family:revision, or a task definition ARN")
            .doc("The task definition: its family (the latest ACTIVE revision), family:revision, or its ARN");
    static final Field REVISION_NUMBER = Field.integer("revisionNumber", null).staticOnly().atLeast(1)
            .doc("The task definition's revision, rendered family:revision; default: the latest ACTIVE revision");
    static final Field NETWORK_CONFIGURATION = Field.object("networkConfiguration", "NetworkConfiguration", AWSVPC)
            .renderedAs(v -> ObjectValue.builder().put("AwsvpcConfiguration", v).build())
            .doc("The awsvpc network configuration (task definitions in the awsvpc network mode, as on Fargate)");
    static final Field CPU = Field.string("cpu", "Cpu").range(1, 64)
            .doc("A task-level CPU override (CPU units, or vCPUs as '1 vCPU'), in Overrides");
    static final Field MEMORY = Field.string("memoryMiB", "Memory").range(1, 64)
            .doc("A task-level memory override (MiB, or '1 GB'), in Overrides");
    static final Field CONTAINER_OVERRIDES = Field.list("containerOverrides", "ContainerOverrides", CONTAINER_OVERRIDE)
            .doc("Overrides per container, in Overrides");
    static final Field PROPAGATED_TAG_SOURCE = Field.enumOf("propagatedTagSource", "PropagateTags", "TASK_DEFINITION", "NONE")
            .doc("Copy the task definition's tags to the task (TASK_DEFINITION), or not (NONE)");
    static final Field LAUNCH_TYPE = Field.enumOf("launchType", "LaunchType", "EC2", "FARGATE", "EXTERNAL").staticOnly()
            .doc("Where the task runs (the CDK's launch target); not with capacityProviderStrategy");
    static final Field CAPACITY_PROVIDER_STRATEGY = Field.list("capacityProviderStrategy", "CapacityProviderStrategy",
            CAPACITY_PROVIDER_ITEM).range(1, 20).doc("Capacity providers to run the task on, 1 to 20; not with launchType");
    static final Field PLACEMENT_CONSTRAINTS = Field.list("placementConstraints", "PlacementConstraints", PLACEMENT_CONSTRAINT)
            .range(0, 10).doc("Placement constraints, up to 10 (not on Fargate)");
    static final Field PLACEMENT_STRATEGIES = Field.list("placementStrategies", "PlacementStrategy", PLACEMENT_STRATEGY)
            .range(0, 5).doc("Placement strategies, up to 5, applied in order (not on Fargate)");
    static final Field PLATFORM_VERSION = Field.string("platformVersion", "PlatformVersion").range(1, 32)
            .doc("The Fargate platform version (LATEST, 1.4.0...); default: LATEST");
    static final Field ENABLE_EXECUTE_COMMAND = Field.bool("enableExecuteCommand", "EnableExecuteCommand")
            .doc("Turn on ECS Exec for the task's containers");
    static final Field TASK_ROLE = Field.string("taskRole", null).grantOnly().resource(Grants.ROLE)
            .doc("The task definition's task role (name or ARN), for iam:PassRole");
    static final Field EXECUTION_ROLE = Field.string("executionRole", null).grantOnly().resource(Grants.ROLE)
            .doc("The task definition's execution role (name or ARN), for iam:PassRole");

    /** The properties of {@code ecs:runTask}, in the order the CDK renders them. */
    public static final Shape SHAPE = Shape.of("RunTask", CLUSTER, TASK_DEFINITION, REVISION_NUMBER, NETWORK_CONFIGURATION,
                    CPU, MEMORY, CONTAINER_OVERRIDES, PROPAGATED_TAG_SOURCE, LAUNCH_TYPE, CAPACITY_PROVIDER_STRATEGY,
                    PLACEMENT_CONSTRAINTS, PLACEMENT_STRATEGIES, PLATFORM_VERSION, ENABLE_EXECUTE_COMMAND, TASK_ROLE,
                    EXECUTION_ROLE)
            .exclusive(LAUNCH_TYPE, CAPACITY_PROVIDER_STRATEGY)
            .check(EcsRunTask::checkLaunch)
            .schemaRule(JsonSchema.propertyMatches("launchType", "^FARGATE$"),
                    JsonSchema.allOf(JsonSchema.absent("placementStrategies"), JsonSchema.absent("placementConstraints"),
                            JsonSchema.present("networkConfiguration")))
            .schemaRule(JsonSchema.propertyMatches("launchType", "^(EC2|EXTERNAL)$"), JsonSchema.absent("platformVersion"))
            .schemaRule(JsonSchema.present("revisionNumber"),
                    JsonSchema.propertyMatches("taskDefinition", "^(arn:.*:task-definition/)?[^:]*$"));

    private static final Set<String> OVERRIDE_KEYS = Set.of("Cpu", "Memory", "ContainerOverrides");

    private EcsRunTask(Builder b) {
        super(b, TYPE, SHAPE);
        ObjectValue p = shape().render(values());
        if (integrationPattern() == IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
            requireTaskTokenIfCallback(p.get("ContainerOverrides"), "containerOverrides");
        }
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the task definition's family, family:revision or ARN, as given (null when chosen at run time) */
    public String taskDefinition() {
        return values().text(TASK_DEFINITION);
    }

    @Override
    protected Value parameters(RenderContext context) {
        // The shape renders flat; ECS nests the task-level overrides and the container overrides under Overrides.
        ObjectValue flat = shape().render(values());
        ObjectValue.Builder out = ObjectValue.builder();
        ObjectValue.Builder overrides = ObjectValue.builder();
        boolean overridesPlaced = false;
        Value revision = value(REVISION_NUMBER);
        for (Map.Entry<String, Value> e : flat.members().entrySet()) {
            if (OVERRIDE_KEYS.contains(e.getKey())) {
                overrides.put(e.getKey(), e.getValue());
                if (!overridesPlaced) {
                    out.put("Overrides", ObjectValue.empty());
                    overridesPlaced = true;
                }
            } else if (e.getKey().equals("TaskDefinition") && revision instanceof Literal r) {
                out.put("TaskDefinition", Literal.of(taskDefinition() + ":" + r.node().asLong()));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        if (overridesPlaced) {
            out.put("Overrides", overrides.build());
        }
        return out.build();
    }

    @Override
    protected void grants(Grants g) {
        g.allow("ecs:RunTask", taskDefinitionGrant(g));
        g.passRole("taskRole", value(TASK_ROLE), ECS_TASKS);
        g.passRole("executionRole", value(EXECUTION_ROLE), ECS_TASKS);
        if (integrationPattern() == IntegrationPattern.RUN_JOB) {
            g.allow(List.of("ecs:StopTask", "ecs:DescribeTasks"), List.of("*"));
            g.managedRule("ECSTaskRule");
        }
    }

    /**
     * The task definition ARN that {@code ecs:RunTask} is granted on: one revision when it is known (given in the
     * text or as {@code revisionNumber}), else every revision of the family ({@code :*}), which is what running
     * "the latest ACTIVE revision" needs.
     */
    private String taskDefinitionGrant(Grants g) {
        String given = taskDefinition();
        if (given == null) {
            return g.resource("taskDefinition", value(TASK_DEFINITION), TASK_DEFINITION_ARN);
        }
        String arn = g.resource(given, TASK_DEFINITION_ARN);
        Value revision = value(REVISION_NUMBER);
        if (revision instanceof Literal r) {
            return arn + ":" + r.node().asLong();
        }
        return hasRevision(given) ? arn : arn + ":*";
    }

    /** Whether a family or ARN names a revision: a colon in the literal text after the family's start. */
    static boolean hasRevision(String familyOrArn) {
        String family = familyOrArn;
        if (Arn.isArn(familyOrArn)) {
            int slash = familyOrArn.indexOf("task-definition/");
            family = slash < 0 ? familyOrArn : familyOrArn.substring(slash + "task-definition/".length());
        }
        for (String literal : Placeholders.literalParts(family)) {
            if (literal.indexOf(':') >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void checkStrategy(ShapeValue v, Shape.Problems problems) {
        String type = v.text(STRATEGY_TYPE);
        String field = v.text(STRATEGY_FIELD);
        if ("random".equals(type) && v.has(STRATEGY_FIELD)) {
            problems.add(ErrorCode.CONFLICTING_PROPERTIES, "field", "a random placement strategy takes no field");
        } else if ("binpack".equals(type) && !("cpu".equals(field) || "memory".equals(field))) {
            problems.add(ErrorCode.INVALID_PROPERTY, "field", "a binpack placement strategy packs on cpu or memory, was "
                    + (field == null ? "nothing" : "\"" + field + "\""));
        } else if ("spread".equals(type) && field == null) {
            problems.add(ErrorCode.MISSING_PROPERTY, "field", "a spread placement strategy needs the attribute to spread "
                    + "over (instanceId, host, attribute:ecs.availability-zone...)");
        }
    }

    private static void checkConstraint(ShapeValue v, Shape.Problems problems) {
        String type = v.text(CONSTRAINT_TYPE);
        if ("distinctInstance".equals(type) && v.has(CONSTRAINT_EXPRESSION)) {
            problems.add(ErrorCode.CONFLICTING_PROPERTIES, "expression", "a distinctInstance constraint takes no expression");
        } else if ("memberOf".equals(type) && !v.has(CONSTRAINT_EXPRESSION)) {
            problems.add(ErrorCode.MISSING_PROPERTY, "expression", "a memberOf constraint needs a cluster query language expression");
        }
    }

    private static void checkLaunch(ShapeValue v, Shape.Problems problems) {
        String launchType = v.text(LAUNCH_TYPE);
        if ("FARGATE".equals(launchType)) {
            if (!v.has(NETWORK_CONFIGURATION)) {
                // Fargate requires the awsvpc network mode, and RunTask requires a network configuration for a task
                // definition in that mode (ECS API Reference, RunTask: networkConfiguration; the CDK's EcsRunTask
                // always renders one for awsvpc, from the subnets it is given or the VPC's private ones).
                problems.add(ErrorCode.MISSING_PROPERTY, "networkConfiguration", "a Fargate task needs its awsvpc"
                        + " network configuration (subnets, and optionally securityGroups and assignPublicIp): ECS refuses"
                        + " RunTask without one");
            }
            for (Field f : List.of(PLACEMENT_STRATEGIES, PLACEMENT_CONSTRAINTS)) {
                if (v.has(f)) {
                    problems.add(ErrorCode.CONFLICTING_PROPERTIES, f.name(), "Fargate does not support task placement "
                            + "strategies or constraints; drop " + f.name() + " or run on EC2");
                }
            }
        }
        if (("EC2".equals(launchType) || "EXTERNAL".equals(launchType)) && v.has(PLATFORM_VERSION)) {
            problems.add(ErrorCode.CONFLICTING_PROPERTIES, "platformVersion", "a platform version is for Fargate only, "
                    + "not for the " + launchType + " launch type");
        }
        if (v.has(REVISION_NUMBER)) {
            String td = v.text(TASK_DEFINITION);
            if (td == null) {
                problems.add(ErrorCode.INVALID_PROPERTY, "taskDefinition", "must be a literal family when revisionNumber is "
                        + "given (the revision is appended to it); a task definition chosen at run time names its revision itself");
            } else if (hasRevision(td)) {
                problems.add(ErrorCode.CONFLICTING_PROPERTIES, "revisionNumber", "taskDefinition \"" + td
                        + "\" already names a revision; give either family:revision or revisionNumber");
            }
        }
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    // ---- builders ----------------------------------------------------------------------------------------

    /** Builds an {@link EcsRunTask}; {@link #build()} checks every property and reports every problem at once. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EcsRunTask> {

        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param nameOrArn the cluster's name or ARN (placeholders allowed) @return this builder */
        public Builder cluster(String nameOrArn) {
            return set(CLUSTER, nameOrArn);
        }

        /** @param cluster the cluster chosen at run time (a path or expression) @return this builder */
        public Builder cluster(Value cluster) {
            return set(CLUSTER, cluster);
        }

        /** @param familyOrArn the family, family:revision or ARN (placeholders allowed) @return this builder */
        public Builder taskDefinition(String familyOrArn) {
            return set(TASK_DEFINITION, familyOrArn);
        }

        /** @param taskDefinition the task definition chosen at run time (a path or expression) @return this builder */
        public Builder taskDefinition(Value taskDefinition) {
            return set(TASK_DEFINITION, taskDefinition);
        }

        /** @param revision the task definition's revision (1 or more) @return this builder */
        public Builder revisionNumber(int revision) {
            return set(REVISION_NUMBER, revision);
        }

        /** @param fill the awsvpc network configuration @return this builder */
        public Builder networkConfiguration(Consumer<AwsVpc> fill) {
            return set(NETWORK_CONFIGURATION, new AwsVpc(), fill);
        }

        /** @param cpu the task-level CPU override ("512", "1 vCPU") @return this builder */
        public Builder cpu(String cpu) {
            return set(CPU, cpu);
        }

        /** @param memoryMiB the task-level memory override ("1024", "1 GB") @return this builder */
        public Builder memoryMiB(String memoryMiB) {
            return set(MEMORY, memoryMiB);
        }

        /** @param fill one container's overrides, appended @return this builder */
        public Builder addContainerOverride(Consumer<ContainerOverride> fill) {
            return add(CONTAINER_OVERRIDES, ContainerOverride::new, fill);
        }

        /** @param source where the task's tags come from @return this builder */
        public Builder propagatedTagSource(PropagatedTagSource source) {
            return set(PROPAGATED_TAG_SOURCE, source);
        }

        /** @param launchType where the task runs (not with a capacity provider strategy) @return this builder */
        public Builder launchType(LaunchType launchType) {
            return set(LAUNCH_TYPE, launchType);
        }

        /** @param fill one capacity provider of the strategy, appended @return this builder */
        public Builder addCapacityProvider(Consumer<CapacityProvider> fill) {
            return add(CAPACITY_PROVIDER_STRATEGY, CapacityProvider::new, fill);
        }

        /** @param constraints the placement constraints (EC2) @return this builder */
        public Builder placementConstraints(PlacementConstraint... constraints) {
            return set(PLACEMENT_CONSTRAINTS, builtAll(constraints));
        }

        /** @param strategies the placement strategies, in order (EC2) @return this builder */
        public Builder placementStrategies(PlacementStrategy... strategies) {
            return set(PLACEMENT_STRATEGIES, builtAll(strategies));
        }

        /** @param version the Fargate platform version ("LATEST", "1.4.0") @return this builder */
        public Builder platformVersion(String version) {
            return set(PLATFORM_VERSION, version);
        }

        /** @param enable whether ECS Exec is on for the task @return this builder */
        public Builder enableExecuteCommand(boolean enable) {
            return set(ENABLE_EXECUTE_COMMAND, enable);
        }

        /** @param nameOrArn the task definition's task role, for iam:PassRole @return this builder */
        public Builder taskRole(String nameOrArn) {
            return set(TASK_ROLE, nameOrArn);
        }

        /** @param nameOrArn the task definition's execution role, for iam:PassRole @return this builder */
        public Builder executionRole(String nameOrArn) {
            return set(EXECUTION_ROLE, nameOrArn);
        }

        private static List<ShapeValue> builtAll(ShapeBuilder<?>... items) {
            List<ShapeValue> out = new ArrayList<>();
            for (ShapeBuilder<?> i : items) {
                out.add(i.build());
            }
            return out;
        }

        @Override
        protected EcsRunTask newTask() {
            return new EcsRunTask(this);
        }
    }

    /** The awsvpc network configuration of a task ({@code NetworkConfiguration.AwsvpcConfiguration}). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class AwsVpc extends ShapeBuilder<AwsVpc> {
        AwsVpc() {
            super(AWSVPC);
        }

        /** @param subnetIds 1 to 16 subnet ids @return this builder */
        public AwsVpc subnets(String... subnetIds) {
            return set(SUBNETS, List.of(subnetIds));
        }

        /** @param groupIds up to 5 security group ids @return this builder */
        public AwsVpc securityGroups(String... groupIds) {
            return set(SECURITY_GROUPS, List.of(groupIds));
        }

        /** @param assign whether the task gets a public IP address @return this builder */
        public AwsVpc assignPublicIp(boolean assign) {
            return set(ASSIGN_PUBLIC_IP, assign);
        }
    }

    /** The overrides of one container ({@code Overrides.ContainerOverrides[]}), as the CDK's {@code ContainerOverride}. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class ContainerOverride extends ShapeBuilder<ContainerOverride> {
        ContainerOverride() {
            super(CONTAINER_OVERRIDE);
        }

        /** @param name the container's name in the task definition @return this builder */
        public ContainerOverride containerName(String name) {
            return set(CONTAINER_NAME, name);
        }

        /** @param command the command, replacing the image's @return this builder */
        public ContainerOverride command(String... command) {
            return set(ContainerOverrides.COMMAND, List.of(command));
        }

        /** @param command the command as a path or expression @return this builder */
        public ContainerOverride command(Value command) {
            return set(ContainerOverrides.COMMAND, command);
        }

        /**
         * @param name a variable's name
         * @param value its value: a string, a {@code JsonPath} or a JSONata expression
         * @return this builder
         */
        public ContainerOverride environment(String name, Object value) {
            return add(ContainerOverrides.ENVIRONMENT_LIST, ContainerOverrides.EnvironmentVariable::new, e -> e.name(name).value(value));
        }

        /** @param cpu CPU units for the container @return this builder */
        public ContainerOverride cpu(int cpu) {
            return set(CONTAINER_CPU, cpu);
        }

        /** @param mebibytes the hard memory limit, MiB @return this builder */
        public ContainerOverride memoryLimit(int mebibytes) {
            return set(CONTAINER_MEMORY, mebibytes);
        }

        /** @param mebibytes the soft memory limit, MiB @return this builder */
        public ContainerOverride memoryReservation(int mebibytes) {
            return set(CONTAINER_MEMORY_RESERVATION, mebibytes);
        }
    }

    /** One capacity provider of a strategy ({@code CapacityProviderStrategyItem}). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class CapacityProvider extends ShapeBuilder<CapacityProvider> {
        CapacityProvider() {
            super(CAPACITY_PROVIDER_ITEM);
        }

        /** @param name the capacity provider (FARGATE, FARGATE_SPOT, or the cluster's) @return this builder */
        public CapacityProvider capacityProvider(String name) {
            return set(CAPACITY_PROVIDER, name);
        }

        /** @param weight 0 to 1000 @return this builder */
        public CapacityProvider weight(int weight) {
            return set(WEIGHT, weight);
        }

        /** @param base 0 to 100000 @return this builder */
        public CapacityProvider base(int base) {
            return set(BASE, base);
        }
    }

    /** A task placement strategy, made as the CDK's {@code PlacementStrategy} factories make it. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class PlacementStrategy extends ShapeBuilder<PlacementStrategy> {
        private PlacementStrategy(String type, String field) {
            super(PLACEMENT_STRATEGY);
            set(STRATEGY_TYPE, type);
            set(STRATEGY_FIELD, field);
        }

        /** @return spread over instances ({@code spread} on {@code instanceId}) */
        public static PlacementStrategy spreadAcrossInstances() {
            return new PlacementStrategy("spread", "instanceId");
        }

        /** @param attribute the attribute ({@code host}, {@code attribute:ecs.availability-zone}) @return spread over it */
        public static PlacementStrategy spreadAcross(String attribute) {
            return new PlacementStrategy("spread", attribute);
        }

        /** @return pack on the least available CPU ({@code binpack} on {@code cpu}) */
        public static PlacementStrategy packedByCpu() {
            return new PlacementStrategy("binpack", "cpu");
        }

        /** @return pack on the least available memory ({@code binpack} on {@code memory}) */
        public static PlacementStrategy packedByMemory() {
            return new PlacementStrategy("binpack", "memory");
        }

        /** @return place at random ({@code random}) */
        public static PlacementStrategy randomly() {
            return new PlacementStrategy("random", null);
        }
    }

    /** A task placement constraint, made as the CDK's {@code PlacementConstraint} factories make it. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class PlacementConstraint extends ShapeBuilder<PlacementConstraint> {
        private PlacementConstraint(String type, String expression) {
            super(PLACEMENT_CONSTRAINT);
            set(CONSTRAINT_TYPE, type);
            set(CONSTRAINT_EXPRESSION, expression);
        }

        /** @param expression a cluster query language expression @return place only on instances matching it */
        public static PlacementConstraint memberOf(String expression) {
            return new PlacementConstraint("memberOf", expression);
        }

        /** @return place each task on a different instance */
        public static PlacementConstraint distinctInstances() {
            return new PlacementConstraint("distinctInstance", null);
        }
    }
}
