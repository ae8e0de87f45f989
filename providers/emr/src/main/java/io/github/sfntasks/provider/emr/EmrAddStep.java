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
 * Adds a step to a running Amazon EMR cluster (the {@code AddJobFlowSteps} API, {@code elasticmapreduce:addStep}):
 * the AWS CDK's {@code EmrAddStep}. With {@code .sync} (the default, as the CDK's) the state waits for the step to end.
 *
 * <pre>{@code
 * EmrAddStep step = EmrAddStep.builder("Task").clusterId("ClusterId").name("StepName").jar("Jar")
 *     .actionOnFailure("CONTINUE").build();
 * }</pre>
 *
 * <p><b>Properties:</b> {@code clusterId} (required; a path for a cluster chosen at run time), {@code name},
 * {@code jar} (required), {@code mainClass}, {@code args}, {@code properties} (Java properties, rendered as
 * {@code [{"Key", "Value"}]}), {@code actionOnFailure} (TERMINATE_CLUSTER, CANCEL_AND_WAIT, CONTINUE; default
 * CONTINUE, always rendered as the CDK does), {@code executionRoleArn} (the step's runtime role).
 *
 * <p><b>Patterns:</b> REQUEST_RESPONSE and RUN_JOB ({@code .sync}, the default).
 *
 * <p><b>IAM:</b> {@code elasticmapreduce:AddJobFlowSteps}, {@code DescribeStep} and {@code CancelSteps} on the
 * cluster ({@code cluster/*} of the account and region, with a warning, for a cluster chosen at run time);
 * {@code iam:PassRole} on the execution role; for {@code .sync} the managed rule
 * {@code StepFunctionsGetEventForEMRAddJobFlowStepsRule}.
 *
 * <p><b>Differences from the CDK:</b> the CDK grants every cluster of the account ({@code cluster/*}); a cluster id
 * given here is granted alone, as AWS's static-resource policy does
 * (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html). The CDK grants no {@code iam:PassRole} on
 * the execution role; EMR needs it to run a step as a runtime role
 * (https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-steps-runtime-roles.html), so it is granted.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-emr.html">Create and manage Amazon EMR
 *      clusters with Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class EmrAddStep extends ShapeTask {

    /** The type: {@code elasticmapreduce:addStep}, REQUEST_RESPONSE and RUN_JOB, RUN_JOB by default as the CDK's. */
    public static final TaskType TYPE = TaskType.of("elasticmapreduce:addStep", "Add a step to an Amazon EMR cluster",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB).withDefault(IntegrationPattern.RUN_JOB);

    static final Field EXECUTION_ROLE = Field.string("executionRoleArn", "ExecutionRoleArn")
            .pattern("arn:aws[a-z-]*:iam::[0-9]{12}:role/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}", "an IAM role ARN")
            .resource(Grants.ROLE.wholePlaceholderIsArn()).doc("The runtime role the step runs as");
    static final Field NAME = Field.string("name", "Name").required().range(0, 256).doc("The step's name");
    static final Field ACTION_ON_FAILURE = Field.enumOf("actionOnFailure", "ActionOnFailure", "TERMINATE_CLUSTER", "CANCEL_AND_WAIT",
            "CONTINUE").doc("What the cluster does when the step fails; default CONTINUE");
    static final Field JAR = Field.string("jar", "Jar").required().range(0, 10280).doc("The JAR the step runs (S3 or a node path)");
    static final Field MAIN_CLASS = Field.string("mainClass", "MainClass").range(0, 10280);
    static final Field ARGS = Field.stringList("args", "Args").doc("Arguments of the main function");
    static final Field PROPERTIES = Field.stringMap("properties", "Properties").staticOnly().renderedAs(EmrFields::keyValueList)
            .doc("Java properties set when the step runs");

    /** The properties. */
    public static final Shape SHAPE = Shape.of("AddStep", EmrFields.CLUSTER_ID, EXECUTION_ROLE, NAME, ACTION_ON_FAILURE, JAR,
            MAIN_CLASS, ARGS, PROPERTIES);

    private static final List<String> STEP = List.of("Name", "ActionOnFailure");
    private static final List<String> HADOOP_JAR_STEP = List.of("Jar", "MainClass", "Args", "Properties");

    private EmrAddStep(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder ({@code actionOnFailure} starts CONTINUE, as the CDK's) */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return ClusterId, ExecutionRoleArn, and Step: Name, ActionOnFailure, HadoopJarStep: Jar, MainClass, Args, Properties */
    @Override
    protected Value parameters(RenderContext context) {
        Map<String, Value> flat = ((ObjectValue) super.parameters(context)).members();
        ObjectValue.Builder jar = ObjectValue.builder();
        HADOOP_JAR_STEP.forEach(k -> jar.putIfNotNull(k, flat.get(k)));
        ObjectValue.Builder step = ObjectValue.builder();
        STEP.forEach(k -> step.putIfNotNull(k, flat.get(k)));
        return ObjectValue.builder().put("ClusterId", flat.get("ClusterId")).putIfNotNull("ExecutionRoleArn", flat.get("ExecutionRoleArn"))
                .put("Step", step.put("HadoopJarStep", jar.build()).build()).build();
    }

    @Override
    protected void grants(Grants g) {
        g.allow(List.of("elasticmapreduce:AddJobFlowSteps", "elasticmapreduce:DescribeStep", "elasticmapreduce:CancelSteps"),
                List.of(g.resource("clusterId", value(EmrFields.CLUSTER_ID), EmrFields.CLUSTER)));
        if (value(EXECUTION_ROLE) != null) { // an ARN: a whole placeholder stands for one (${StepRole.Arn})
            g.allow("iam:PassRole", g.resource("executionRoleArn", value(EXECUTION_ROLE), EXECUTION_ROLE.resource()));
        }
        if (integrationPattern() == IntegrationPattern.RUN_JOB) {
            g.managedRuleNamed("StepFunctionsGetEventForEMRAddJobFlowStepsRule");
        }
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link EmrAddStep}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, EmrAddStep> {
        Builder(String stateName) {
            super(stateName, SHAPE);
            set(ACTION_ON_FAILURE, "CONTINUE");
        }

        /** @param id the cluster id, or a path @return this builder */
        public Builder clusterId(Object id) { return set(EmrFields.CLUSTER_ID, id); }
        /** @param name the step's name @return this builder */
        public Builder name(Object name) { return set(NAME, name); }
        /** @param action TERMINATE_CLUSTER, CANCEL_AND_WAIT or CONTINUE @return this builder */
        public Builder actionOnFailure(Object action) { return set(ACTION_ON_FAILURE, action); }
        /** @param jar the JAR @return this builder */
        public Builder jar(Object jar) { return set(JAR, jar); }
        /** @param mainClass its main class @return this builder */
        public Builder mainClass(Object mainClass) { return set(MAIN_CLASS, mainClass); }
        /** @param args arguments (or a path to an array) @return this builder */
        public Builder args(Object args) { return set(ARGS, args); }
        /** @param properties Java properties @return this builder */
        public Builder properties(Map<String, ?> properties) { return set(PROPERTIES, properties); }
        /** @param arn the runtime role @return this builder */
        public Builder executionRoleArn(Object arn) { return set(EXECUTION_ROLE, arn); }

        @Override
        protected EmrAddStep newTask() {
            return new EmrAddStep(this);
        }
    }
}
