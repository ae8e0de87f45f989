package com.example.sfntasks.secrets;

import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.ProviderConformanceKit;
import io.github.sfntasks.core.TaskRegistry;

/**
 * The whole conformance kit against this provider, found the way sfn-tasks finds it: through ServiceLoader.
 * This class is all a third party writes.
 */
class GetSecretValueConformanceTest extends ProviderConformanceKit {

    @Override
    protected TaskProvider provider() {
        return TaskRegistry.load().require(GetSecretValue.TYPE_ID);
    }
}
