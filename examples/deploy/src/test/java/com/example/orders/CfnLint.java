package com.example.orders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs AWS's CloudFormation linter, cfn-lint, for the tests; a test skips, saying what to install, without it. */
final class CfnLint {

    /** cfn-lint's exit code is a bit set: this bit is "errors" (4 is warnings, 8 informational). */
    static final int ERRORS = 2;

    /** @param exitCode cfn-lint's exit code, 0 when it found nothing @param output what it printed */
    record Result(int exitCode, String output) {
    }

    private CfnLint() {
    }

    /**
     * @param templates the templates to lint
     * @return cfn-lint's exit code and output
     */
    static Result run(Path... templates) throws IOException, InterruptedException {
        assumeTrue(available(), "cfn-lint is not on the PATH; install it (pip install cfn-lint) to lint the templates");
        List<String> command = new ArrayList<>(List.of("cfn-lint", "--"));
        for (Path t : templates) {
            command.add(t.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "cfn-lint finished");
        return new Result(p.exitValue(), output);
    }

    private static boolean available() {
        try {
            Process p = new ProcessBuilder("cfn-lint", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
