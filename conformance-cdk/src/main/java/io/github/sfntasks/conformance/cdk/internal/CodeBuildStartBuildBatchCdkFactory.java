package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.tasks.CodeBuildStartBuildBatch;

import java.util.List;

/**
 * {@code codebuild:startBuildBatch} as the CDK's {@code CodeBuildStartBuildBatch}, the project imported by name or ARN ({@code Project.fromProjectName} /
 * {@code fromProjectArn}), each variable a {@code BuildEnvironmentVariable}; see {@link CodeBuildCdk}.
 */
public final class CodeBuildStartBuildBatchCdkFactory implements CdkTaskFactory {

    private static final String TYPE_ID = "codebuild:startBuildBatch";

    /** For ServiceLoader. */
    public CodeBuildStartBuildBatchCdkFactory() {
    }

    @Override
    public String typeId() {
        return TYPE_ID;
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        CodeBuildStartBuildBatch.Builder b = CodeBuildStartBuildBatch.Builder.create(stack, stateName).project(CodeBuildCdk.project(stack, p));
        if (p.has("environmentVariablesOverride")) {
            b.environmentVariablesOverride(CodeBuildCdk.variables(p.get("environmentVariablesOverride")));
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(CodeBuildCdk.environmentOrderAsGiven(TYPE_ID));
    }

    @Override
    public List<ProviderArbitraries> arbitraries() {
        return List.of(CodeBuildCdk.projects(TYPE_ID));
    }
}
