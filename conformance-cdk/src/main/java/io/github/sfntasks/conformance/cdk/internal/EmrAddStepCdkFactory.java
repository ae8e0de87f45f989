package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.internal.Json;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.tasks.EmrAddStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code elasticmapreduce:addStep} as the CDK's {@code EmrAddStep}, its props set from the request's by name ({@link EmrCdkProps}).
 * The execution role is passed ({@code iam:PassRole}), which the CDK does not grant.
 */
public final class EmrAddStepCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "elasticmapreduce:addStep";

    /** For ServiceLoader. */
    public EmrAddStepCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();

        EmrAddStep.Builder b = EmrAddStep.Builder.create(stack, stateName);
        EmrCdkProps.apply(b, p, Set.of());
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        List<AllowedDifference> out = new ArrayList<>();
        out.add(new AllowedDifference(TYPE_ID, "cluster-named-in-the-grant",
                "a cluster id given is granted alone (cluster/<id>), as AWS's static-resource policy; the CDK grants every cluster",
                "https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html",
                c -> c.properties().has("clusterId"), (c, ours, cdk) -> EmrCdkProps.widenClusterToCdks(ours)));
        out.add(new AllowedDifference(TYPE_ID, "execution-role-passed",
                "the step's runtime role is granted iam:PassRole, which EMR needs to run a step as that role; the CDK grants none",
                "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-steps-runtime-roles.html",
                c -> c.properties().has("executionRoleArn") || c.properties().has("executionRoleArn.$"), (c, ours, cdk) -> {
                    var it = ours.withArray("statements").elements();
                    while (it.hasNext()) {
                        if (Json.texts(it.next().get("Action")).equals(List.of("iam:PassRole"))) {
                            it.remove();
                        }
                    }
                }));
        return out;
    }
}
