package io.github.sfntasks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.github.sfntasks.cli.Invocation.sfnTasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code providers}: the listing of what discovery found. These tests run on the class path (the
 * module column says "unnamed"); the launch test covers the module path.
 */
class ProvidersCommandTest {

    @Test
    void listsTheLambdaProviderWithItsPatterns() {
        Invocation run = sfnTasks("providers");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("TYPE ID\\s+PATTERNS\\s+MODULE\\s+VERSION\\s+DESCRIPTION"), lines.get(0));
        String lambda = lines.stream().filter(l -> l.startsWith("lambda:invoke ")).findFirst().orElseThrow();
        // LambdaInvoke supports request-response and the callback pattern, not .sync (AWS's "Invoke Lambda" page)
        assertTrue(lambda.contains(" REQUEST_RESPONSE,WAIT_FOR_TASK_TOKEN "), lambda);
        assertTrue(lambda.endsWith("Invoke an AWS Lambda function"), lambda);
        assertEquals("", run.err(), "no discovery problems");
    }

    @Test
    void jsonListsProvidersAndProblems() throws IOException {
        Invocation run = sfnTasks("providers", "--format", "json");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        JsonNode out = new ObjectMapper().readTree(run.out());
        JsonNode lambda = null;
        for (JsonNode p : out.get("providers")) {
            if (p.get("typeId").textValue().equals("lambda:invoke")) {
                lambda = p;
            }
        }
        assertTrue(lambda != null, run.out());
        assertEquals("[\"REQUEST_RESPONSE\",\"WAIT_FOR_TASK_TOKEN\"]", lambda.get("patterns").toString());
        assertEquals("io.github.sfntasks.provider.lambda.LambdaInvokeProvider", lambda.get("className").textValue());
        assertTrue(out.get("problems").isArray());
    }
}
