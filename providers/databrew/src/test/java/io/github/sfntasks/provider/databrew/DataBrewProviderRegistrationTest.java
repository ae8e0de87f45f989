package io.github.sfntasks.provider.databrew;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

class DataBrewProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(GlueDataBrewStartJobRunProvider.class, GlueDataBrewStartJobRunProvider.class);
    }

    @Test
    void schemaNamesTheJobAsAResourceAndIsAFreshCopy() {
        TaskProvider p = new GlueDataBrewStartJobRunProvider();
        ObjectNode schema = p.propertiesSchema();
        assertNotSame(schema, p.propertiesSchema());
        assertEquals("databrew:startJobRun", p.typeId());
        assertEquals("databrew:job/", schema.at("/properties/name/anyOf/0/x-sfn-resource").textValue(), schema.toString());
        assertEquals(240, schema.at("/properties/name/anyOf/0/anyOf/0/maxLength").asInt(), schema.toString());
    }
}
