package io.github.sfntasks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.github.sfntasks.cli.Invocation.example;
import static io.github.sfntasks.cli.Invocation.sfnTasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every workflow shipped in {@code examples/} (each {@code .yaml}, {@code .yml} and {@code .json} file, found
 * at run time, so a new example is covered without touching this test) validates and renders, and every state
 * that names a {@code Provider} in the source comes out as plain ASL.
 *
 * <p>No output of ours is pasted here: what a rendered state must look like comes from the Amazon States
 * Language and the Step Functions developer guide.
 * <ul>
 *   <li>An optimized or AWS SDK integration's Resource is {@code arn:<partition>:states:::<service>:<action>}
 *       with an optional pattern suffix ("Discover service integration patterns", connect-to-resource.html;
 *       "AWS SDK service integrations", supported-services-awssdk.html).</li>
 *   <li>A Lambda function called by its ARN (the CDK's {@code payloadResponseOnly}, and the evaluator of
 *       {@code lambda:evaluateExpression}) has the function ARN {@code arn:<partition>:lambda:...} as its
 *       Resource ("Invoke Lambda with Step Functions", connect-lambda.html).</li>
 *   <li>An activity task's Resource is the activity ARN {@code arn:<partition>:states:<region>:<account>:activity:<name>}
 *       ("Learn about Activities in Step Functions", concepts-activities.html).</li>
 *   <li>{@code jsonata:evaluateExpression} needs no service: it is a Pass state.</li>
 * </ul>
 * A rendered state never keeps {@code Provider} or {@code Properties}, which ASL does not know.
 */
class ExamplesTest {

    private static final String PARTITION = "aws";
    private static final String REGION = "us-east-1";
    private static final String ACCOUNT = "123456789012";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    /** What a Task state's Resource may be once rendered (see the class comment). */
    private static final List<Pattern> RENDERED_RESOURCES = List.of(
            Pattern.compile("arn:" + PARTITION + ":states:::[a-z0-9-]+:.+"),
            Pattern.compile("arn:" + PARTITION + ":lambda:" + REGION + ":" + ACCOUNT + ":function:.+"),
            Pattern.compile("arn:" + PARTITION + ":states:" + REGION + ":" + ACCOUNT + ":activity:.+"));

    private static Path examplesDir() {
        return example("order.json").getParent();
    }

    /** @return the file names of every workflow in examples/, sorted */
    static Stream<String> workflows() {
        try (Stream<Path> files = Files.list(examplesDir())) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(ExamplesTest::isWorkflow)
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWorkflow(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static JsonNode readSource(Path file) throws IOException {
        return isYaml(file) ? YAML.readTree(file.toFile()) : JSON.readTree(file.toFile());
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    @Test
    void theExamplesFolderHoldsAWorkflowPerProviderFamily() {
        List<String> names = workflows().toList();
        // the shipped example plus one per provider family; a missing folder must not pass as "no examples"
        for (String expected : List.of("order.json", "order.yaml", "lambda.yaml", "dynamodb.yaml", "sns.yaml",
                "sqs.yaml", "eventbridge.yaml", "stepfunctions.yaml", "apigateway.yaml", "aws-sdk.yaml")) {
            assertTrue(names.contains(expected), expected + " in " + examplesDir().toAbsolutePath() + ": " + names);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void validates(String name) {
        Path file = examplesDir().resolve(name);
        Invocation run = sfnTasks("validate", file.toString());
        assertEquals(Main.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("valid"), run.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void rendersEveryProviderStateAsPlainAsl(String name) throws IOException {
        Path file = examplesDir().resolve(name);
        Invocation run = sfnTasks("render", file.toString(),
                "--partition", PARTITION, "--region", REGION, "--account", ACCOUNT);
        assertEquals(Main.OK, run.exitCode(), run.toString());

        JsonNode rendered = JSON.readTree(run.out());
        JsonNode definition = rendered.get("definition");
        assertNotNull(definition, "render prints {\"definition\": ..., \"policy\": ...}: " + run);
        assertTrue(rendered.path("policy").path("Statement").isArray(), "a policy document: " + run);

        JsonNode source = readSource(file);
        List<String> providerStates = new ArrayList<>();
        compareStates(name, source.get("States"), definition.get("States"), "", providerStates);
        if (!name.startsWith("order.")) {
            assertFalse(providerStates.isEmpty(), name + " shows no provider at all");
        }
    }

    /**
     * Walks the source's states and the rendered ones side by side (into Parallel branches and Map item
     * processors), checking each state that named a Provider.
     */
    private static void compareStates(String file, JsonNode sourceStates, JsonNode renderedStates, String where,
                                      List<String> providerStates) {
        assertNotNull(sourceStates, file + ": States" + where);
        assertNotNull(renderedStates, file + ": rendered States" + where);
        assertEquals(names(sourceStates), names(renderedStates), file + ": the same states" + where);
        for (Iterator<Map.Entry<String, JsonNode>> it = sourceStates.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String stateName = entry.getKey();
            JsonNode src = entry.getValue();
            JsonNode out = renderedStates.get(stateName);
            String label = file + ": state \"" + stateName + "\"" + where;

            if (src.has("Provider")) {
                providerStates.add(stateName);
                checkProviderState(label, src.get("Provider").asText(), out);
            }
            JsonNode branches = src.get("Branches");
            if (branches != null) {
                for (int i = 0; i < branches.size(); i++) {
                    compareStates(file, branches.get(i).get("States"), out.get("Branches").get(i).get("States"),
                            where + " in branch " + i + " of \"" + stateName + "\"", providerStates);
                }
            }
            for (String processor : List.of("ItemProcessor", "Iterator")) {
                if (src.has(processor)) {
                    compareStates(file, src.get(processor).get("States"), out.get(processor).get("States"),
                            where + " in the " + processor + " of \"" + stateName + "\"", providerStates);
                }
            }
        }
    }

    private static void checkProviderState(String label, String provider, JsonNode out) {
        assertFalse(out.has("Provider"), label + ": Provider is not ASL: " + out);
        assertFalse(out.has("Properties"), label + ": Properties is not ASL: " + out);
        String type = out.path("Type").asText();
        if (type.equals("Pass")) {
            assertEquals("jsonata:evaluateExpression", provider,
                    label + ": only an inline expression becomes a Pass state: " + out);
            assertFalse(out.has("Resource"), label + ": " + out);
            return;
        }
        assertEquals("Task", type, label + " (" + provider + "): " + out);
        String resource = out.path("Resource").asText("");
        if (RENDERED_RESOURCES.stream().noneMatch(p -> p.matcher(resource).matches())) {
            fail(label + " (" + provider + "): Resource \"" + resource + "\" is neither an integration"
                    + " (arn:aws:states:::...), a Lambda function ARN nor an activity ARN: " + out);
        }
        assertFalse(out.has("Parameters") && out.has("Arguments"), label + ": " + out);
    }

    private static List<String> names(JsonNode states) {
        List<String> names = new ArrayList<>();
        states.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }
}
