package io.github.sfntasks.conformance.registry;

import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.cdk.CdkDifferentialKit;

/** The CDK differential for whichever provider the running test puts in {@link #current}. */
public class RegisteredCdkKit extends CdkDifferentialKit {

    /** The provider under test. */
    public static volatile TaskProvider current;

    @Override
    protected TaskProvider provider() {
        return current;
    }
}
