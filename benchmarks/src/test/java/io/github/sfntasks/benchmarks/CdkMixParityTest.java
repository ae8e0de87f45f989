package io.github.sfntasks.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.benchmarks.tools.MixCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CDK apps of the comparison build the same machine as {@link TaskMix}: N = 12 tasks (two cycles of the
 * six types) synthesized by {@code node/v2/synth.js} and {@code node/v1/synth.js}, compared by
 * {@link MixCheck} with our render (per state, and the policy's actions and resources).
 *
 * <p>Runs only where Node and the npm installs are present ({@code scripts/node-setup.sh}, which
 * {@code run-all.sh} runs; {@code node_modules} is not committed), so the default build needs neither Node nor
 * the network. {@code scripts/check-mix.sh} runs the same comparison, with the CDK v2 from Java as well.
 */
class CdkMixParityTest {

    private static final int N = 12;
    private static final Path NODE = Path.of("node");

    @Test
    @EnabledIf("cdkV2Installed")
    void theCdkV2OnNodeBuildsTheSameMachine(@TempDir Path dir) throws Exception {
        MixCheck.Result result = MixCheck.compare(N, synth("v2", dir), false);
        assertTrue(result.same(), String.join("\n", result.differences()));
    }

    @Test
    @EnabledIf("cdkV1Installed")
    void theCdkV1OnNodeBuildsTheSameMachine(@TempDir Path dir) throws Exception {
        MixCheck.Result result = MixCheck.compare(N, synth("v1", dir), true);
        assertTrue(result.same(), String.join("\n", result.differences()));
    }

    private static com.fasterxml.jackson.databind.JsonNode synth(String version, Path dir) throws Exception {
        Path template = dir.resolve("template.json");
        Path log = dir.resolve("synth.log");
        ProcessBuilder pb = new ProcessBuilder("node", NODE.resolve(version).resolve("synth.js").toString(),
                String.valueOf(N), template.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("CDK_VALIDATION", "false");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node synth.js did not finish in 120 s");
        assertEquals(0, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(template.toFile());
    }

    static boolean cdkV2Installed() {
        return nodeRuns() && Files.isRegularFile(NODE.resolve("v2/node_modules/aws-cdk-lib/package.json"));
    }

    static boolean cdkV1Installed() {
        return nodeRuns() && Files.isRegularFile(NODE.resolve("v1/node_modules/@aws-cdk/aws-stepfunctions-tasks/package.json"));
    }

    private static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
