package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeBuilder;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.ShapeValue;
import io.github.sfntasks.api.support.TaskType;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Resizes or reconfigures an Amazon EMR instance group named in {@code createCluster} (the {@code ModifyInstanceGroups}
 * API, {@code elasticmapreduce:modifyInstanceGroupByName}): the AWS CDK's {@code EmrModifyInstanceGroupByName}.
 *
 * <pre>{@code
 * EmrModifyInstanceGroupByName resize = EmrModifyInstanceGroupByName.builder("Task").clusterId("ClusterId")
 *     .instanceGroupName(JsonPath.stringAt("$.InstanceGroupName")).instanceGroup(g -> g.instanceCount(1)).build();
 * }</pre>
 *
 * <p><b>Properties:</b> {@code clusterId} (required; a path for a cluster chosen at run time),
 * {@code instanceGroupName} (required), {@code instanceGroup} (required: {@code configurations},
 * {@code eC2InstanceIdsToTerminate}, {@code instanceCount}, {@code shrinkPolicy} with {@code decommissionTimeout} and
 * {@code instanceResizePolicy}: {@code instancesToProtect}, {@code instancesToTerminate},
 * {@code instanceTerminationTimeout}; timeouts in whole seconds).
 *
 * <p><b>Patterns:</b> REQUEST_RESPONSE only.
 *
 * <p><b>IAM:</b> {@code elasticmapreduce:ModifyInstanceGroups} and {@code ListInstanceGroups} on the cluster
 * ({@code cluster/*} of the account and region, with a warning, for a cluster chosen at run time).
 *
 * <p><b>Differences from the CDK:</b> the CDK grants every cluster of the account ({@code cluster/*}); a cluster id
 * given here is granted alone, as AWS's static-resource policy does
 * (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html). Timeouts are whole seconds, not CDK
 * {@code Duration}s.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html">Create and manage Amazon EMR
 *      clusters with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EmrModifyInstanceGroupByName extends ShapeTask {

    /** The type: {@code elasticmapreduce:modifyInstanceGroupByName}, REQUEST_RESPONSE. */
    public static final TaskType TYPE = TaskType.of("elasticmapreduce:modifyInstanceGroupByName",
            "Resize or reconfigure an Amazon EMR instance group", IntegrationPattern.REQUEST_RESPONSE);

    static final Field PROTECT = Field.stringList("instancesToProtect", "InstancesToProtect");
    static final Field TERMINATE = Field.stringList("instancesToTerminate", "InstancesToTerminate");
    static final Field TERMINATION_TIMEOUT = Field.integer("instanceTerminationTimeout", "InstanceTerminationTimeout").atLeast(0)
            .doc("Seconds to wait for instances to terminate");
    static final Shape RESIZE_POLICY = Shape.of("InstanceResizePolicy", PROTECT, TERMINATE, TERMINATION_TIMEOUT);
    static final Field DECOMMISSION = Field.integer("decommissionTimeout", "DecommissionTimeout").atLeast(0)
            .doc("Seconds to wait for decommissioning");
    static final Field RESIZE = Field.object("instanceResizePolicy", "InstanceResizePolicy", RESIZE_POLICY);
    static final Shape SHRINK_POLICY = Shape.of("ShrinkPolicy", DECOMMISSION, RESIZE);
    static final Field CONFIGURATIONS = EmrFields.configurations();
    static final Field TO_TERMINATE = Field.stringList("eC2InstanceIdsToTerminate", "EC2InstanceIdsToTerminate");
    static final Field COUNT = Field.integer("instanceCount", "InstanceCount").atLeast(0).doc("The target number of instances");
    static final Field SHRINK = Field.object("shrinkPolicy", "ShrinkPolicy", SHRINK_POLICY);
    static final Shape MODIFY_CONFIG = Shape.of("InstanceGroupModifyConfig", CONFIGURATIONS, TO_TERMINATE, COUNT, SHRINK);

    static final Field GROUP_NAME = Field.string("instanceGroupName", "InstanceGroupName").required().range(0, 256)
            .doc("The group's name, as given to createCluster");
    static final Field GROUP = Field.object("instanceGroup", "InstanceGroup", MODIFY_CONFIG).required().doc("What to change");

    /** The properties. */
    public static final Shape SHAPE = Shape.of("ModifyInstanceGroupByName", EmrFields.CLUSTER_ID, GROUP_NAME, GROUP);

    private EmrModifyInstanceGroupByName(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        g.allow(List.of("elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:ListInstanceGroups"),
                List.of(g.resource("clusterId", value(EmrFields.CLUSTER_ID), EmrFields.CLUSTER)));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link EmrModifyInstanceGroupByName}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EmrModifyInstanceGroupByName> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param id the cluster id, or a path @return this builder */
        public Builder clusterId(Object id) { return set(EmrFields.CLUSTER_ID, id); }
        /** @param name the group's name, or a path @return this builder */
        public Builder instanceGroupName(Object name) { return set(GROUP_NAME, name); }
        /** @param c what to change @return this builder */
        public Builder instanceGroup(Consumer<InstanceGroupModifyConfig> c) { return set(GROUP, new InstanceGroupModifyConfig(), c); }

        @Override
        protected EmrModifyInstanceGroupByName newTask() {
            return new EmrModifyInstanceGroupByName(this);
        }
    }

    /** What to change in the group (InstanceGroupModifyConfig). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class InstanceGroupModifyConfig extends ShapeBuilder<InstanceGroupModifyConfig> {
        InstanceGroupModifyConfig() { super(MODIFY_CONFIG); }
        /** @param c one more configuration @return this */
        public InstanceGroupModifyConfig configurations(Consumer<EmrCreateCluster.Configuration> c) {
            return add(CONFIGURATIONS, EmrCreateCluster.Configuration::new, c);
        }
        /** @param ids EC2 instance ids @return this */
        public InstanceGroupModifyConfig eC2InstanceIdsToTerminate(String... ids) { return set(TO_TERMINATE, List.of(ids)); }
        /** @param n the target number of instances, or a path @return this */
        public InstanceGroupModifyConfig instanceCount(Object n) { return set(COUNT, n); }
        /**
         * @param decommissionTimeout whole seconds, or {@code null}
         * @param instancesToProtect instance ids kept, or {@code null}
         * @param instancesToTerminate instance ids removed, or {@code null}
         * @param instanceTerminationTimeout whole seconds, or {@code null}
         * @return this
         */
        public InstanceGroupModifyConfig shrinkPolicy(Duration decommissionTimeout, List<String> instancesToProtect,
                                                      List<String> instancesToTerminate, Duration instanceTerminationTimeout) {
            ShapeValue resize = instancesToProtect == null && instancesToTerminate == null && instanceTerminationTimeout == null ? null
                    : ShapeValue.builder(RESIZE_POLICY).set(PROTECT, instancesToProtect).set(TERMINATE, instancesToTerminate)
                            .set(TERMINATION_TIMEOUT, instanceTerminationTimeout).build();
            return set(SHRINK, ShapeValue.builder(SHRINK_POLICY).set(DECOMMISSION, decommissionTimeout).set(RESIZE, resize).build());
        }
    }
}
