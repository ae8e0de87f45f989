package io.github.sfntasks.provider.eks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EksProviderRegistrationTest {

    @Test
    void registersItsProviderTwiceAlike() {
        ProviderRegistration.assertAgrees(EksCallProvider.class, EksCallProvider.class);
    }

    @Test
    void providerDescribesItself() {
        TaskProvider p = new EksCallProvider();
        assertEquals("eks:call", p.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE), p.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
    }

    @Test
    void schemaNamesTheClusterAsAResourceAndTheMethods() {
        ObjectNode s = new EksCallProvider().propertiesSchema();
        assertTrue(s.toString().contains("\"x-sfn-resource\":\"eks:cluster/\""), s.toString());
        assertTrue(s.toString().contains("\"PATCH\""));
        assertTrue(s.toString().contains("additionalProperties"), "the query parameters rule is in the schema");
    }
}
