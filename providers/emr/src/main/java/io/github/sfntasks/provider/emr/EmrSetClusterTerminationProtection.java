package io.github.sfntasks.provider.emr;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;

/**
 * Locks or unlocks an Amazon EMR cluster against termination (the {@code SetTerminationProtection} API,
 * {@code elasticmapreduce:setClusterTerminationProtection}): the AWS CDK's {@code EmrSetClusterTerminationProtection}.
 *
 * <pre>{@code
 * EmrSetClusterTerminationProtection lock = EmrSetClusterTerminationProtection.builder("Task")
 *     .clusterId("ClusterId").terminationProtected(false).build();
 * }</pre>
 *
 * <p><b>Properties:</b> {@code clusterId} (required; a path for a cluster chosen at run time),
 * {@code terminationProtected} (required).
 *
 * <p><b>Patterns:</b> REQUEST_RESPONSE only.
 *
 * <p><b>IAM:</b> {@code elasticmapreduce:SetTerminationProtection} on the cluster ({@code cluster/*} of the account
 * and region, with a warning, for a cluster chosen at run time).
 *
 * <p><b>Differences from the CDK:</b> the CDK grants every cluster of the account ({@code cluster/*}); a cluster id
 * given here is granted alone, as AWS's static-resource policy does
 * (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html">Create and manage Amazon EMR
 *      clusters with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EmrSetClusterTerminationProtection extends ShapeTask {

    /** The type: {@code elasticmapreduce:setClusterTerminationProtection}, REQUEST_RESPONSE. */
    public static final TaskType TYPE = TaskType.of("elasticmapreduce:setClusterTerminationProtection",
            "Lock or unlock an Amazon EMR cluster against termination", IntegrationPattern.REQUEST_RESPONSE);

    static final Field PROTECTED = Field.bool("terminationProtected", "TerminationProtected").required()
            .doc("Whether the cluster is protected against termination");

    /** The properties. */
    public static final Shape SHAPE = Shape.of("SetClusterTerminationProtection", EmrFields.CLUSTER_ID, PROTECTED);

    private EmrSetClusterTerminationProtection(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        g.allow("elasticmapreduce:SetTerminationProtection", g.resource("clusterId", value(EmrFields.CLUSTER_ID), EmrFields.CLUSTER));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link EmrSetClusterTerminationProtection}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EmrSetClusterTerminationProtection> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param id the cluster id, or a path @return this builder */
        public Builder clusterId(Object id) { return set(EmrFields.CLUSTER_ID, id); }
        /** @param on whether to protect it, or a path @return this builder */
        public Builder terminationProtected(Object on) { return set(PROTECTED, on); }

        @Override
        protected EmrSetClusterTerminationProtection newTask() {
            return new EmrSetClusterTerminationProtection(this);
        }
    }
}
