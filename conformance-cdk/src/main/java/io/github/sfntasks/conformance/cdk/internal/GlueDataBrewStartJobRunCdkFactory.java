package io.github.sfntasks.conformance.cdk.internal;

import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.tasks.GlueDataBrewStartJobRun;

/**
 * {@code databrew:startJobRun} as the CDK's {@code GlueDataBrewStartJobRun}: the job name as given, a path through
 * {@code JsonPath.stringAt}. No documented differences (the provider claims none).
 */
public final class GlueDataBrewStartJobRunCdkFactory extends CdkFactoryBase {

    /** For ServiceLoader. */
    public GlueDataBrewStartJobRunCdkFactory() {
        super("databrew:startJobRun");
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        AthenaCdk.refuseTokenTexts(c.properties());
        GlueDataBrewStartJobRun.Builder b = GlueDataBrewStartJobRun.Builder.create(stack, stateName)
                .name(CdkProps.string(c.properties(), "name"));
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }
}
