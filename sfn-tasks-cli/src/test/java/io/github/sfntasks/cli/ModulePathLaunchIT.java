package io.github.sfntasks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CLI as the launcher runs it: a new JVM with {@code -p target/modules -m
 * io.github.sfntasks.cli/io.github.sfntasks.cli.Main}, so the module descriptors are exercised for
 * real (the CLI's {@code opens} to picocli, the core's {@code uses}, the provider's {@code provides}).
 * Runs in the integration-test phase, after package has filled target/modules.
 */
class ModulePathLaunchIT {

    @Test
    void rendersTheExampleOnTheModulePath() throws Exception {
        Path modules = Path.of(System.getProperty("sfntasks.modules", "target/modules"));
        Path example = Path.of(System.getProperty("sfntasks.examples", "../examples")).resolve("order.json");
        String launch = System.getProperty("sfntasks.launch", "io.github.sfntasks.cli/io.github.sfntasks.cli.Main");
        assertTrue(Files.isDirectory(modules), modules + " is made by the package phase");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = Files.createTempFile("sfn-tasks-it", ".err");
        Process p = new ProcessBuilder(List.of(java, "-p", modules.toString(), "-m", launch, "render", example.toString(),
                "--partition", "aws", "--region", "us-east-1", "--account", "123456789012"))
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(File.pathSeparatorChar == ';' ? "NUL" : "/dev/null")))
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the CLI did not finish");
        String stderr = Files.readString(err);
        Files.delete(err);
        assertEquals(0, p.exitValue(), stderr + out);
        assertEquals("", stderr, "no warnings, no discovery problems");

        JsonNode rendered = new ObjectMapper().readTree(out);
        JsonNode states = rendered.get("definition").get("States");
        // AWS "Invoke Lambda with Step Functions": the optimized integration's Resource and Parameters
        assertEquals("arn:aws:states:::lambda:invoke", states.get("Validate order").get("Resource").textValue());
        assertEquals("validate-order", states.get("Validate order").get("Parameters").get("FunctionName").textValue());
        // AWS "IAM policies for Lambda": lambda:InvokeFunction on the function and its versions/aliases
        String policy = rendered.get("policy").toString();
        assertTrue(policy.contains("\"lambda:InvokeFunction\""), policy);
        assertTrue(policy.contains("\"arn:aws:lambda:us-east-1:123456789012:function:validate-order\""), policy);
        assertTrue(policy.contains("\"arn:aws:lambda:us-east-1:123456789012:function:validate-order:*\""), policy);
    }
}
