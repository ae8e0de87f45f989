package io.github.sfntasks.conformance.runner;

import io.github.sfntasks.conformance.ProviderConformanceKit;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;

import io.github.sfntasks.api.spi.TaskProvider;

import java.util.List;

/**
 * The kit for whichever provider the running test puts in {@link #current}: how the registry-wide run and the
 * broken-provider tests drive {@link ProviderConformanceKit} through {@link KitRunner}. Not a test of its own (the
 * name does not end in Test).
 */
public class RegisteredProviderKit extends ProviderConformanceKit {

    /** The provider under test. */
    public static volatile TaskProvider current;
    /** What it contributes; {@code null}: what ServiceLoader finds. */
    public static volatile List<ProviderArbitraries> arbitraries;

    @Override
    protected TaskProvider provider() {
        return current;
    }

    @Override
    protected List<ProviderArbitraries> arbitraries() {
        List<ProviderArbitraries> a = arbitraries;
        return a != null ? a : super.arbitraries();
    }
}
