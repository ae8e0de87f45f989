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
 * Cancels a pending step of an Amazon EMR cluster (the {@code CancelSteps} API, {@code elasticmapreduce:cancelStep}):
 * the AWS CDK's {@code EmrCancelStep}.
 *
 * <pre>{@code
 * EmrCancelStep cancel = EmrCancelStep.builder("Task").clusterId("ClusterId").stepId("StepId").build();
 * }</pre>
 *
 * <p><b>Properties:</b> {@code clusterId} (required; a path for a cluster chosen at run time), {@code stepId}
 * (required).
 *
 * <p><b>Patterns:</b> REQUEST_RESPONSE only.
 *
 * <p><b>IAM:</b> {@code elasticmapreduce:CancelSteps} on the cluster ({@code cluster/*} of the account and region,
 * with a warning, for a cluster chosen at run time).
 *
 * <p><b>Differences from the CDK:</b> the CDK grants every cluster of the account ({@code cluster/*}); a cluster id
 * given here is granted alone, as AWS's static-resource policy does
 * (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html">Create and manage Amazon EMR
 *      clusters with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EmrCancelStep extends ShapeTask {

    /** The type: {@code elasticmapreduce:cancelStep}, REQUEST_RESPONSE. */
    public static final TaskType TYPE = TaskType.of("elasticmapreduce:cancelStep", "Cancel a pending step of an Amazon EMR cluster",
            IntegrationPattern.REQUEST_RESPONSE);

    static final Field STEP_ID = Field.string("stepId", "StepId").required().range(0, 256).doc("The step's id (s-...)");

    /** The properties. */
    public static final Shape SHAPE = Shape.of("CancelStep", EmrFields.CLUSTER_ID, STEP_ID);

    private EmrCancelStep(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        g.allow("elasticmapreduce:CancelSteps", g.resource("clusterId", value(EmrFields.CLUSTER_ID), EmrFields.CLUSTER));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link EmrCancelStep}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EmrCancelStep> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param id the cluster id, or a path @return this builder */
        public Builder clusterId(Object id) { return set(EmrFields.CLUSTER_ID, id); }
        /** @param id the step id, or a path @return this builder */
        public Builder stepId(Object id) { return set(STEP_ID, id); }

        @Override
        protected EmrCancelStep newTask() {
            return new EmrCancelStep(this);
        }
    }
}
