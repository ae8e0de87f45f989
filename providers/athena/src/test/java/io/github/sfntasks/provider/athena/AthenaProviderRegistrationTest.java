package io.github.sfntasks.provider.athena;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AthenaProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(AthenaStartQueryExecutionProvider.class, AthenaStartQueryExecutionProvider.class,
                AthenaGetQueryExecutionProvider.class, AthenaGetQueryResultsProvider.class, AthenaStopQueryExecutionProvider.class);
    }

    @Test
    void startQueryExecutionDescribesItself() {
        TaskProvider p = new AthenaStartQueryExecutionProvider();
        assertEquals("athena:startQueryExecution", p.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB), p.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
        ObjectNode schema = p.propertiesSchema();
        assertNotSame(schema, p.propertiesSchema());
        assertTrue(schema.toString().contains("\"x-sfn-resource\":\"athena:workgroup/\""), schema.toString());
        assertTrue(schema.toString().contains("\"x-sfn-resource\":\"glue:database/\""), schema.toString());
        assertTrue(schema.toString().contains("\"x-sfn-resource\":\"s3:\""), schema.toString());
    }

    @Test
    void theWorkGroupOfTheQueryTasksIsGrantOnly() {
        for (TaskProvider p : new TaskProvider[] {new AthenaGetQueryExecutionProvider(), new AthenaGetQueryResultsProvider(),
                new AthenaStopQueryExecutionProvider()}) {
            ObjectNode schema = p.propertiesSchema();
            assertTrue(schema.at("/properties/workGroup/x-sfn-grantOnly").booleanValue(), schema.toString());
            assertTrue(schema.at("/properties/workGroup.$").isMissingNode());
        }
    }
}
