package io.github.sfntasks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The templates {@code render --format} writes, checked by the tools that deploy them: cfn-lint (AWS's CloudFormation
 * linter; it also runs the SAM transform on SAM templates) on the CloudFormation and SAM output, and
 * {@code terraform init} + {@code terraform validate} (with the AWS provider's schema) on the Terraform output. Each
 * test skips, saying what to install, where its tool is missing; this machine has cfn-lint 1.51 and Terraform 1.11
 * with the AWS provider in a local mirror ({@code /opt/tf-plugins}, or {@code -Dsfntasks.terraform.plugins=DIR}).
 */
class DeploymentLintersTest {

    /** Examples that exercise the escaping (lambda.yaml holds a literal "${"), callbacks, .sync and JSONata. */
    private static final List<String> EXAMPLES = List.of("lambda.yaml", "order.yaml", "dynamodb.yaml", "sqs.yaml",
            "stepfunctions.yaml", "aws-sdk-jsonata.yaml");

    @Test
    void cfnLintAcceptsTheCloudFormationAndSamTemplates(@TempDir Path dir) throws Exception {
        assumeTrue(runs("cfn-lint", "--version"), "cfn-lint is not on the PATH; install cfn-lint (pip install cfn-lint)");
        List<String> files = new ArrayList<>();
        for (String example : EXAMPLES) {
            for (String format : List.of("cloudformation", "sam")) {
                files.add(render(dir, format + "-" + example, Invocation.example(example).toString(), "--format", format));
            }
        }
        // the deployable example with its resources, in both syntaxes; a Distributed Map naming the machine itself
        String order = Invocation.example("deploy/order.yaml").toString();
        String resources = Invocation.example("deploy/resources.yaml").toString();
        for (String format : List.of("cloudformation", "sam")) {
            for (String syntax : List.of("yaml", "json")) {
                files.add(render(dir, format + "-deploy-order." + syntax, order, "--format", format, "--syntax", syntax,
                        "--template", resources));
            }
        }
        String distributed = Invocation.workflow(dir, "distributed-map.yaml").toString();
        files.add(render(dir, "cloudformation-distributed-map.yaml", distributed, "--format", "cloudformation",
                "--log-level", "ALL", "--log-destination", "${Logs.Arn}", "--kms-key", "${Key.Arn}", "--template",
                Invocation.workflow(dir, "distributed-map-resources.json").toString()));
        files.add(render(dir, "sam-distributed-map.yaml", distributed, "--format", "sam", "--tracing"));

        List<String> command = new ArrayList<>(List.of("cfn-lint", "--"));
        command.addAll(files);
        Result lint = run(dir, command);
        assertEquals(0, lint.exitCode(), "cfn-lint found problems in the templates:\n" + lint.output());
    }

    @Test
    void terraformValidatesTheTerraformConfiguration(@TempDir Path dir) throws Exception {
        assumeTrue(runs("terraform", "version"), "terraform is not on the PATH; install Terraform 1.x to run this test");
        Path plugins = Path.of(System.getProperty("sfntasks.terraform.plugins", "/opt/tf-plugins"));
        assumeTrue(Files.isDirectory(plugins), "no Terraform provider mirror at " + plugins + " (terraform init runs"
                + " offline here); point -Dsfntasks.terraform.plugins at one holding registry.terraform.io/hashicorp/aws");
        Path work = Files.createDirectories(dir.resolve("tf"));
        // each validate loads the AWS provider's schema (seconds): two configurations cover placeholders as
        // variables, logging and tracing (the deploy example), the machine's own-name policy, a KMS key and a
        // literal "${" that must be written "$${" (the Distributed Map)
        List<String[]> cases = List.of(
                new String[] {Invocation.example("deploy/order.yaml").toString()},
                new String[] {Invocation.workflow(dir, "distributed-map.yaml").toString(), "--name", "orders",
                        "--type", "STANDARD", "--tracing", "--kms-key", "${KeyArn}"});
        boolean initialised = false;
        try {
            validateEach(cases, work, plugins, initialised);
        } finally {
            // terraform init links the provider from the mirror; unlink it here so that JUnit's clean-up has no
            // link out of its directory to warn about
            Path providers = work.resolve(".terraform");
            if (Files.exists(providers)) {
                try (var paths = Files.walk(providers)) {
                    for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static void validateEach(List<String[]> cases, Path work, Path plugins, boolean initialised) throws Exception {
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("render", c[0], "--format", "terraform"));
            args.addAll(List.of(c).subList(1, c.length));
            Invocation run = Invocation.sfnTasks(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.toString());
            Files.writeString(work.resolve("main.tf.json"), run.out(), StandardCharsets.UTF_8);
            if (!initialised) {
                Result init = run(work, List.of("terraform", "init", "-input=false", "-no-color", "-plugin-dir", plugins.toString()));
                assertEquals(0, init.exitCode(), init.output());
                initialised = true;
            }
            Result validate = run(work, List.of("terraform", "validate", "-no-color"));
            assertEquals(0, validate.exitCode(), c[0] + ":\n" + validate.output() + "\n" + run.out());
            assertTrue(validate.output().contains("The configuration is valid"), validate.output());
        }
    }

    private static String render(Path dir, String name, String workflow, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("render", workflow));
        args.addAll(List.of(options));
        Invocation run = Invocation.sfnTasks(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), name + ": " + run);
        Path file = dir.resolve(name);
        Files.writeString(file, run.out(), StandardCharsets.UTF_8);
        return file.toString();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "tool", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Result(-1, "timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
