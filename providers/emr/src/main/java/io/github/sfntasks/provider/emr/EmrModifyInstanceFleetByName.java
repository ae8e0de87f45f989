package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.List;
import java.util.Map;

/**
 * Sets the On-Demand and Spot target capacities of an Amazon EMR instance fleet named in {@code createCluster} (the
 * {@code ModifyInstanceFleet} API, {@code elasticmapreduce:modifyInstanceFleetByName}): the AWS CDK's
 * {@code EmrModifyInstanceFleetByName}.
 *
 * <pre>{@code
 * EmrModifyInstanceFleetByName resize = EmrModifyInstanceFleetByName.builder("Task").clusterId("ClusterId")
 *     .instanceFleetName("InstanceFleetName").targetOnDemandCapacity(2).targetSpotCapacity(0).build();
 * }</pre>
 *
 * <p><b>Properties:</b> {@code clusterId} (required; a path for a cluster chosen at run time),
 * {@code instanceFleetName} (required), {@code targetOnDemandCapacity} and {@code targetSpotCapacity} (both required, as the CDK's;
 * rendered under {@code InstanceFleet}).
 *
 * <p><b>Patterns:</b> REQUEST_RESPONSE only.
 *
 * <p><b>IAM:</b> {@code elasticmapreduce:ModifyInstanceFleet} and {@code ListInstanceFleets} on the cluster
 * ({@code cluster/*} of the account and region, with a warning, for a cluster chosen at run time).
 *
 * <p><b>Differences from the CDK:</b> the CDK grants every cluster of the account ({@code cluster/*}); a cluster id
 * given here is granted alone, as AWS's static-resource policy does
 * (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html">Create and manage Amazon EMR
 *      clusters with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EmrModifyInstanceFleetByName extends ShapeTask {

    /** The type: {@code elasticmapreduce:modifyInstanceFleetByName}, REQUEST_RESPONSE. */
    public static final TaskType TYPE = TaskType.of("elasticmapreduce:modifyInstanceFleetByName",
            "Set the target capacities of an Amazon EMR instance fleet", IntegrationPattern.REQUEST_RESPONSE);

    static final Field FLEET_NAME = Field.string("instanceFleetName", "InstanceFleetName").required().range(0, 256)
            .doc("The fleet's name, as given to createCluster");
    static final Field ON_DEMAND = Field.integer("targetOnDemandCapacity", "TargetOnDemandCapacity").required().atLeast(0)
            .doc("The On-Demand target capacity");
    static final Field SPOT = Field.integer("targetSpotCapacity", "TargetSpotCapacity").required().atLeast(0).doc("The Spot target capacity");

    /** The properties. */
    public static final Shape SHAPE = Shape.of("ModifyInstanceFleetByName", EmrFields.CLUSTER_ID, FLEET_NAME, ON_DEMAND, SPOT);

    private EmrModifyInstanceFleetByName(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return ClusterId, InstanceFleetName, InstanceFleet: TargetOnDemandCapacity, TargetSpotCapacity */
    @Override
    protected Value parameters(RenderContext context) {
        Map<String, Value> flat = ((ObjectValue) super.parameters(context)).members();
        ObjectValue.Builder fleet = ObjectValue.builder();
        List.of("TargetOnDemandCapacity", "TargetSpotCapacity").forEach(k -> fleet.putIfNotNull(k, flat.get(k)));
        return ObjectValue.builder().put("ClusterId", flat.get("ClusterId")).put("InstanceFleetName", flat.get("InstanceFleetName"))
                .put("InstanceFleet", fleet.build()).build();
    }

    @Override
    protected void grants(Grants g) {
        g.allow(List.of("elasticmapreduce:ModifyInstanceFleet", "elasticmapreduce:ListInstanceFleets"),
                List.of(g.resource("clusterId", value(EmrFields.CLUSTER_ID), EmrFields.CLUSTER)));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link EmrModifyInstanceFleetByName}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EmrModifyInstanceFleetByName> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param id the cluster id, or a path @return this builder */
        public Builder clusterId(Object id) { return set(EmrFields.CLUSTER_ID, id); }
        /** @param name the fleet's name, or a path @return this builder */
        public Builder instanceFleetName(Object name) { return set(FLEET_NAME, name); }
        /** @param units the On-Demand target, or a path @return this builder */
        public Builder targetOnDemandCapacity(Object units) { return set(ON_DEMAND, units); }
        /** @param units the Spot target, or a path @return this builder */
        public Builder targetSpotCapacity(Object units) { return set(SPOT, units); }

        @Override
        protected EmrModifyInstanceFleetByName newTask() {
            return new EmrModifyInstanceFleetByName(this);
        }
    }
}
