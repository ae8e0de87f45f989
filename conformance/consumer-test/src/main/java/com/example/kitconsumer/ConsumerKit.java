package com.example.kitconsumer;

import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.ProviderConformanceKit;
import io.github.sfntasks.core.TaskRegistry;

/**
 * The kit as a third party's module would extend it: the kit's types (and, through {@code requires transitive}, the
 * API's, core's and jqwik's) are readable from a module that requires {@code io.github.sfntasks.conformance} only.
 */
public abstract class ConsumerKit extends ProviderConformanceKit {

    /** For subclasses. */
    protected ConsumerKit() {
    }

    /** @return the type id of the provider under test */
    protected abstract String typeId();

    @Override
    protected TaskProvider provider() {
        return TaskRegistry.load().require(typeId());
    }
}
