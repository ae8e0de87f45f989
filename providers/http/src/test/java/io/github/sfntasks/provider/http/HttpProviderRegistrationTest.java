package io.github.sfntasks.provider.http;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HttpProviderRegistrationTest {

    @Test
    void registersItsProviderTwiceAlike() {
        ProviderRegistration.assertAgrees(HttpInvokeProvider.class, HttpInvokeProvider.class);
    }

    @Test
    void providerDescribesItself() {
        TaskProvider p = new HttpInvokeProvider();
        assertEquals("http:invoke", p.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE), p.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
    }
}
