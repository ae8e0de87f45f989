package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeBuilder;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.ShapeValue;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates and starts an Amazon EMR cluster (the {@code RunJobFlow} API, {@code elasticmapreduce:createCluster}): the
 * AWS CDK's {@code EmrCreateCluster}. With {@code .sync} (the default, as the CDK's) the state waits until the cluster
 * is up; the output carries its {@code ClusterId}.
 *
 * <pre>{@code
 * EmrCreateCluster create = EmrCreateCluster.builder("Create Cluster")
 *     .name("nightly")
 *     .clusterRole("EMR_EC2_DefaultRole").serviceRole("EMR_DefaultRole").autoScalingRole("EMR_AutoScaling_DefaultRole")
 *     .releaseLabel("emr-6.15.0").applications(a -> a.name("Spark"))
 *     .instances(i -> i.instanceGroup(g -> g.instanceRole("MASTER").instanceType("m5.xlarge").instanceCount(1))
 *                      .instanceGroup(g -> g.instanceRole("CORE").instanceType("m5.xlarge").instanceCount(2)))
 *     .build();
 * }</pre>
 *
 * <p><b>Properties</b> (the CDK's names; the ASL keys are RunJobFlow's): {@code instances} (required: uniform
 * instance groups, or instance fleets with On-Demand and Spot specifications, EBS, placement, security groups),
 * {@code name}, {@code clusterRole} (the EC2 instance profile role, {@code JobFlowRole}), {@code serviceRole},
 * {@code autoScalingRole} (instance groups only), {@code applications}, {@code bootstrapActions},
 * {@code configurations} (nested up to four levels), {@code releaseLabel} ({@code emr-x.y.z}),
 * {@code stepConcurrencyLevel} (1 to 256; above 1 from {@code emr-5.28.0}), {@code securityConfiguration},
 * {@code kerberosAttributes}, {@code customAmiId}, {@code logUri}, {@code tags}, {@code visibleToAllUsers} (default
 * {@code true}, always rendered as the CDK does), {@code scaleDownBehavior}, {@code ebsRootVolumeSize} (GiB, 15 to
 * 100), {@code ebsRootVolumeIops} (3000 to 16000) and {@code ebsRootVolumeThroughput} (125 to 1000, both from
 * {@code emr-6.15.0}), {@code managedScalingPolicy}, {@code autoTerminationPolicyIdleTimeout} (60 to 604800 s),
 * {@code additionalInfo}. {@code Instances.KeepJobFlowAliveWhenNoSteps} is always {@code true}, as Step Functions
 * requires.
 *
 * <p><b>Patterns:</b> REQUEST_RESPONSE and RUN_JOB ({@code .sync}, the default).
 *
 * <p><b>IAM</b> (as the CDK's EmrCreateCluster and AWS's "IAM policies for Amazon EMR"):
 * {@code elasticmapreduce:RunJobFlow}, {@code DescribeCluster} and {@code TerminateJobFlows} on {@code *} (a cluster
 * that does not exist yet has no ARN); {@code iam:PassRole} on the service, cluster and auto-scaling roles (a name is
 * made an ARN in the render context's account); {@code iam:CreateServiceLinkedRole} on EMR's cleanup service-linked
 * role ({@code iam:AWSServiceName} {@code elasticmapreduce.<the partition's DNS suffix>}); {@code elasticmapreduce:AddTags}
 * on the account's clusters when tags are given; and, for {@code .sync}, the
 * managed rule {@code StepFunctionsGetEventForEMRRunJobFlowRule}.
 *
 * <p><b>Differences from the CDK:</b> roles are named, never created: {@code clusterRole} and {@code serviceRole} are
 * required and no auto-scaling role is made up for instance groups (EMR needs no auto-scaling role unless an
 * instance group has an {@code autoScalingPolicy}); the CDK grants {@code elasticmapreduce:AddTags} on {@code *}
 * even without tags, we grant it only with tags, on {@code cluster/*} (tag-on-create is the only tagging RunJobFlow
 * does; https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html lists no AddTags); sizes are whole GiB
 * and durations whole seconds (spot timeouts whole minutes) rather than CDK {@code Size}/{@code Duration};
 * configurations nest four levels deep at most; {@code bidPrice} and {@code bidPriceAsPercentageOfOnDemandPrice} of
 * one instance type are refused together (the CDK documents the rule but renders both); the service-linked role
 * grant names EMR's service in the context's partition only ({@code elasticmapreduce.amazonaws.com} in {@code aws},
 * {@code elasticmapreduce.amazonaws.com.cn} in {@code aws-cn}), where the CDK names both in every partition
 * (https://docs.aws.amazon.com/emr/latest/ManagementGuide/using-service-linked-roles-cleanup.html).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html">Create and manage Amazon EMR
 *      clusters with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/emr/latest/APIReference/API_RunJobFlow.html">RunJobFlow</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EmrCreateCluster extends ShapeTask {

    /** The type: {@code elasticmapreduce:createCluster}, REQUEST_RESPONSE and RUN_JOB, RUN_JOB by default as the CDK's. */
    public static final TaskType TYPE = TaskType.of("elasticmapreduce:createCluster", "Create and start an Amazon EMR cluster",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB).withDefault(IntegrationPattern.RUN_JOB);

    // ---- EBS ------------------------------------------------------------------------------------------
    static final Field IOPS = Field.integer("iops", "Iops").atLeast(0).doc("The volume's IOPS");
    static final Field VOLUME_SIZE = Field.integer("volumeSize", "SizeInGB").required().range(1, 16384).doc("The volume size in GiB");
    static final Field VOLUME_TYPE = Field.enumOf("volumeType", "VolumeType", "gp3", "gp2", "io1", "st1", "sc1", "standard")
            .required().doc("The volume type");
    static final Shape VOLUME = Shape.of("VolumeSpecification", IOPS, VOLUME_SIZE, VOLUME_TYPE);
    static final Field VOLUME_SPEC = Field.object("volumeSpecification", "VolumeSpecification", VOLUME).required();
    static final Field VOLUMES_PER_INSTANCE = Field.integer("volumesPerInstance", "VolumesPerInstance").atLeast(1);
    static final Shape EBS_BLOCK_DEVICE = Shape.of("EbsBlockDeviceConfig", VOLUME_SPEC, VOLUMES_PER_INSTANCE);
    static final Field EBS_BLOCK_DEVICES = Field.list("ebsBlockDeviceConfigs", "EbsBlockDeviceConfigs", EBS_BLOCK_DEVICE);
    static final Field EBS_OPTIMIZED = Field.bool("ebsOptimized", "EbsOptimized");
    static final Shape EBS = Shape.of("EbsConfiguration", EBS_BLOCK_DEVICES, EBS_OPTIMIZED);

    // ---- instance fleets ------------------------------------------------------------------------------
    static final Field TC_BID_PRICE = Field.string("bidPrice", "BidPrice").range(0, 256).doc("The Spot bid price in USD");
    static final Field TC_BID_PERCENT = Field.number("bidPriceAsPercentageOfOnDemandPrice", "BidPriceAsPercentageOfOnDemandPrice")
            .atLeast(0).doc("The Spot bid price as a percentage of the On-Demand price");
    static final Field TC_CONFIGURATIONS = EmrFields.configurations();
    static final Field TC_EBS = Field.object("ebsConfiguration", "EbsConfiguration", EBS);
    static final Field TC_INSTANCE_TYPE = Field.string("instanceType", "InstanceType").required().range(1, 256).doc("An EC2 instance type");
    static final Field TC_WEIGHT = Field.integer("weightedCapacity", "WeightedCapacity").atLeast(0);
    static final Shape INSTANCE_TYPE_CONFIG = Shape.of("InstanceTypeConfig", TC_BID_PRICE, TC_BID_PERCENT, TC_CONFIGURATIONS, TC_EBS,
            TC_INSTANCE_TYPE, TC_WEIGHT).exclusive(TC_BID_PRICE, TC_BID_PERCENT);
    static final Field OD_STRATEGY = Field.enumOf("allocationStrategy", "AllocationStrategy", "lowest-price").required();
    static final Shape ON_DEMAND = Shape.of("OnDemandProvisioningSpecification", OD_STRATEGY);
    static final Field SPOT_STRATEGY = Field.enumOf("allocationStrategy", "AllocationStrategy",
            "capacity-optimized", "price-capacity-optimized", "lowest-price", "diversified");
    static final Field SPOT_BLOCK = Field.integer("blockDurationMinutes", "BlockDurationMinutes").range(60, 360)
            .doc("Deprecated by AWS: Spot blocks, in minutes");
    static final Field SPOT_TIMEOUT_ACTION = Field.enumOf("timeoutAction", "TimeoutAction", "SWITCH_TO_ON_DEMAND", "TERMINATE_CLUSTER")
            .required();
    static final Field SPOT_TIMEOUT = Field.integer("timeoutDurationMinutes", "TimeoutDurationMinutes").required().range(5, 1440)
            .doc("The Spot provisioning timeout in minutes");
    static final Shape SPOT = Shape.of("SpotProvisioningSpecification", SPOT_STRATEGY, SPOT_BLOCK, SPOT_TIMEOUT_ACTION, SPOT_TIMEOUT);
    static final Field LS_ON_DEMAND = Field.object("onDemandSpecification", "OnDemandSpecification", ON_DEMAND);
    static final Field LS_SPOT = Field.object("spotSpecification", "SpotSpecification", SPOT);
    static final Shape LAUNCH_SPECIFICATIONS = Shape.of("InstanceFleetProvisioningSpecifications", LS_ON_DEMAND, LS_SPOT);
    static final Field FLEET_TYPE = Field.enumOf("instanceFleetType", "InstanceFleetType", "MASTER", "CORE", "TASK").required();
    static final Field FLEET_TYPE_CONFIGS = Field.list("instanceTypeConfigs", "InstanceTypeConfigs", INSTANCE_TYPE_CONFIG);
    static final Field FLEET_LAUNCH = Field.object("launchSpecifications", "LaunchSpecifications", LAUNCH_SPECIFICATIONS);
    static final Field FLEET_NAME = Field.string("name", "Name").range(0, 256)
            .doc("The fleet's name, unique in the cluster for modifyInstanceFleetByName");
    static final Field FLEET_ON_DEMAND = Field.integer("targetOnDemandCapacity", "TargetOnDemandCapacity").atLeast(0);
    static final Field FLEET_SPOT = Field.integer("targetSpotCapacity", "TargetSpotCapacity").atLeast(0);
    static final Shape INSTANCE_FLEET = Shape.of("InstanceFleetConfig", FLEET_TYPE, FLEET_TYPE_CONFIGS, FLEET_LAUNCH, FLEET_NAME,
            FLEET_ON_DEMAND, FLEET_SPOT);

    // ---- instance groups and their automatic scaling -----------------------------------------------------
    static final Field DIM_KEY = Field.string("key", "Key").required();
    static final Field DIM_VALUE = Field.string("value", "Value").required();
    static final Shape DIMENSION = Shape.of("MetricDimension", DIM_KEY, DIM_VALUE);
    static final Field ALARM_OPERATOR = Field.enumOf("comparisonOperator", "ComparisonOperator",
            "GREATER_THAN_OR_EQUAL", "GREATER_THAN", "LESS_THAN", "LESS_THAN_OR_EQUAL").required();
    static final Field ALARM_DIMENSIONS = Field.list("dimensions", "Dimensions", DIMENSION);
    static final Field ALARM_PERIODS = Field.integer("evaluationPeriods", "EvaluationPeriods").atLeast(1);
    static final Field ALARM_METRIC = Field.string("metricName", "MetricName").required();
    static final Field ALARM_NAMESPACE = Field.string("namespace", "Namespace");
    static final Field ALARM_PERIOD = Field.integer("period", "Period").required().atLeast(1).doc("The period in seconds (300 for EMR metrics)");
    static final Field ALARM_STATISTIC = Field.enumOf("statistic", "Statistic", "SAMPLE_COUNT", "AVERAGE", "SUM", "MINIMUM", "MAXIMUM");
    static final Field ALARM_THRESHOLD = Field.number("threshold", "Threshold");
    static final Field ALARM_UNIT = Field.enumOf("unit", "Unit", "NONE", "SECONDS", "MICRO_SECONDS", "MILLI_SECONDS", "BYTES",
            "KILO_BYTES", "MEGA_BYTES", "GIGA_BYTES", "TERA_BYTES", "BITS", "KILO_BITS", "MEGA_BITS", "GIGA_BITS", "TERA_BITS",
            "PERCENT", "COUNT", "BYTES_PER_SECOND", "KILO_BYTES_PER_SECOND", "MEGA_BYTES_PER_SECOND", "GIGA_BYTES_PER_SECOND",
            "TERA_BYTES_PER_SECOND", "BITS_PER_SECOND", "KILO_BITS_PER_SECOND", "MEGA_BITS_PER_SECOND", "GIGA_BITS_PER_SECOND",
            "TERA_BITS_PER_SECOND", "COUNT_PER_SECOND");
    static final Shape ALARM = Shape.of("CloudWatchAlarmDefinition", ALARM_OPERATOR, ALARM_DIMENSIONS, ALARM_PERIODS, ALARM_METRIC,
            ALARM_NAMESPACE, ALARM_PERIOD, ALARM_STATISTIC, ALARM_THRESHOLD, ALARM_UNIT);
    static final Field TRIGGER_ALARM = Field.object("cloudWatchAlarmDefinition", "CloudWatchAlarmDefinition", ALARM).required();
    static final Shape TRIGGER = Shape.of("ScalingTrigger", TRIGGER_ALARM);
    static final Field SIMPLE_ADJUSTMENT_TYPE = Field.enumOf("adjustmentType", "AdjustmentType",
            "CHANGE_IN_CAPACITY", "PERCENT_CHANGE_IN_CAPACITY", "EXACT_CAPACITY");
    static final Field SIMPLE_COOL_DOWN = Field.integer("coolDown", "CoolDown").atLeast(0).doc("Seconds between scaling activities");
    static final Field SIMPLE_ADJUSTMENT = Field.integer("scalingAdjustment", "ScalingAdjustment").required();
    static final Shape SIMPLE = Shape.of("SimpleScalingPolicyConfiguration", SIMPLE_ADJUSTMENT_TYPE, SIMPLE_COOL_DOWN, SIMPLE_ADJUSTMENT);
    static final Field MARKET = Field.enumOf("market", "Market", "ON_DEMAND", "SPOT");
    static final Field ACTION_SIMPLE = Field.object("simpleScalingPolicyConfiguration", "SimpleScalingPolicyConfiguration", SIMPLE)
            .required();
    static final Shape ACTION = Shape.of("ScalingAction", MARKET, ACTION_SIMPLE);
    static final Field RULE_ACTION = Field.object("action", "Action", ACTION).required();
    static final Field RULE_DESCRIPTION = Field.string("description", "Description");
    static final Field RULE_NAME = Field.string("name", "Name").required();
    static final Field RULE_TRIGGER = Field.object("trigger", "Trigger", TRIGGER).required();
    static final Shape RULE = Shape.of("ScalingRule", RULE_ACTION, RULE_DESCRIPTION, RULE_NAME, RULE_TRIGGER);
    static final Field MAX_CAPACITY = Field.integer("maxCapacity", "MaxCapacity").required();
    static final Field MIN_CAPACITY = Field.integer("minCapacity", "MinCapacity").required();
    static final Shape CONSTRAINTS = Shape.of("ScalingConstraints", MAX_CAPACITY, MIN_CAPACITY);
    static final Field POLICY_CONSTRAINTS = Field.object("constraints", "Constraints", CONSTRAINTS).required();
    static final Field POLICY_RULES = Field.list("rules", "Rules", RULE).required();
    static final Shape AUTO_SCALING_POLICY = Shape.of("AutoScalingPolicy", POLICY_CONSTRAINTS, POLICY_RULES);
    static final Field GROUP_AUTO_SCALING = Field.object("autoScalingPolicy", "AutoScalingPolicy", AUTO_SCALING_POLICY);
    static final Field GROUP_BID_PRICE = Field.string("bidPrice", "BidPrice").range(0, 256).doc("The Spot bid price in USD");
    static final Field GROUP_CONFIGURATIONS = EmrFields.configurations();
    static final Field GROUP_EBS = Field.object("ebsConfiguration", "EbsConfiguration", EBS);
    static final Field GROUP_COUNT = Field.integer("instanceCount", "InstanceCount").required().atLeast(0);
    static final Field GROUP_ROLE = Field.enumOf("instanceRole", "InstanceRole", "MASTER", "CORE", "TASK").required();
    static final Field GROUP_TYPE = Field.string("instanceType", "InstanceType").required().range(1, 256);
    static final Field GROUP_MARKET = Field.enumOf("market", "Market", "ON_DEMAND", "SPOT");
    static final Field GROUP_NAME = Field.string("name", "Name").range(0, 256)
            .doc("The group's name, unique in the cluster for modifyInstanceGroupByName");
    static final Shape INSTANCE_GROUP = Shape.of("InstanceGroupConfig", GROUP_AUTO_SCALING, GROUP_BID_PRICE, GROUP_CONFIGURATIONS,
            GROUP_EBS, GROUP_COUNT, GROUP_ROLE, GROUP_TYPE, GROUP_MARKET, GROUP_NAME);

    // ---- instances -----------------------------------------------------------------------------------
    static final Field AZ = Field.string("availabilityZone", "AvailabilityZone").doc("For instance groups");
    static final Field AZS = Field.stringList("availabilityZones", "AvailabilityZones").doc("For instance fleets");
    static final Shape PLACEMENT_TYPE = Shape.of("PlacementType", AZ, AZS);
    static final Field MASTER_SGS = Field.stringList("additionalMasterSecurityGroups", "AdditionalMasterSecurityGroups");
    static final Field SLAVE_SGS = Field.stringList("additionalSlaveSecurityGroups", "AdditionalSlaveSecurityGroups");
    static final Field KEY_NAME = Field.string("ec2KeyName", "Ec2KeyName");
    static final Field SUBNET = Field.string("ec2SubnetId", "Ec2SubnetId").doc("The subnet, for instance groups");
    static final Field SUBNETS = Field.stringList("ec2SubnetIds", "Ec2SubnetIds").doc("The subnets, for instance fleets");
    static final Field MASTER_SG = Field.string("emrManagedMasterSecurityGroup", "EmrManagedMasterSecurityGroup");
    static final Field SLAVE_SG = Field.string("emrManagedSlaveSecurityGroup", "EmrManagedSlaveSecurityGroup");
    static final Field HADOOP = Field.string("hadoopVersion", "HadoopVersion").doc("Releases before 4.0 only");
    static final Field INSTANCE_COUNT = Field.integer("instanceCount", "InstanceCount").atLeast(0);
    static final Field FLEETS = Field.list("instanceFleets", "InstanceFleets", INSTANCE_FLEET);
    static final Field GROUPS = Field.list("instanceGroups", "InstanceGroups", INSTANCE_GROUP);
    static final Field MASTER_TYPE = Field.string("masterInstanceType", "MasterInstanceType");
    static final Field PLACEMENT = Field.object("placement", "Placement", PLACEMENT_TYPE);
    static final Field SERVICE_SG = Field.string("serviceAccessSecurityGroup", "ServiceAccessSecurityGroup");
    static final Field SLAVE_TYPE = Field.string("slaveInstanceType", "SlaveInstanceType");
    static final Field PROTECTED = Field.bool("terminationProtected", "TerminationProtected");
    static final Shape INSTANCES_CONFIG = Shape.of("JobFlowInstancesConfig", MASTER_SGS, SLAVE_SGS, KEY_NAME, SUBNET, SUBNETS,
            MASTER_SG, SLAVE_SG, HADOOP, INSTANCE_COUNT, FLEETS, GROUPS, MASTER_TYPE, PLACEMENT, SERVICE_SG, SLAVE_TYPE, PROTECTED)
            .exclusive(FLEETS, GROUPS);

    // ---- applications, bootstrap actions, Kerberos, managed scaling ------------------------------------
    static final Field APP_INFO = Field.stringMap("additionalInfo", "AdditionalInfo");
    static final Field APP_ARGS = Field.stringList("args", "Args");
    static final Field APP_NAME = Field.string("name", "Name").required().doc("The application (Spark, Hive, Hadoop...)");
    static final Field APP_VERSION = Field.string("version", "Version");
    static final Shape APPLICATION = Shape.of("Application", APP_NAME, APP_ARGS, APP_VERSION, APP_INFO);
    static final Field SCRIPT_PATH = Field.string("path", "Path").required().doc("The script, in Amazon S3 or on the node");
    static final Field SCRIPT_ARGS = Field.stringList("args", "Args");
    static final Shape SCRIPT = Shape.of("ScriptBootstrapActionConfig", SCRIPT_PATH, SCRIPT_ARGS);
    static final Field BOOTSTRAP_NAME = Field.string("name", "Name").required();
    static final Field BOOTSTRAP_SCRIPT = Field.object("scriptBootstrapAction", "ScriptBootstrapAction", SCRIPT).required();
    static final Shape BOOTSTRAP_ACTION = Shape.of("BootstrapActionConfig", BOOTSTRAP_NAME, BOOTSTRAP_SCRIPT);
    static final Field AD_PASSWORD = Field.string("adDomainJoinPassword", "ADDomainJoinPassword");
    static final Field AD_USER = Field.string("adDomainJoinUser", "ADDomainJoinUser");
    static final Field CROSS_REALM = Field.string("crossRealmTrustPrincipalPassword", "CrossRealmTrustPrincipalPassword");
    static final Field KDC_PASSWORD = Field.string("kdcAdminPassword", "KdcAdminPassword");
    static final Field REALM = Field.string("realm", "Realm").required().doc("The Kerberos realm (EC2.INTERNAL)");
    static final Shape KERBEROS = Shape.of("KerberosAttributes", AD_PASSWORD, AD_USER, CROSS_REALM, KDC_PASSWORD, REALM);
    static final Field UNIT_TYPE = Field.enumOf("unitType", "UnitType", "InstanceFleetUnits", "Instances", "VCPU").required();
    static final Field MIN_UNITS = Field.integer("minimumCapacityUnits", "MinimumCapacityUnits").required().atLeast(0);
    static final Field MAX_UNITS = Field.integer("maximumCapacityUnits", "MaximumCapacityUnits").required().atLeast(0);
    static final Field MAX_ON_DEMAND = Field.integer("maximumOnDemandCapacityUnits", "MaximumOnDemandCapacityUnits").atLeast(0);
    static final Field MAX_CORE = Field.integer("maximumCoreCapacityUnits", "MaximumCoreCapacityUnits").atLeast(0);
    static final Shape COMPUTE_LIMITS = Shape.of("ComputeLimits", UNIT_TYPE, MIN_UNITS, MAX_UNITS, MAX_ON_DEMAND, MAX_CORE);
    static final Field LIMITS = Field.object("computeLimits", "ComputeLimits", COMPUTE_LIMITS);
    static final Shape MANAGED_SCALING = Shape.of("ManagedScalingPolicy", LIMITS);

    // ---- the task ----------------------------------------------------------------------------------------
    static final Field INSTANCES = Field.object("instances", "Instances", INSTANCES_CONFIG).required()
            .renderedAs(EmrCreateCluster::keepAlive).doc("The cluster's EC2 instances: groups or fleets");
    static final Field CLUSTER_ROLE = EmrFields.role("clusterRole", "JobFlowRole", "The EC2 instance profile role (JobFlowRole)")
            .required();
    static final Field NAME = Field.string("name", "Name").required().range(0, 256).doc("The cluster's name");
    static final Field SERVICE_ROLE = EmrFields.role("serviceRole", "ServiceRole", "The role EMR assumes").required();
    static final Field ADDITIONAL_INFO = Field.string("additionalInfo", "AdditionalInfo").range(0, 10280);
    static final Field APPLICATIONS = Field.list("applications", "Applications", APPLICATION);
    static final Field AUTO_SCALING_ROLE = EmrFields.role("autoScalingRole", "AutoScalingRole",
            "The role automatic scaling assumes (instance groups only)");
    static final Field BOOTSTRAP_ACTIONS = Field.list("bootstrapActions", "BootstrapActions", BOOTSTRAP_ACTION);
    static final Field CONFIGURATIONS = EmrFields.configurations();
    static final Field CUSTOM_AMI = Field.string("customAmiId", "CustomAmiId").range(0, 256);
    static final Field ROOT_SIZE = Field.integer("ebsRootVolumeSize", "EbsRootVolumeSize").range(15, 100).doc("GiB");
    static final Field ROOT_IOPS = Field.integer("ebsRootVolumeIops", "EbsRootVolumeIops").range(3000, 16000);
    static final Field ROOT_THROUGHPUT = Field.integer("ebsRootVolumeThroughput", "EbsRootVolumeThroughput").range(125, 1000)
            .doc("MiB/s");
    static final Field KERBEROS_ATTRIBUTES = Field.object("kerberosAttributes", "KerberosAttributes", KERBEROS);
    static final Field LOG_URI = Field.string("logUri", "LogUri").range(0, 10280).doc("Where in Amazon S3 the logs go");
    static final Field MANAGED_SCALING_POLICY = Field.object("managedScalingPolicy", "ManagedScalingPolicy", MANAGED_SCALING);
    static final Field RELEASE_LABEL = Field.string("releaseLabel", "ReleaseLabel").pattern("emr-(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})",
            "emr-x.y.z (emr-6.15.0)");
    static final Field SCALE_DOWN = Field.enumOf("scaleDownBehavior", "ScaleDownBehavior", "TERMINATE_AT_INSTANCE_HOUR",
            "TERMINATE_AT_TASK_COMPLETION");
    static final Field SECURITY_CONFIGURATION = Field.string("securityConfiguration", "SecurityConfiguration").range(0, 10280);
    static final Field STEP_CONCURRENCY = Field.integer("stepConcurrencyLevel", "StepConcurrencyLevel").range(1, 256)
            .doc("Steps run at once; above 1 from emr-5.28.0");
    static final Field TAGS = Field.stringMap("tags", "Tags").staticOnly().renderedAs(EmrFields::keyValueList)
            .doc("Tags of the cluster and its instances");
    static final Field VISIBLE = Field.bool("visibleToAllUsers", "VisibleToAllUsers").doc("Default true");
    static final Field IDLE_TIMEOUT = Field.integer("autoTerminationPolicyIdleTimeout", "AutoTerminationPolicy").range(60, 604800)
            .renderedAs(v -> ObjectValue.builder().put("IdleTimeout", v).build()).doc("Idle seconds before the cluster terminates");

    /** The properties. */
    public static final Shape SHAPE = Shape.of("CreateCluster", INSTANCES, CLUSTER_ROLE, NAME, SERVICE_ROLE, ADDITIONAL_INFO,
            APPLICATIONS, AUTO_SCALING_ROLE, BOOTSTRAP_ACTIONS, CONFIGURATIONS, CUSTOM_AMI, ROOT_SIZE, ROOT_IOPS, ROOT_THROUGHPUT,
            KERBEROS_ATTRIBUTES, LOG_URI, MANAGED_SCALING_POLICY, RELEASE_LABEL, SCALE_DOWN, SECURITY_CONFIGURATION, STEP_CONCURRENCY,
            TAGS, VISIBLE, IDLE_TIMEOUT).check(EmrCreateCluster::crossChecks);

    private static final Pattern RELEASE = Pattern.compile("emr-([0-9]{1,4})\\.([0-9]{1,4})\\.([0-9]{1,4})");

    private static Value keepAlive(Value instances) {
        // Step Functions requires it: the cluster outlives the state (connect-emr.html)
        return instances instanceof ObjectValue o ? o.toBuilder().put("KeepJobFlowAliveWhenNoSteps", true).build() : instances;
    }

    private static void crossChecks(ShapeValue v, Shape.Problems problems) {
        ShapeValue instances = v.nested(INSTANCES);
        if (v.has(AUTO_SCALING_ROLE) && instances != null && instances.has(FLEETS)) {
            problems.add(ErrorCode.CONFLICTING_PROPERTIES, "autoScalingRole", "an auto-scaling role is for instance groups only;"
                    + " instance fleets scale with managedScalingPolicy");
        }
        Matcher release = v.text(RELEASE_LABEL) == null ? null : RELEASE.matcher(v.text(RELEASE_LABEL));
        if (release == null || !release.matches()) {
            return;
        }
        int major = Integer.parseInt(release.group(1));
        int minor = Integer.parseInt(release.group(2));
        if (v.value(STEP_CONCURRENCY) instanceof Literal l && l.node().isNumber() && l.node().asInt() != 1
                && (major < 5 || major == 5 && minor < 28)) {
            problems.add(ErrorCode.INVALID_PROPERTY, "stepConcurrencyLevel", "above 1 needs releaseLabel emr-5.28.0 or later, was "
                    + v.text(RELEASE_LABEL));
        }
        boolean before6150 = major < 6 || major == 6 && minor < 15;
        for (Field f : List.of(ROOT_IOPS, ROOT_THROUGHPUT)) {
            if (v.has(f) && before6150) {
                problems.add(ErrorCode.INVALID_PROPERTY, f.name(), "needs releaseLabel emr-6.15.0 or later, was " + v.text(RELEASE_LABEL));
            }
        }
    }

    private EmrCreateCluster(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /**
     * @param stateName the state's name
     * @return a builder ({@code visibleToAllUsers} starts {@code true}, as the CDK's default)
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        g.allow(List.of("elasticmapreduce:RunJobFlow", "elasticmapreduce:DescribeCluster", "elasticmapreduce:TerminateJobFlows"),
                List.of("*"));
        g.passRole("serviceRole", value(SERVICE_ROLE), null);
        g.passRole("clusterRole", value(CLUSTER_ROLE), null);
        g.passRole("autoScalingRole", value(AUTO_SCALING_ROLE), null);
        // EMR creates its cleanup service-linked role with the first cluster of an account (the CDK's grant, here for
        // the service name of the context's partition only)
        String emr = "elasticmapreduce." + g.context().urlSuffix();
        g.add(PolicyStatement.allow("iam:CreateServiceLinkedRole", g.context().arn("iam", "", g.context().account(),
                        "role/aws-service-role/" + emr + "*/AWSServiceRoleForEMRCleanup*"))
                .withConditions(PolicyStatement.Condition.of("StringEquals", "iam:AWSServiceName", emr)));
        if (values().has(TAGS)) {
            g.allow("elasticmapreduce:AddTags", EmrFields.CLUSTER.wildcard(g.context()));
        }
        if (integrationPattern() == IntegrationPattern.RUN_JOB) {
            g.managedRuleNamed("StepFunctionsGetEventForEMRRunJobFlowRule");
        }
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link EmrCreateCluster}; every setter names a property of the CDK's. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EmrCreateCluster> {
        Builder(String stateName) {
            super(stateName, SHAPE);
            set(VISIBLE, true);
        }

        /** @param c the cluster's instances @return this builder */
        public Builder instances(Consumer<Instances> c) { return set(INSTANCES, new Instances(), c); }
        /** @param nameOrArn the EC2 instance profile role (JobFlowRole) @return this builder */
        public Builder clusterRole(Object nameOrArn) { return set(CLUSTER_ROLE, nameOrArn); }
        /** @param name the cluster's name, or a path @return this builder */
        public Builder name(Object name) { return set(NAME, name); }
        /** @param nameOrArn the role EMR assumes @return this builder */
        public Builder serviceRole(Object nameOrArn) { return set(SERVICE_ROLE, nameOrArn); }
        /** @param json a JSON string selecting additional features @return this builder */
        public Builder additionalInfo(Object json) { return set(ADDITIONAL_INFO, json); }
        /** @param c one more application @return this builder */
        public Builder applications(Consumer<Application> c) { return add(APPLICATIONS, Application::new, c); }
        /** @param nameOrArn the role of automatic scaling (instance groups) @return this builder */
        public Builder autoScalingRole(Object nameOrArn) { return set(AUTO_SCALING_ROLE, nameOrArn); }
        /** @param c one more bootstrap action @return this builder */
        public Builder bootstrapActions(Consumer<BootstrapAction> c) { return add(BOOTSTRAP_ACTIONS, BootstrapAction::new, c); }
        /** @param c one more configuration @return this builder */
        public Builder configurations(Consumer<Configuration> c) { return add(CONFIGURATIONS, Configuration::new, c); }
        /** @param amiId a custom Amazon EBS-backed Linux AMI @return this builder */
        public Builder customAmiId(Object amiId) { return set(CUSTOM_AMI, amiId); }
        /** @param gib the root volume size, 15 to 100 GiB @return this builder */
        public Builder ebsRootVolumeSize(Object gib) { return set(ROOT_SIZE, gib); }
        /** @param iops the root volume IOPS, 3000 to 16000 @return this builder */
        public Builder ebsRootVolumeIops(Object iops) { return set(ROOT_IOPS, iops); }
        /** @param mibPerSecond the root volume throughput, 125 to 1000 MiB/s @return this builder */
        public Builder ebsRootVolumeThroughput(Object mibPerSecond) { return set(ROOT_THROUGHPUT, mibPerSecond); }
        /** @param c the Kerberos attributes @return this builder */
        public Builder kerberosAttributes(Consumer<KerberosAttributes> c) { return set(KERBEROS_ATTRIBUTES, new KerberosAttributes(), c); }
        /** @param s3Uri where the logs go @return this builder */
        public Builder logUri(Object s3Uri) { return set(LOG_URI, s3Uri); }
        /** @param c the compute limits of managed scaling @return this builder */
        public Builder managedScalingPolicy(Consumer<ComputeLimits> c) {
            return set(MANAGED_SCALING_POLICY, new ManagedScaling(), m -> m.computeLimits(c));
        }
        /** @param label {@code emr-x.y.z} @return this builder */
        public Builder releaseLabel(Object label) { return set(RELEASE_LABEL, label); }
        /** @param behavior TERMINATE_AT_INSTANCE_HOUR or TERMINATE_AT_TASK_COMPLETION @return this builder */
        public Builder scaleDownBehavior(Object behavior) { return set(SCALE_DOWN, behavior); }
        /** @param name a security configuration's name @return this builder */
        public Builder securityConfiguration(Object name) { return set(SECURITY_CONFIGURATION, name); }
        /** @param level 1 to 256 @return this builder */
        public Builder stepConcurrencyLevel(Object level) { return set(STEP_CONCURRENCY, level); }
        /** @param tags tags of the cluster @return this builder */
        public Builder tags(Map<String, ?> tags) { return set(TAGS, tags); }
        /** @param visible whether every IAM user of the account may see the cluster @return this builder */
        public Builder visibleToAllUsers(Object visible) { return set(VISIBLE, visible); }
        /** @param idle 60 s to 7 days @return this builder */
        public Builder autoTerminationPolicyIdleTimeout(Duration idle) { return set(IDLE_TIMEOUT, idle); }

        @Override
        protected EmrCreateCluster newTask() {
            return new EmrCreateCluster(this);
        }
    }

    /** The cluster's instances (JobFlowInstancesConfig): instance groups or fleets, network, security groups. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Instances extends ShapeBuilder<Instances> {
        Instances() { super(INSTANCES_CONFIG); }
        /** @param ids security groups @return this */ public Instances additionalMasterSecurityGroups(String... ids) { return set(MASTER_SGS, List.of(ids)); }
        /** @param ids security groups @return this */ public Instances additionalSlaveSecurityGroups(String... ids) { return set(SLAVE_SGS, List.of(ids)); }
        /** @param name an EC2 key pair @return this */ public Instances ec2KeyName(Object name) { return set(KEY_NAME, name); }
        /** @param id a subnet (instance groups) @return this */ public Instances ec2SubnetId(Object id) { return set(SUBNET, id); }
        /** @param ids subnets (instance fleets) @return this */ public Instances ec2SubnetIds(String... ids) { return set(SUBNETS, List.of(ids)); }
        /** @param id a security group @return this */ public Instances emrManagedMasterSecurityGroup(Object id) { return set(MASTER_SG, id); }
        /** @param id a security group @return this */ public Instances emrManagedSlaveSecurityGroup(Object id) { return set(SLAVE_SG, id); }
        /** @param v a Hadoop version @return this */ public Instances hadoopVersion(Object v) { return set(HADOOP, v); }
        /** @param n instances @return this */ public Instances instanceCount(Object n) { return set(INSTANCE_COUNT, n); }
        /** @param c one more fleet @return this */ public Instances instanceFleet(Consumer<InstanceFleet> c) { return add(FLEETS, InstanceFleet::new, c); }
        /** @param c one more group @return this */ public Instances instanceGroup(Consumer<InstanceGroup> c) { return add(GROUPS, InstanceGroup::new, c); }
        /** @param type an EC2 type @return this */ public Instances masterInstanceType(Object type) { return set(MASTER_TYPE, type); }
        /** @param az an Availability Zone (groups) @return this */ public Instances availabilityZone(String az) { return set(PLACEMENT, placement().set(AZ, az).build()); }
        /** @param azs Availability Zones (fleets) @return this */ public Instances availabilityZones(String... azs) { return set(PLACEMENT, placement().set(AZS, List.of(azs)).build()); }
        /** @param id a security group @return this */ public Instances serviceAccessSecurityGroup(Object id) { return set(SERVICE_SG, id); }
        /** @param type an EC2 type @return this */ public Instances slaveInstanceType(Object type) { return set(SLAVE_TYPE, type); }
        /** @param on whether the cluster is protected @return this */ public Instances terminationProtected(Object on) { return set(PROTECTED, on); }

        private ShapeValue.Builder placement() {
            return ShapeValue.builder(PLACEMENT_TYPE);
        }
    }

    /** One instance group (InstanceGroupConfig). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class InstanceGroup extends ShapeBuilder<InstanceGroup> {
        InstanceGroup() { super(INSTANCE_GROUP); }
        /** @param c the automatic scaling policy @return this */ public InstanceGroup autoScalingPolicy(Consumer<AutoScalingPolicy> c) { return set(GROUP_AUTO_SCALING, new AutoScalingPolicy(), c); }
        /** @param usd the Spot bid @return this */ public InstanceGroup bidPrice(Object usd) { return set(GROUP_BID_PRICE, usd); }
        /** @param c one more configuration @return this */ public InstanceGroup configurations(Consumer<Configuration> c) { return add(GROUP_CONFIGURATIONS, Configuration::new, c); }
        /** @param c the EBS volumes @return this */ public InstanceGroup ebsConfiguration(Consumer<EbsConfiguration> c) { return set(GROUP_EBS, new EbsConfiguration(), c); }
        /** @param n instances @return this */ public InstanceGroup instanceCount(Object n) { return set(GROUP_COUNT, n); }
        /** @param role MASTER, CORE or TASK @return this */ public InstanceGroup instanceRole(Object role) { return set(GROUP_ROLE, role); }
        /** @param type an EC2 type @return this */ public InstanceGroup instanceType(Object type) { return set(GROUP_TYPE, type); }
        /** @param market ON_DEMAND or SPOT @return this */ public InstanceGroup market(Object market) { return set(GROUP_MARKET, market); }
        /** @param name the group's name @return this */ public InstanceGroup name(Object name) { return set(GROUP_NAME, name); }
    }

    /** The automatic scaling policy of an instance group: its constraints and rules. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class AutoScalingPolicy extends ShapeBuilder<AutoScalingPolicy> {
        AutoScalingPolicy() { super(AUTO_SCALING_POLICY); }
        /** @param min instances @param max instances @return this */
        public AutoScalingPolicy constraints(int min, int max) {
            return set(POLICY_CONSTRAINTS, ShapeValue.builder(CONSTRAINTS).set(MAX_CAPACITY, max).set(MIN_CAPACITY, min).build());
        }
        /** @param c one more rule @return this */ public AutoScalingPolicy rule(Consumer<ScalingRule> c) { return add(POLICY_RULES, ScalingRule::new, c); }
    }

    /** A scale-in or scale-out rule: its CloudWatch alarm and its adjustment. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class ScalingRule extends ShapeBuilder<ScalingRule> {
        ScalingRule() { super(RULE); }
        /** @param name the rule's name @return this */ public ScalingRule name(Object name) { return set(RULE_NAME, name); }
        /** @param text a description @return this */ public ScalingRule description(Object text) { return set(RULE_DESCRIPTION, text); }
        /** @param market ON_DEMAND or SPOT (fleets) @param c the adjustment @return this */
        public ScalingRule action(Object market, Consumer<SimpleScaling> c) {
            SimpleScaling s = new SimpleScaling();
            c.accept(s);
            return set(RULE_ACTION, ShapeValue.builder(ACTION).set(MARKET, market).set(ACTION_SIMPLE, s.build()).build());
        }
        /** @param c the CloudWatch alarm that triggers the rule @return this */
        public ScalingRule trigger(Consumer<CloudWatchAlarm> c) {
            CloudWatchAlarm a = new CloudWatchAlarm();
            c.accept(a);
            return set(RULE_TRIGGER, ShapeValue.builder(TRIGGER).set(TRIGGER_ALARM, a.build()).build());
        }
    }

    /** How a scaling rule adjusts the group (SimpleScalingPolicyConfiguration). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class SimpleScaling extends ShapeBuilder<SimpleScaling> {
        SimpleScaling() { super(SIMPLE); }
        /** @param type CHANGE_IN_CAPACITY, PERCENT_CHANGE_IN_CAPACITY or EXACT_CAPACITY @return this */ public SimpleScaling adjustmentType(Object type) { return set(SIMPLE_ADJUSTMENT_TYPE, type); }
        /** @param seconds between activities @return this */ public SimpleScaling coolDown(Object seconds) { return set(SIMPLE_COOL_DOWN, seconds); }
        /** @param n instances (or percent) to add, negative to remove @return this */ public SimpleScaling scalingAdjustment(Object n) { return set(SIMPLE_ADJUSTMENT, n); }
    }

    /** The CloudWatch alarm of a scaling rule (CloudWatchAlarmDefinition). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class CloudWatchAlarm extends ShapeBuilder<CloudWatchAlarm> {
        CloudWatchAlarm() { super(ALARM); }
        /** @param op GREATER_THAN_OR_EQUAL, GREATER_THAN, LESS_THAN or LESS_THAN_OR_EQUAL @return this */ public CloudWatchAlarm comparisonOperator(Object op) { return set(ALARM_OPERATOR, op); }
        /** @param key a dimension @param value its value @return this */
        public CloudWatchAlarm dimension(String key, Object value) {
            return add(ALARM_DIMENSIONS, ShapeValue.builder(DIMENSION).set(DIM_KEY, key).set(DIM_VALUE, value).build());
        }
        /** @param n periods @return this */ public CloudWatchAlarm evaluationPeriods(Object n) { return set(ALARM_PERIODS, n); }
        /** @param name the metric @return this */ public CloudWatchAlarm metricName(Object name) { return set(ALARM_METRIC, name); }
        /** @param ns the namespace @return this */ public CloudWatchAlarm namespace(Object ns) { return set(ALARM_NAMESPACE, ns); }
        /** @param period whole seconds @return this */ public CloudWatchAlarm period(Duration period) { return set(ALARM_PERIOD, period); }
        /** @param s the statistic @return this */ public CloudWatchAlarm statistic(Object s) { return set(ALARM_STATISTIC, s); }
        /** @param t the threshold @return this */ public CloudWatchAlarm threshold(Object t) { return set(ALARM_THRESHOLD, t); }
        /** @param unit the metric's unit @return this */ public CloudWatchAlarm unit(Object unit) { return set(ALARM_UNIT, unit); }
    }

    /** One instance fleet (InstanceFleetConfig): its instance types and its On-Demand and Spot targets. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class InstanceFleet extends ShapeBuilder<InstanceFleet> {
        InstanceFleet() { super(INSTANCE_FLEET); }
        /** @param type MASTER, CORE or TASK @return this */ public InstanceFleet instanceFleetType(Object type) { return set(FLEET_TYPE, type); }
        /** @param c one more instance type @return this */ public InstanceFleet instanceTypeConfigs(Consumer<InstanceTypeConfig> c) { return add(FLEET_TYPE_CONFIGS, InstanceTypeConfig::new, c); }
        /** @param allocationStrategy lowest-price @return this */
        public InstanceFleet onDemandSpecification(Object allocationStrategy) {
            return set(FLEET_LAUNCH, launch().set(LS_ON_DEMAND, ShapeValue.builder(ON_DEMAND).set(OD_STRATEGY, allocationStrategy).build()).build());
        }
        /** @param c the Spot specification @return this */
        public InstanceFleet spotSpecification(Consumer<SpotSpecification> c) {
            SpotSpecification s = new SpotSpecification();
            c.accept(s);
            return set(FLEET_LAUNCH, launch().set(LS_SPOT, s.build()).build());
        }
        /** @param name the fleet's name @return this */ public InstanceFleet name(Object name) { return set(FLEET_NAME, name); }
        /** @param units On-Demand target @return this */ public InstanceFleet targetOnDemandCapacity(Object units) { return set(FLEET_ON_DEMAND, units); }
        /** @param units Spot target @return this */ public InstanceFleet targetSpotCapacity(Object units) { return set(FLEET_SPOT, units); }

        private ShapeValue.Builder launch() {
            ShapeValue given = (ShapeValue) build().get(FLEET_LAUNCH);
            return given == null ? ShapeValue.builder(LAUNCH_SPECIFICATIONS) : given.toBuilder();
        }
    }

    /** The Spot launch specification of a fleet. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class SpotSpecification extends ShapeBuilder<SpotSpecification> {
        SpotSpecification() { super(SPOT); }
        /** @param s capacity-optimized, price-capacity-optimized, lowest-price or diversified @return this */ public SpotSpecification allocationStrategy(Object s) { return set(SPOT_STRATEGY, s); }
        /** @param minutes deprecated Spot blocks @return this */ public SpotSpecification blockDurationMinutes(Object minutes) { return set(SPOT_BLOCK, minutes); }
        /** @param action SWITCH_TO_ON_DEMAND or TERMINATE_CLUSTER @return this */ public SpotSpecification timeoutAction(Object action) { return set(SPOT_TIMEOUT_ACTION, action); }
        /** @param minutes 5 to 1440 @return this */ public SpotSpecification timeoutDurationMinutes(Object minutes) { return set(SPOT_TIMEOUT, minutes); }
        /** @param timeout whole minutes, 5 to 1440 @return this */ public SpotSpecification timeout(Duration timeout) { return set(SPOT_TIMEOUT, timeout.toMinutes()); }
    }

    /** One instance type of a fleet (InstanceTypeConfig). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class InstanceTypeConfig extends ShapeBuilder<InstanceTypeConfig> {
        InstanceTypeConfig() { super(INSTANCE_TYPE_CONFIG); }
        /** @param usd the Spot bid @return this */ public InstanceTypeConfig bidPrice(Object usd) { return set(TC_BID_PRICE, usd); }
        /** @param percent of the On-Demand price @return this */ public InstanceTypeConfig bidPriceAsPercentageOfOnDemandPrice(Object percent) { return set(TC_BID_PERCENT, percent); }
        /** @param c one more configuration @return this */ public InstanceTypeConfig configurations(Consumer<Configuration> c) { return add(TC_CONFIGURATIONS, Configuration::new, c); }
        /** @param c the EBS volumes @return this */ public InstanceTypeConfig ebsConfiguration(Consumer<EbsConfiguration> c) { return set(TC_EBS, new EbsConfiguration(), c); }
        /** @param type an EC2 type @return this */ public InstanceTypeConfig instanceType(Object type) { return set(TC_INSTANCE_TYPE, type); }
        /** @param units what one instance counts for @return this */ public InstanceTypeConfig weightedCapacity(Object units) { return set(TC_WEIGHT, units); }
    }

    /** The EBS volumes of each instance (EbsConfiguration). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class EbsConfiguration extends ShapeBuilder<EbsConfiguration> {
        EbsConfiguration() { super(EBS); }
        /** @param on EBS-optimized @return this */ public EbsConfiguration ebsOptimized(Object on) { return set(EBS_OPTIMIZED, on); }
        /**
         * @param volumeType gp3, gp2, io1, st1, sc1 or standard
         * @param sizeGib the size in GiB
         * @param iops the IOPS, or {@code null}
         * @param volumesPerInstance volumes per instance, or {@code null}
         * @return this
         */
        public EbsConfiguration ebsBlockDeviceConfig(Object volumeType, Object sizeGib, Object iops, Object volumesPerInstance) {
            ShapeValue volume = ShapeValue.builder(VOLUME).set(IOPS, iops).set(VOLUME_SIZE, sizeGib).set(VOLUME_TYPE, volumeType).build();
            return add(EBS_BLOCK_DEVICES, ShapeValue.builder(EBS_BLOCK_DEVICE).set(VOLUME_SPEC, volume)
                    .set(VOLUMES_PER_INSTANCE, volumesPerInstance).build());
        }
    }

    /** An application to install (Application). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Application extends ShapeBuilder<Application> {
        Application() { super(APPLICATION); }
        /** @param name Spark, Hive, Hadoop... @return this */ public Application name(Object name) { return set(APP_NAME, name); }
        /** @param args arguments @return this */ public Application args(String... args) { return set(APP_ARGS, List.of(args)); }
        /** @param version the version @return this */ public Application version(Object version) { return set(APP_VERSION, version); }
        /** @param info third-party meta information @return this */ public Application additionalInfo(Map<String, ?> info) { return set(APP_INFO, info); }
    }

    /** A bootstrap action: a name and a script with its arguments. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class BootstrapAction extends ShapeBuilder<BootstrapAction> {
        BootstrapAction() { super(BOOTSTRAP_ACTION); }
        /** @param name the action's name @return this */ public BootstrapAction name(Object name) { return set(BOOTSTRAP_NAME, name); }
        /** @param path the script (S3 or local) @param args its arguments @return this */
        public BootstrapAction script(Object path, String... args) {
            return set(BOOTSTRAP_SCRIPT, ShapeValue.builder(SCRIPT).set(SCRIPT_PATH, path).set(SCRIPT_ARGS, args.length == 0 ? null : List.of(args)).build());
        }
    }

    /** A configuration: a classification, its properties and configurations within it (up to four levels). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Configuration extends ShapeBuilder<Configuration> {
        private final Shape shape;

        /** A top-level configuration. */
        public Configuration() { this(EmrFields.CONFIGURATION); }
        private Configuration(Shape shape) { super(shape); this.shape = shape; }
        /** @param c the classification @return this */ public Configuration classification(Object c) { return set(shape.field("classification"), c); }
        /** @param properties its properties @return this */ public Configuration properties(Map<String, ?> properties) { return set(shape.field("properties"), properties); }
        /**
         * @param c one more configuration within this one
         * @return this
         * @throws IllegalStateException below the fourth level
         */
        public Configuration configurations(Consumer<Configuration> c) {
            Field nested = shape.field("configurations");
            if (nested == null) {
                throw new IllegalStateException("configurations nest " + EmrFields.CONFIGURATION_DEPTH + " levels deep at most");
            }
            return add(nested, () -> new Configuration(nested.shape()), c);
        }
    }

    /** Kerberos attributes, with a security configuration that enables Kerberos. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class KerberosAttributes extends ShapeBuilder<KerberosAttributes> {
        KerberosAttributes() { super(KERBEROS); }
        /** @param p the password @return this */ public KerberosAttributes adDomainJoinPassword(Object p) { return set(AD_PASSWORD, p); }
        /** @param u the user @return this */ public KerberosAttributes adDomainJoinUser(Object u) { return set(AD_USER, u); }
        /** @param p the password @return this */ public KerberosAttributes crossRealmTrustPrincipalPassword(Object p) { return set(CROSS_REALM, p); }
        /** @param p the password @return this */ public KerberosAttributes kdcAdminPassword(Object p) { return set(KDC_PASSWORD, p); }
        /** @param realm the realm @return this */ public KerberosAttributes realm(Object realm) { return set(REALM, realm); }
    }

    private static final class ManagedScaling extends ShapeBuilder<ManagedScaling> {
        ManagedScaling() { super(MANAGED_SCALING); }
        ManagedScaling computeLimits(Consumer<ComputeLimits> c) { return set(LIMITS, new ComputeLimits(), c); }
    }

    /** The compute limits of managed scaling (ComputeLimits). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class ComputeLimits extends ShapeBuilder<ComputeLimits> {
        ComputeLimits() { super(COMPUTE_LIMITS); }
        /** @param t InstanceFleetUnits, Instances or VCPU @return this */ public ComputeLimits unitType(Object t) { return set(UNIT_TYPE, t); }
        /** @param n units @return this */ public ComputeLimits minimumCapacityUnits(Object n) { return set(MIN_UNITS, n); }
        /** @param n units @return this */ public ComputeLimits maximumCapacityUnits(Object n) { return set(MAX_UNITS, n); }
        /** @param n units @return this */ public ComputeLimits maximumOnDemandCapacityUnits(Object n) { return set(MAX_ON_DEMAND, n); }
        /** @param n units @return this */ public ComputeLimits maximumCoreCapacityUnits(Object n) { return set(MAX_CORE, n); }
    }
}
