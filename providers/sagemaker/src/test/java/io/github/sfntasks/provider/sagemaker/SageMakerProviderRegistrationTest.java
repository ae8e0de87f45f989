package io.github.sfntasks.provider.sagemaker;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SageMakerProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(SageMakerCreateTrainingJobProvider.class, SageMakerCreateTrainingJobProvider.class,
                SageMakerCreateTransformJobProvider.class, SageMakerCreateModelProvider.class,
                SageMakerCreateEndpointConfigProvider.class, SageMakerCreateEndpointProvider.class,
                SageMakerUpdateEndpointProvider.class);
    }

    @Test
    void jobsSupportSyncAndDefaultToRequestResponseAsTheCdk() {
        for (TaskProvider p : new TaskProvider[] {new SageMakerCreateTrainingJobProvider(), new SageMakerCreateTransformJobProvider()}) {
            assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB), p.integrationPatterns(), p.typeId());
            assertEquals(IntegrationPattern.REQUEST_RESPONSE, p.defaultIntegrationPattern(), p.typeId());
        }
    }

    @Test
    void modelAndEndpointTasksAreRequestResponseOnly() {
        for (TaskProvider p : new TaskProvider[] {new SageMakerCreateModelProvider(), new SageMakerCreateEndpointConfigProvider(),
                new SageMakerCreateEndpointProvider(), new SageMakerUpdateEndpointProvider()}) {
            assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE), p.integrationPatterns(), p.typeId());
        }
    }

    @Test
    void typeIdsAreTheAslResources() {
        assertEquals("sagemaker:createTrainingJob", new SageMakerCreateTrainingJobProvider().typeId());
        assertEquals("sagemaker:createTransformJob", new SageMakerCreateTransformJobProvider().typeId());
        assertEquals("sagemaker:createModel", new SageMakerCreateModelProvider().typeId());
        assertEquals("sagemaker:createEndpointConfig", new SageMakerCreateEndpointConfigProvider().typeId());
        assertEquals("sagemaker:createEndpoint", new SageMakerCreateEndpointProvider().typeId());
        assertEquals("sagemaker:updateEndpoint", new SageMakerUpdateEndpointProvider().typeId());
    }

    @Test
    void schemaMarksResourcesAndTheGrantOnlyRole() {
        String training = new SageMakerCreateTrainingJobProvider().propertiesSchema().toString();
        assertTrue(training.contains("\"x-sfn-resource\":\"sagemaker:training-job/\""), training);
        assertTrue(training.contains("\"x-sfn-resource\":\"iam:role/\""), training);
        String transform = new SageMakerCreateTransformJobProvider().propertiesSchema().toString();
        assertTrue(transform.contains("\"x-sfn-grantOnly\":true"), transform);
    }
}
