package io.github.sfntasks.provider.codebuild;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodeBuildProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(CodeBuildStartBuildProvider.class, CodeBuildStartBuildProvider.class,
                CodeBuildStartBuildBatchProvider.class);
    }

    @Test
    void bothSupportRequestResponseAndRunJobWithRequestResponseTheDefaultAsTheCdks() {
        for (TaskProvider p : new TaskProvider[] {new CodeBuildStartBuildProvider(), new CodeBuildStartBuildBatchProvider()}) {
            assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB), p.integrationPatterns());
            assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern());
        }
        assertEquals("codebuild:startBuild", new CodeBuildStartBuildProvider().typeId());
        assertEquals("codebuild:startBuildBatch", new CodeBuildStartBuildBatchProvider().typeId());
    }
}
