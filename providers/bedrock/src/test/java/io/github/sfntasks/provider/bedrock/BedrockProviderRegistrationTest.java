package io.github.sfntasks.provider.bedrock;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BedrockProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(BedrockInvokeModelProvider.class, BedrockInvokeModelProvider.class,
                BedrockCreateModelCustomizationJobProvider.class);
    }

    @Test
    void invokeModelDescribesItself() {
        TaskProvider p = new BedrockInvokeModelProvider();
        assertEquals("bedrock:invokeModel", p.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE), p.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
    }
}
