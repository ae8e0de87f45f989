package io.github.sfntasks.provider.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(BatchSubmitJobProvider.class, BatchSubmitJobProvider.class);
    }

    @Test
    void providerDescribesItself() {
        TaskProvider p = new BatchSubmitJobProvider();
        assertEquals("batch:submitJob", p.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB),
                p.integrationPatterns());
        assertEquals(IntegrationPattern.RUN_JOB, p.defaultIntegrationPattern());
    }

    @Test
    void schemaMarksResourcesAndIsAFreshCopy() {
        TaskProvider p = new BatchSubmitJobProvider();
        ObjectNode s = p.propertiesSchema();
        assertNotSame(s, p.propertiesSchema());
        assertTrue(s.toString().contains("\"x-sfn-resource\":\"batch:job-definition/\""), s.toString());
        assertTrue(s.toString().contains("\"x-sfn-resource\":\"batch:job-queue/\""));
    }
}
