package io.github.sfntasks.provider.emrcontainers;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmrContainersProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(EmrContainersStartJobRunProvider.class, EmrContainersCreateVirtualClusterProvider.class,
                EmrContainersDeleteVirtualClusterProvider.class, EmrContainersStartJobRunProvider.class);
    }

    @Test
    void providersDescribeTheirPatternsAndTheCdksDefaults() {
        check(new EmrContainersCreateVirtualClusterProvider(), "emr-containers:createVirtualCluster",
                Set.of(IntegrationPattern.REQUEST_RESPONSE), IntegrationPattern.REQUEST_RESPONSE);
        check(new EmrContainersDeleteVirtualClusterProvider(), "emr-containers:deleteVirtualCluster",
                Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB), IntegrationPattern.REQUEST_RESPONSE);
        check(new EmrContainersStartJobRunProvider(), "emr-containers:startJobRun",
                Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB), IntegrationPattern.RUN_JOB);
    }

    private static void check(TaskProvider p, String id, Set<IntegrationPattern> patterns, IntegrationPattern defaultPattern) {
        assertEquals(id, p.typeId());
        assertEquals(patterns, p.integrationPatterns());
        assertEquals(defaultPattern, p.defaultIntegrationPattern());
    }
}
