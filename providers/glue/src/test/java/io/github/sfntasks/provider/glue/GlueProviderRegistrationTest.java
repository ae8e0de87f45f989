package io.github.sfntasks.provider.glue;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GlueProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(GlueStartJobRunProvider.class, GlueStartJobRunProvider.class,
                GlueStartCrawlerRunProvider.class);
    }

    @Test
    void startJobRunSupportsRequestResponseAndRunJobWithTheCdksDefault() {
        TaskProvider p = new GlueStartJobRunProvider();
        assertEquals("glue:startJobRun", p.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB), p.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
    }

    @Test
    void startCrawlerIsTheSdkIntegrationsIdWithRequestResponseOnly() {
        TaskProvider p = new GlueStartCrawlerRunProvider();
        assertEquals("aws-sdk:glue:startCrawler", p.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE), p.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
    }
}
