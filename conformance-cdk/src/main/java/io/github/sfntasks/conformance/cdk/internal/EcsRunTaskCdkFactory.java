package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import software.amazon.awscdk.Stack;
import software.constructs.Construct;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.Subnet;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.ecs.CapacityProviderStrategy;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ClusterAttributes;
import software.amazon.awscdk.services.ecs.Compatibility;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.FargatePlatformVersion;
import software.amazon.awscdk.services.ecs.NetworkMode;
import software.amazon.awscdk.services.ecs.PlacementConstraint;
import software.amazon.awscdk.services.ecs.PlacementStrategy;
import software.amazon.awscdk.services.ecs.PropagatedTagSource;
import software.amazon.awscdk.services.ecs.TaskDefinition;
import software.amazon.awscdk.services.ecs.TaskDefinitionProps;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.tasks.CapacityProviderOptions;
import software.amazon.awscdk.services.stepfunctions.tasks.ContainerOverride;
import software.amazon.awscdk.services.stepfunctions.tasks.EcsEc2LaunchTarget;
import software.amazon.awscdk.services.stepfunctions.tasks.EcsEc2LaunchTargetOptions;
import software.amazon.awscdk.services.stepfunctions.tasks.EcsFargateLaunchTarget;
import software.amazon.awscdk.services.stepfunctions.tasks.EcsFargateLaunchTargetOptions;
import software.amazon.awscdk.services.stepfunctions.tasks.EcsRunTask;
import software.amazon.awscdk.services.stepfunctions.tasks.IEcsLaunchTarget;
import software.amazon.awscdk.services.stepfunctions.tasks.TaskEnvironmentVariable;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ecs:runTask} as the CDK's {@code EcsRunTask}. The CDK takes constructs where we take identifiers, so the
 * factory builds what a CDK user would have: the cluster imported with {@code Cluster.fromClusterAttributes} (an
 * imported VPC; EC2 capacity), a {@code TaskDefinition} of the request's family (the CDK's {@code EcsRunTask} needs
 * the construct, not an import: it reads its compatibility, network mode, containers and roles) with one container
 * per name the overrides use, the roles by {@code Role.fromRoleArn}, subnets by {@code Subnet.fromSubnetId} and
 * security groups by {@code SecurityGroup.fromSecurityGroupId}; the launch type as {@code EcsEc2LaunchTarget} /
 * {@code EcsFargateLaunchTarget} (placement, platform version, capacity provider options).
 *
 * The scope has the feature flag {@code @aws-cdk/aws-stepfunctions-tasks:fixRunEcsTaskPolicy} on, as new projects'
 * {@code cdk.json} has it. No cluster becomes the default cluster, no launch type and no strategy
 * {@code CapacityProviderOptions.doDefault()} (neither writes a launch type), as ECS then does.
 *
 * <p>Not expressible: a list, object, number, boolean or enum chosen at run time (the CDK takes values), a task
 * definition given by ARN (the CDK writes its construct's family), the {@code EXTERNAL} launch type (the CDK's
 * targets are EC2 and Fargate), a Fargate task without a network configuration (the CDK writes one of its own), a
 * platform version with placement (the Fargate target takes no placement, the EC2 target no platform version), a
 * platform version {@code FargatePlatformVersion} does not list, empty placement lists or security groups (the CDK
 * leaves the lists out, or creates a group), a task token elsewhere than in an environment variable (the CDK refuses
 * it), JSONata text where the CDK takes a list or a container name.
 */
public final class EcsRunTaskCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "ecs:runTask";
    private static final String SOURCE_IAM = "https://docs.aws.amazon.com/step-functions/latest/dg/ecs-iam.html";
    private static final String SOURCE_CDK = "https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/aws-stepfunctions-tasks/lib/ecs/run-task.ts";
    private static final String SOURCE_RUN_TASK = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html";
    private static final String SOURCE_PASS_ROLE = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/CWE_IAM_role.html";
    private static final String SOURCE_AWSVPC = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html";
    private static final String SOURCE_PLACEMENT = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementStrategy.html";
    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
    /** The props the CDK takes as strings, so as {@code JsonPath.stringAt} or JSONata text too. */
    private static final java.util.Set<String> RUN_TIME_STRINGS = java.util.Set.of("cluster", "taskDefinition", "cpu", "memoryMiB");
    private static final String FIX_RUN_ECS_TASK_POLICY = "@aws-cdk/aws-stepfunctions-tasks:fixRunEcsTaskPolicy";
    /** The cluster ECS runs a task on when RunTask names none; the CDK's cluster is required. */
    private static final String DEFAULT_CLUSTER = "default";
    private static final String TASK_DEFINITIONS = "arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":task-definition/";
    private static final String CLUSTERS = "arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":cluster/";
    private static final Map<String, FargatePlatformVersion> PLATFORM_VERSIONS = Map.of(
            "LATEST", FargatePlatformVersion.LATEST, "1.4.0", FargatePlatformVersion.VERSION1_4,
            "1.3.0", FargatePlatformVersion.VERSION1_3, "1.2.0", FargatePlatformVersion.VERSION1_2,
            "1.1.0", FargatePlatformVersion.VERSION1_1, "1.0.0", FargatePlatformVersion.VERSION1_0);

    /** For ServiceLoader. */
    public EcsRunTaskCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        p.fieldNames().forEachRemaining(k -> {
            if (k.endsWith(".$") && !RUN_TIME_STRINGS.contains(k.substring(0, k.length() - 2))) {
                throw new NotExpressible(k.substring(0, k.length() - 2) + " chosen at run time (the CDK takes a value)");
            }
        });
        String launchType = literalText(p, "launchType");
        boolean capacity = p.has("capacityProviderStrategy") || p.has("capacityProviderStrategy.$");
        if ("EXTERNAL".equals(launchType)) {
            throw new NotExpressible("the EXTERNAL launch type (the CDK's launch targets are EC2 and Fargate)");
        }
        for (String list : List.of("capacityProviderStrategy", "placementStrategies", "placementConstraints", "containerOverrides")) {
            if (p.has(list + ".$") || p.path(list).isTextual()) {
                throw new NotExpressible(list + " chosen at run time (the CDK takes a list)");
            }
            if (p.has(list) && p.get(list).isEmpty() && !list.equals("containerOverrides")) {
                throw new NotExpressible("an empty " + list + " (the CDK leaves it out)");
            }
        }
        String platform = literalText(p, "platformVersion");
        if (p.has("platformVersion") && (platform == null || !PLATFORM_VERSIONS.containsKey(platform))) {
            throw new NotExpressible("a platform version FargatePlatformVersion does not list");
        }
        boolean fargate = "FARGATE".equals(launchType) || launchType == null && platform != null;
        if (fargate && (p.has("placementStrategies") || p.has("placementConstraints"))) {
            throw new NotExpressible("a platform version with placement (the CDK's Fargate launch target takes no placement,"
                    + " its EC2 launch target no platform version)");
        }
        boolean awsvpc = p.has("networkConfiguration");
        if (awsvpc && !p.get("networkConfiguration").isObject()) {
            throw new NotExpressible("networkConfiguration chosen at run time (the CDK takes subnets and security groups)");
        }
        if (fargate && !awsvpc) {
            throw new NotExpressible("a Fargate task without networkConfiguration (the CDK writes one with a security group of its own)");
        }

        // The feature flag new CDK projects turn on (cdk.json): RunTask on the construct's ARN, not on a family ARN
        // split out of a Ref, which has no value before deployment.
        Construct scope = new Construct(stack, "Ecs");
        scope.getNode().setContext(FIX_RUN_ECS_TASK_POLICY, true);
        IVpc vpc = Vpc.fromVpcAttributes(scope, "Vpc", VpcAttributes.builder().vpcId("vpc-0a1b2c3d")
                .availabilityZones(List.of(REGION + "a")).build());
        ClusterAttributes.Builder ca = ClusterAttributes.builder().vpc(vpc).hasEc2Capacity(true).securityGroups(List.of());
        String cluster = p.has("cluster") || p.has("cluster.$") ? CdkProps.string(p, "cluster") : DEFAULT_CLUSTER;
        if (cluster.startsWith("arn:")) {
            ca.clusterArn(cluster).clusterName(cluster.substring(cluster.indexOf('/') + 1));
        } else if (CdkProps.staticText(p, "cluster") == null && p.has("cluster") || p.has("cluster.$")) {
            ca.clusterArn(cluster).clusterName(cluster);
        } else {
            ca.clusterName(cluster);
        }
        Map<String, ContainerDefinition> containers = new LinkedHashMap<>();
        EcsRunTask.Builder b = EcsRunTask.Builder.create(scope, stateName)
                .cluster(Cluster.fromClusterAttributes(scope, "Cluster", ca.build()))
                .taskDefinition(taskDefinition(scope, p, fargate, awsvpc, containers))
                .launchTarget(launchTarget(p, fargate, platform));
        String td = literalText(p, "taskDefinition");
        if (td != null && td.contains(":")) {
            b.revisionNumber(Long.parseLong(td.substring(td.indexOf(':') + 1)));
        }
        if (p.has("revisionNumber")) {
            b.revisionNumber(p.get("revisionNumber").asLong());
        }
        if (awsvpc) {
            network(scope, b, p.get("networkConfiguration"));
        }
        if (p.has("containerOverrides")) {
            b.containerOverrides(containerOverrides(p.get("containerOverrides"), containers));
        }
        if (p.has("cpu") || p.has("cpu.$")) {
            b.cpu(CdkProps.string(p, "cpu"));
        }
        if (p.has("memoryMiB") || p.has("memoryMiB.$")) {
            b.memoryMiB(CdkProps.string(p, "memoryMiB"));
        }
        if (p.has("propagatedTagSource") || p.has("propagatedTagSource.$")) {
            String source = literalText(p, "propagatedTagSource");
            if (source == null) {
                throw new NotExpressible("propagatedTagSource chosen at run time (the CDK takes an enum)");
            }
            b.propagatedTagSource(PropagatedTagSource.valueOf(source));
        }
        if (p.has("enableExecuteCommand") || p.has("enableExecuteCommand.$")) {
            if (!p.path("enableExecuteCommand").isBoolean()) {
                throw new NotExpressible("enableExecuteCommand chosen at run time (the CDK takes a boolean)");
            }
            b.enableExecuteCommand(p.get("enableExecuteCommand").booleanValue());
        }
        if (c.integrationPattern() != null) {
            if (c.integrationPattern() == io.github.sfntasks.api.IntegrationPattern.WAIT_FOR_TASK_TOKEN
                    && !tokenInEnvironment(p.path("containerOverrides"))) {
                throw new NotExpressible("a task token outside containerOverrides' environment (the CDK requires it there)");
            }
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    /** The task definition construct the CDK's EcsRunTask needs: the request's family, its roles, its containers. */
    private static TaskDefinition taskDefinition(Construct stack, ObjectNode p, boolean fargate, boolean awsvpc,
            Map<String, ContainerDefinition> containers) {
        String td = CdkProps.string(p, "taskDefinition");
        if (td.startsWith("arn:")) {
            throw new NotExpressible("a task definition given by ARN (the CDK writes its construct's family)");
        }
        boolean literal = literalText(p, "taskDefinition") != null;
        String family = literal && td.contains(":") ? td.substring(0, td.indexOf(':')) : td;
        TaskDefinitionProps.Builder props = TaskDefinitionProps.builder().family(family)
                .compatibility(fargate ? Compatibility.FARGATE : Compatibility.EC2)
                .networkMode(awsvpc ? NetworkMode.AWS_VPC : NetworkMode.BRIDGE);
        if (fargate) {
            props.cpu("256").memoryMiB("512");
        }
        String taskRole = role(p, "taskRole");
        if (taskRole != null) {
            props.taskRole(Role.fromRoleArn(stack, "TaskRole", taskRole, FromRoleArnOptions.builder().mutable(false).build()));
        }
        String executionRole = role(p, "executionRole");
        if (executionRole != null) {
            props.executionRole(Role.fromRoleArn(stack, "ExecutionRole", executionRole, FromRoleArnOptions.builder().mutable(false).build()));
        }
        TaskDefinition definition = new TaskDefinition(stack, "TaskDefinition", props.build());
        List<String> names = new ArrayList<>();
        for (JsonNode o : p.path("containerOverrides")) {
            String name = literalText((ObjectNode) o, "containerName");
            if (name == null) {
                throw new NotExpressible("a container name chosen at run time (the CDK's containerDefinition is a construct)");
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            names.add("main");
        }
        for (String name : names) {
            containers.put(name, definition.addContainer("Container" + names.indexOf(name), ContainerDefinitionOptions.builder()
                    .containerName(name).image(ContainerImage.fromRegistry("public.ecr.aws/docker/library/busybox"))
                    .memoryLimitMiB(256).essential(true).build()));
        }
        return definition;
    }

    private static String role(ObjectNode p, String name) {
        if (!p.has(name) && !p.has(name + ".$")) {
            return null;
        }
        String role = literalText(p, name);
        if (role == null) {
            throw new NotExpressible(name + " chosen at run time (the CDK's role is an IRole)");
        }
        return role.startsWith("arn:") ? role : "arn:aws:iam::" + ACCOUNT + ":role/" + role;
    }

    private static IEcsLaunchTarget launchTarget(ObjectNode p, boolean fargate, String platform) {
        CapacityProviderOptions options = null;
        if (p.has("capacityProviderStrategy")) {
            List<CapacityProviderStrategy> items = new ArrayList<>();
            for (JsonNode i : p.get("capacityProviderStrategy")) {
                ObjectNode o = (ObjectNode) i;
                CapacityProviderStrategy.Builder s = CapacityProviderStrategy.builder();
                String name = literalText(o, "capacityProvider");
                if (name == null) {
                    throw new NotExpressible("a capacity provider chosen at run time");
                }
                s.capacityProvider(name);
                if (o.has("weight") || o.has("weight.$")) {
                    s.weight(number(o, "weight"));
                }
                if (o.has("base") || o.has("base.$")) {
                    s.base(number(o, "base"));
                }
                items.add(s.build());
            }
            options = CapacityProviderOptions.custom(items);
        } else if (!p.has("launchType")) {
            options = CapacityProviderOptions.doDefault();
        }
        if (fargate) {
            EcsFargateLaunchTargetOptions.Builder f = EcsFargateLaunchTargetOptions.builder()
                    .platformVersion(platform == null ? null : PLATFORM_VERSIONS.get(platform));
            if (options != null) {
                f.capacityProviderOptions(options);
            }
            return new EcsFargateLaunchTarget(f.build());
        }
        EcsEc2LaunchTargetOptions.Builder e = EcsEc2LaunchTargetOptions.builder();
        if (options != null) {
            e.capacityProviderOptions(options);
        }
        if (p.has("placementStrategies")) {
            List<PlacementStrategy> strategies = new ArrayList<>();
            for (JsonNode s : p.get("placementStrategies")) {
                String field = s.path("field").asText(null);
                strategies.add(switch (s.path("type").asText()) {
                    case "random" -> PlacementStrategy.randomly();
                    case "binpack" -> "cpu".equals(field) ? PlacementStrategy.packedByCpu() : PlacementStrategy.packedByMemory();
                    default -> PlacementStrategy.spreadAcross(field);
                });
            }
            e.placementStrategies(strategies);
        }
        if (p.has("placementConstraints")) {
            List<PlacementConstraint> constraints = new ArrayList<>();
            for (JsonNode k : p.get("placementConstraints")) {
                if ("distinctInstance".equals(k.path("type").asText())) {
                    constraints.add(PlacementConstraint.distinctInstances());
                } else {
                    String expression = literalText((ObjectNode) k, "expression");
                    if (expression == null) {
                        throw new NotExpressible("a memberOf expression chosen at run time (the CDK takes a string)");
                    }
                    constraints.add(PlacementConstraint.memberOf(expression));
                }
            }
            e.placementConstraints(constraints);
        }
        return new EcsEc2LaunchTarget(e.build());
    }

    private static void network(Construct stack, EcsRunTask.Builder b, JsonNode n) {
        if (!n.isObject() || n.has("subnets.$") || n.has("securityGroups.$") || n.has("assignPublicIp.$")
                || n.path("subnets").isTextual() || n.path("securityGroups").isTextual()) {
            throw new NotExpressible("a network configuration chosen at run time (the CDK takes subnets and security groups)");
        }
        if (n.has("securityGroups") && n.get("securityGroups").isEmpty()) {
            throw new NotExpressible("an empty list of security groups (the CDK creates one)");
        }
        List<ISubnet> subnets = new ArrayList<>();
        for (JsonNode s : n.get("subnets")) {
            if (JsonataExpression.isExpression(s.asText())) {
                throw new NotExpressible("a subnet chosen at run time");
            }
            subnets.add(Subnet.fromSubnetId(stack, "Subnet" + subnets.size(), s.asText()));
        }
        List<ISecurityGroup> groups = new ArrayList<>();
        for (JsonNode g : n.path("securityGroups")) {
            if (JsonataExpression.isExpression(g.asText())) {
                throw new NotExpressible("a security group chosen at run time");
            }
            groups.add(SecurityGroup.fromSecurityGroupId(stack, "SecurityGroup" + groups.size(), g.asText()));
        }
        b.subnets(SubnetSelection.builder().subnets(subnets).build());
        if (!groups.isEmpty()) {
            b.securityGroups(groups);
        }
        if (n.path("assignPublicIp").asBoolean(false)) {
            b.assignPublicIp(true);
        }
    }

    private static List<ContainerOverride> containerOverrides(JsonNode list, Map<String, ContainerDefinition> containers) {
        List<ContainerOverride> out = new ArrayList<>();
        for (JsonNode n : list) {
            ObjectNode o = (ObjectNode) n;
            ContainerOverride.Builder b = ContainerOverride.builder()
                    .containerDefinition(containers.get(o.get("containerName").textValue()));
            if (o.has("command.$")) {
                b.command(JsonPath.listAt(o.get("command.$").textValue()));
            } else if (o.has("command")) {
                if (!o.get("command").isArray()) {
                    throw new NotExpressible("a command as a JSONata expression (the CDK takes a list)");
                }
                List<String> command = new ArrayList<>();
                for (JsonNode a : o.get("command")) {
                    command.add(a.asText());
                }
                b.command(command);
            }
            for (String number : List.of("cpu", "memoryLimit", "memoryReservation")) {
                if (o.has(number) || o.has(number + ".$")) {
                    long v = number(o, number);
                    switch (number) {
                        case "cpu" -> b.cpu(v);
                        case "memoryLimit" -> b.memoryLimit(v);
                        default -> b.memoryReservation(v);
                    }
                }
            }
            if (o.has("environment.$") || o.path("environment").isTextual()) {
                throw new NotExpressible("an environment chosen at run time (the CDK takes a list)");
            }
            if (o.has("environment")) {
                List<TaskEnvironmentVariable> env = new ArrayList<>();
                for (JsonNode e : o.get("environment")) {
                    String name = literalText((ObjectNode) e, "name");
                    if (name == null) {
                        throw new NotExpressible("a variable's name chosen at run time");
                    }
                    env.add(TaskEnvironmentVariable.builder().name(name).value(CdkProps.string((ObjectNode) e, "value")).build());
                }
                b.environment(env);
            }
            out.add(b.build());
        }
        return out;
    }

    /** A literal text (not a path, not JSONata), or {@code null}. */
    private static String literalText(ObjectNode p, String name) {
        return p.has(name + ".$") ? null : CdkProps.staticText(p, name);
    }

    private static long number(ObjectNode p, String name) {
        if (!p.path(name).isNumber()) {
            throw new NotExpressible(name + " chosen at run time (the CDK takes a number)");
        }
        return p.get(name).asLong();
    }

    private static boolean tokenInEnvironment(JsonNode overrides) {
        for (JsonNode o : overrides) {
            for (JsonNode e : o.path("environment")) {
                if (e.toString().contains("$$.Task.Token")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "default-cluster-left-out",
                        "no cluster: we leave Cluster out (ECS runs the task on the default cluster); the CDK's cluster is"
                                + " required, here the account's default cluster by ARN",
                        SOURCE_RUN_TASK, c -> !c.properties().has("cluster") && !c.properties().has("cluster.$"),
                        (c, ours, cdk) -> {
                            ObjectNode a = CdkProps.parameters(cdk);
                            if (a != null && (CLUSTERS + DEFAULT_CLUSTER).equals(a.path("Cluster").asText())) {
                                a.remove("Cluster");
                            }
                        }),
                new AllowedDifference(TYPE_ID, "cluster-name-as-given",
                        "a cluster given by name is written as given (RunTask takes a short name or an ARN); the CDK writes"
                                + " its ICluster's ARN",
                        SOURCE_RUN_TASK, c -> CdkProps.staticText(c.properties(), "cluster") != null
                                && !c.properties().get("cluster").textValue().startsWith("arn:"),
                        (c, ours, cdk) -> {
                            ObjectNode a = CdkProps.parameters(cdk);
                            String name = c.properties().get("cluster").textValue();
                            if (a != null && (CLUSTERS + name).equals(a.path("Cluster").asText())) {
                                a.put("Cluster", name);
                            }
                        }),
                new AllowedDifference(TYPE_ID, "run-task-on-family-or-revision",
                        "ecs:RunTask on the family's revisions (task-definition/<family>:*), the revision given, or"
                                + " task-definition/* for one chosen at run time; the CDK (feature flag fixRunEcsTaskPolicy)"
                                + " grants its TaskDefinition construct's ARN, the revision it deploys, which we do not have",
                        SOURCE_IAM, c -> true,
                        (c, ours, cdk) -> {
                            List<String> mine = CdkProps.resources(ours, "ecs:RunTask");
                            String expected = expectedRunTaskResource(c);
                            if (mine.size() == 1 && mine.get(0).equals(expected)) {
                                for (String r : CdkProps.resources(cdk, "ecs:RunTask")) {
                                    if (r.startsWith("${EcsTaskDefinition")) {
                                        CdkProps.replaceResource(cdk, r, expected);
                                    }
                                }
                            }
                        }),
                new AllowedDifference(TYPE_ID, "stop-describe-for-sync-only",
                        "ecs:StopTask and ecs:DescribeTasks only for .sync, as AWS's page lists them; the CDK grants them"
                                + " for every pattern",
                        SOURCE_IAM, c -> c.integrationPattern() != io.github.sfntasks.api.IntegrationPattern.RUN_JOB,
                        (c, ours, cdk) -> removeStatements(cdk, s -> Json.texts(s.get("Action")).equals(List.of("ecs:StopTask", "ecs:DescribeTasks")))),
                new AllowedDifference(TYPE_ID, "pass-role-named-roles-only",
                        "iam:PassRole on the roles the request names (taskRole, executionRole); the CDK's TaskDefinition"
                                + " construct always has a task role (it creates one) and the CDK passes it",
                        SOURCE_CDK, c -> !c.properties().has("taskRole") || !c.properties().has("executionRole"),
                        (c, ours, cdk) -> {
                            for (String r : CdkProps.resources(cdk, "iam:PassRole")) {
                                if (r.startsWith("${EcsTaskDefinition")) {
                                    CdkProps.removeResource(cdk, "iam:PassRole", r);
                                }
                            }
                        }),
                new AllowedDifference(TYPE_ID, "pass-role-to-ecs-tasks-only",
                        "iam:PassRole carries iam:PassedToService = ecs-tasks.amazonaws.com (as AWS's managed"
                                + " AmazonEC2ContainerServiceEventsRole, which runs tasks the same way); the CDK's has no condition",
                        SOURCE_PASS_ROLE, c -> c.properties().has("taskRole") || c.properties().has("executionRole"),
                        (c, ours, cdk) -> {
                            for (JsonNode st : ours.path("statements")) {
                                if (Json.texts(st.get("Action")).equals(List.of("iam:PassRole"))
                                        && st.path("Condition").toString().contains("ecs-tasks.amazonaws.com")) {
                                    ((ObjectNode) st).remove("Condition");
                                }
                            }
                        }),
                new AllowedDifference(TYPE_ID, "assign-public-ip-disabled-written",
                        "assignPublicIp false is written AssignPublicIp: DISABLED (ECS's default); the CDK leaves it out",
                        SOURCE_AWSVPC, c -> c.properties().path("networkConfiguration").path("assignPublicIp").isBoolean()
                                && !c.properties().path("networkConfiguration").path("assignPublicIp").booleanValue(),
                        (c, ours, cdk) -> {
                            JsonNode vpc = CdkProps.parameters(ours).path("NetworkConfiguration").path("AwsvpcConfiguration");
                            if (vpc instanceof ObjectNode o && "DISABLED".equals(o.path("AssignPublicIp").asText())) {
                                o.remove("AssignPublicIp");
                            }
                        }),
                new AllowedDifference(TYPE_ID, "binpack-field-lower-case",
                        "a binpack strategy's field is written cpu or memory, as ECS's PlacementStrategy page spells it;"
                                + " the CDK writes its BinPackResource values CPU and MEMORY",
                        SOURCE_PLACEMENT, c -> c.properties().path("placementStrategies").toString().contains("binpack"),
                        (c, ours, cdk) -> {
                            for (JsonNode st : CdkProps.parameters(cdk).path("PlacementStrategy")) {
                                if ("binpack".equals(st.path("Type").asText()) && st.has("Field")) {
                                    ((ObjectNode) st).put("Field", st.get("Field").asText().toLowerCase(java.util.Locale.ROOT));
                                }
                            }
                        }),
                new AllowedDifference(TYPE_ID, "vpc-default-security-group",
                        "an awsvpc configuration without security groups leaves SecurityGroups out (ECS uses the VPC's"
                                + " default group); the CDK creates a security group and writes its id",
                        SOURCE_AWSVPC, c -> c.properties().path("networkConfiguration").isObject()
                                && !c.properties().get("networkConfiguration").has("securityGroups"),
                        (c, ours, cdk) -> {
                            JsonNode vpc = CdkProps.parameters(cdk).path("NetworkConfiguration").path("AwsvpcConfiguration");
                            if (vpc instanceof ObjectNode o && o.path("SecurityGroups").size() == 1
                                    && o.get("SecurityGroups").get(0).asText().matches("\\$\\{Ecs[A-Za-z0-9]*SecurityGroup[A-Za-z0-9]*\\.GroupId}")) {
                                o.remove("SecurityGroups");
                            }
                        }));
    }

    /** What we grant ecs:RunTask on, as the provider's Javadoc and AWS's ecs-iam page say, from the request alone. */
    private static String expectedRunTaskResource(TaskCase c) {
        ObjectNode p = c.properties();
        String td = literalText(p, "taskDefinition");
        if (td == null) {
            return TASK_DEFINITIONS + "*";
        }
        if (p.has("revisionNumber")) {
            return TASK_DEFINITIONS + td + ":" + p.get("revisionNumber").asLong();
        }
        return TASK_DEFINITIONS + td + (td.contains(":") ? "" : ":*");
    }

    private static void removeStatements(ObjectNode render, java.util.function.Predicate<JsonNode> which) {
        Iterator<JsonNode> it = render.path("statements").iterator();
        while (it.hasNext()) {
            if (which.test(it.next())) {
                it.remove();
            }
        }
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
                .ofMinLength(1).ofMaxLength(20).filter(s -> Character.isLetterOrDigit(s.charAt(0)));
        Arbitrary<String> cluster = Arbitraries.oneOf(names,
                names.map(n -> "arn:aws:ecs:" + REGION + ":" + ACCOUNT + ":cluster/" + n));
        Arbitrary<String> family = Combinators.combine(names, Arbitraries.of("", ":1", ":42")).as((n, r) -> n + r);
        Arbitrary<String> role = Arbitraries.oneOf(names, names.map(n -> "arn:aws:iam::" + ACCOUNT + ":role/" + n));
        Arbitrary<String> platform = Arbitraries.of(PLATFORM_VERSIONS.keySet());
        Arbitrary<String> launchType = Arbitraries.of("EC2", "FARGATE");
        Map<String, Arbitrary<? extends JsonNode>> values = new LinkedHashMap<>();
        Map.of("cluster", cluster, "taskDefinition", family, "taskRole", role, "executionRole", role,
                "platformVersion", platform, "launchType", launchType).forEach((k, v) -> values.put(k, v.map(TextNode::valueOf)));
        values.put("networkConfiguration", networkConfigurations());
        values.put("placementStrategies", Arbitraries.of(
                "{\"type\":\"spread\",\"field\":\"instanceId\"}", "{\"type\":\"spread\",\"field\":\"attribute:ecs.availability-zone\"}",
                "{\"type\":\"binpack\",\"field\":\"cpu\"}", "{\"type\":\"binpack\",\"field\":\"memory\"}", "{\"type\":\"random\"}")
                .list().ofMinSize(1).ofMaxSize(3).map(EcsRunTaskCdkFactory::array));
        values.put("placementConstraints", Arbitraries.of("{\"type\":\"distinctInstance\"}",
                "{\"type\":\"memberOf\",\"expression\":\"attribute:ecs.instance-type =~ t2.*\"}")
                .list().ofMinSize(1).ofMaxSize(2).map(EcsRunTaskCdkFactory::array));
        values.put("capacityProviderStrategy", Combinators.combine(Arbitraries.of("FARGATE", "FARGATE_SPOT", "my-asg-provider"),
                        Arbitraries.integers().between(0, 1000).injectNull(0.3), Arbitraries.integers().between(0, 100_000).injectNull(0.5))
                .as((n, w, base) -> "{\"capacityProvider\":\"" + n + "\"" + (w == null ? "" : ",\"weight\":" + w)
                        + (base == null ? "" : ",\"base\":" + base) + "}")
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements(t -> t.substring(0, 30)).map(EcsRunTaskCdkFactory::array));
        values.put("containerOverrides", containerOverrides());
        return List.of(ProviderArbitraries.properties(TYPE_ID, (name, context) -> Optional.ofNullable(values.get(name))));
    }

    private static Arbitrary<JsonNode> networkConfigurations() {
        Arbitrary<List<String>> subnets = Arbitraries.strings().withChars("0123456789abcdef").ofLength(8).map(h -> "subnet-" + h)
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        Arbitrary<List<String>> groups = Arbitraries.strings().withChars("0123456789abcdef").ofLength(8).map(h -> "sg-" + h)
                .list().ofMinSize(1).ofMaxSize(2).uniqueElements().injectNull(0.3);
        Arbitrary<Boolean> publicIp = Arbitraries.of(true, false).injectNull(0.4);
        return Combinators.combine(subnets, groups, publicIp).as((s, g, ip) -> {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            s.forEach(o.putArray("subnets")::add);
            if (g != null) {
                g.forEach(o.putArray("securityGroups")::add);
            }
            if (ip != null) {
                o.put("assignPublicIp", ip);
            }
            return o;
        });
    }

    private static Arbitrary<JsonNode> containerOverrides() {
        Arbitrary<String> variable = Combinators.combine(Arbitraries.of("MODE", "INPUT", "BUCKET"),
                Arbitraries.of("\"value\":\"nightly\"", "\"value.$\":\"$.input\"", "\"value.$\":\"$$.Task.Token\""))
                .as((n, v) -> "{\"name\":\"" + n + "\"," + v + "}");
        Arbitrary<String> override = Combinators.combine(Arbitraries.of("app", "sidecar", "worker"),
                variable.list().ofMaxSize(2).map(l -> l.isEmpty() ? "" : ",\"environment\":[" + String.join(",", l) + "]"),
                Arbitraries.of("", ",\"command\":[\"run\",\"--all\"]", ",\"command.$\":\"$.command\""),
                Arbitraries.of("", ",\"cpu\":256", ",\"memoryLimit\":512,\"memoryReservation\":256"))
                .as((n, env, cmd, num) -> "{\"containerName\":\"" + n + "\"" + env + cmd + num + "}");
        return override.list().ofMinSize(1).ofMaxSize(2).map(EcsRunTaskCdkFactory::array);
    }

    private static JsonNode array(List<String> items) {
        try {
            return MAPPER.readTree("[" + String.join(",", items) + "]");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
