package io.github.sfntasks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code render --format}: the options, the files written, and the usage errors (exit 2) and template problems (exit 1). */
class RenderFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesTheTemplateFileIntoOut(@TempDir Path dir) throws Exception {
        Invocation run = Invocation.sfnTasks("render", Invocation.example("deploy/order.yaml").toString(), "--format",
                "sam", "--syntax", "json", "--template", Invocation.example("deploy/resources.yaml").toString(),
                "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode t = JSON.readTree(Files.readString(dir.resolve("template.json")));
        assertEquals("AWS::Serverless::StateMachine", t.at("/Resources/StateMachine/Type").asText());
        assertEquals("AWS::Lambda::Function", t.at("/Resources/OrderFunction/Type").asText());
        assertTrue(t.at("/Resources/StateMachine/Properties/Tracing/Enabled").asBoolean(), "from StateMachineOptions");
    }

    @Test
    void flagsOverrideTheWorkflowsOptionsAndAddTheirGrants() throws Exception {
        Invocation run = Invocation.sfnTasks("render", Invocation.example("order.yaml").toString(), "--tracing",
                "--partition", "aws", "--region", "us-east-1", "--account", "123456789012");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(JSON.readTree(run.out()).get("policy").toString().contains("xray:PutTraceSegments"), run.out());
        Invocation express = Invocation.sfnTasks("render", Invocation.example("order.yaml").toString(), "--type", "EXPRESS");
        assertEquals(1, express.exitCode(), "order.yaml waits for a task token: " + express);
        assertTrue(express.err().contains("(SFN-E051)"), express.err());
    }

    @Test
    void usageErrorsExitTwo() {
        String order = Invocation.example("order.yaml").toString();
        Invocation badFormat = Invocation.sfnTasks("render", order, "--format", "pulumi");
        assertEquals(2, badFormat.exitCode());
        assertTrue(badFormat.err().contains("is not asl, cloudformation, sam or terraform"), badFormat.err());
        assertEquals(2, Invocation.sfnTasks("render", order, "--format", "terraform", "--syntax", "yaml").exitCode());
        assertEquals(2, Invocation.sfnTasks("render", order, "--format", "sam", "--region", "us-east-1").exitCode());
        assertEquals(2, Invocation.sfnTasks("render", order, "--syntax", "yaml").exitCode());
        assertEquals(2, Invocation.sfnTasks("render", order, "--type", "SLOW").exitCode());
    }

    @Test
    void aShortFormTagInTheTemplateIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("t.yaml");
        Files.writeString(template, "Resources:\n  Fn:\n    Type: AWS::SQS::Queue\nOutputs:\n  X:\n    Value: !GetAtt Fn.Arn\n");
        Invocation run = Invocation.sfnTasks("render", Invocation.example("order.yaml").toString(), "--format",
                "cloudformation", "--template", template.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("t.yaml:6:") && run.err().contains("!GetAtt"), run.err());
    }

    @Test
    void aPlaceholderTheTemplateCannotFillIsAProblem() {
        Invocation run = Invocation.sfnTasks("render", Invocation.example("deploy/order.yaml").toString(), "--format",
                "cloudformation");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("${OrderFunction.Arn} names an attribute of OrderFunction"), run.err());
        assertTrue(run.err().contains("(SFN-E052)"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
