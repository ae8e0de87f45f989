package io.github.sfntasks.provider.ecs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcsProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(EcsRunTaskProvider.class, EcsRunTaskProvider.class);
    }

    @Test
    void providerDescribesItself() {
        TaskProvider p = new EcsRunTaskProvider();
        assertEquals("ecs:runTask", p.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB, IntegrationPattern.WAIT_FOR_TASK_TOKEN),
                p.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
    }

    @Test
    void schemaMarksResourcesAndGrantOnlyRolesAndIsAFreshCopy() {
        TaskProvider p = new EcsRunTaskProvider();
        ObjectNode s = p.propertiesSchema();
        assertNotSame(s, p.propertiesSchema());
        assertTrue(s.toString().contains("\"x-sfn-resource\":\"ecs:task-definition/\""), s.toString());
        assertTrue(s.toString().contains("\"x-sfn-resource\":\"ecs:cluster/\""));
        assertTrue(s.at("/properties/executionRole/x-sfn-grantOnly").booleanValue());
    }
}
