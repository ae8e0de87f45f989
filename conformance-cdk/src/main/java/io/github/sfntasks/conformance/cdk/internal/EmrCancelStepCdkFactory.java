package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.tasks.EmrCancelStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code elasticmapreduce:cancelStep} as the CDK's {@code EmrCancelStep}, its props set from the request's by name ({@link EmrCdkProps}).
 * No other differences.
 */
public final class EmrCancelStepCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "elasticmapreduce:cancelStep";

    /** For ServiceLoader. */
    public EmrCancelStepCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();

        EmrCancelStep.Builder b = EmrCancelStep.Builder.create(stack, stateName);
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

        return out;
    }
}
