package io.github.sfntasks.provider.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.testing.ProviderRegistration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepFunctionsProviderRegistrationTest {

    @Test
    void registersItsProvidersTwiceAlike() {
        ProviderRegistration.assertAgrees(StepFunctionsStartExecutionProvider.class, StepFunctionsStartExecutionProvider.class,
                StepFunctionsInvokeActivityProvider.class);
    }

    @Test
    void providersDescribeThemselves() {
        TaskProvider start = new StepFunctionsStartExecutionProvider();
        assertEquals("states:startExecution", start.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB,
                IntegrationPattern.WAIT_FOR_TASK_TOKEN), start.integrationPatterns());
        assertEquals(IntegrationPattern.REQUEST_RESPONSE, start.defaultIntegrationPattern());
        TaskProvider activity = new StepFunctionsInvokeActivityProvider();
        assertEquals("states:invokeActivity", activity.typeId());
        assertEquals(Set.of(IntegrationPattern.REQUEST_RESPONSE), activity.integrationPatterns());
    }

    @Test
    void startExecutionSchemaStatesNamesAndFormats() {
        TaskProvider p = new StepFunctionsStartExecutionProvider();
        ObjectNode schema = p.propertiesSchema();
        assertNotSame(schema, p.propertiesSchema());
        JsonNode props = schema.get("properties");
        for (String name : List.of("stateMachine", "stateMachine.$", "input", "input.$", "name", "name.$",
                "associateWithParent", "outputFormat")) {
            assertTrue(props.has(name), name);
        }
        JsonNode name = props.get("name").get("anyOf").get(0);
        assertEquals(80, name.get("maxLength").asInt());
        Pattern namePattern = Pattern.compile(name.get("pattern").asText());
        assertTrue(namePattern.matcher("MyExecutionName").matches());
        assertTrue(!namePattern.matcher("my name").matches());
        // The literal form is the first alternative of the resource schema (the placeholder form the second).
        Pattern machine = Pattern.compile(props.get("stateMachine").get("anyOf").get(0).get("anyOf").get(0).get("pattern").asText());
        assertTrue(machine.matcher("arn:aws:states:us-east-1:123456789012:stateMachine:Child").matches());
        assertTrue(machine.matcher("arn:aws:states:us-east-1:123456789012:stateMachine:Child:PROD").matches());
        assertTrue(machine.matcher("Child").matches());
        assertEquals("[\"JSON\",\"JSON_STRING\"]", props.get("outputFormat").get("enum").toString());
    }

    @Test
    void invokeActivitySchemaHasNoPathFormOfParameters() {
        ObjectNode schema = new StepFunctionsInvokeActivityProvider().propertiesSchema();
        JsonNode props = schema.get("properties");
        assertTrue(props.has("activity") && props.has("parameters") && props.has("arguments") && props.has("kmsKey"));
        assertTrue(!props.has("parameters.$") && !props.has("arguments.$") && !props.has("activity.$"));
        Pattern activity = Pattern.compile(props.get("activity").get("anyOf").get(0).get("pattern").asText());
        assertTrue(activity.matcher("SubmitJob").matches());
        assertTrue(activity.matcher("arn:aws:states:us-east-1:123456789012:activity:SubmitJob").matches());
        Pattern key = Pattern.compile(props.get("kmsKey").get("anyOf").get(0).get("pattern").asText());
        assertTrue(key.matcher("arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab").matches());
        assertTrue(!key.matcher("alias/my-key").matches());
    }
}
