package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ModuleDescriptor descriptor = ProviderRegistration.assertAgrees(CallAwsServiceProvider.class,
                CallAwsServiceProvider.class, CallAwsServiceCrossRegionProvider.class);
        assertEquals("io.github.sfntasks.provider.awssdk", descriptor.name());
    }
}
