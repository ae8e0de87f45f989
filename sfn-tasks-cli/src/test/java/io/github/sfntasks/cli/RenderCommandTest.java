package io.github.sfntasks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.github.sfntasks.cli.Invocation.example;
import static io.github.sfntasks.cli.Invocation.sfnTasks;
import static io.github.sfntasks.cli.Invocation.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code render}: expected values come from AWS's documentation, not from our own output.
 *
 * <ul>
 *   <li>"Invoke Lambda with Step Functions" (step-functions/latest/dg/connect-lambda.html): the
 *       optimized integration's Resource is {@code arn:aws:states:::lambda:invoke}, its Parameters
 *       {@code FunctionName} and {@code Payload}; {@code .waitForTaskToken} is appended for the
 *       callback pattern ("Discover service integration patterns", connect-to-resource.html).</li>
 *   <li>"IAM policies for Lambda" (step-functions/latest/dg/lambda-iam.html):
 *       {@code lambda:InvokeFunction} on the function ARN and on {@code <function ARN>:*} when no
 *       qualifier is given (any version or alias); on the qualified ARN alone when one is.</li>
 *   <li>The CDK's LambdaInvoke {@code payloadResponseOnly}: the Resource is the function ARN itself
 *       (the legacy integration), and the Parameters are the payload.</li>
 *   <li>CloudFormation "Pseudo parameters reference": {@code ${AWS::Partition}}, {@code ${AWS::Region}},
 *       {@code ${AWS::AccountId}} as Fn::Sub writes them.</li>
 * </ul>
 */
class RenderCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonNode states(JsonNode rendered) {
        return rendered.get("definition").get("States");
    }

    @Test
    void printsDefinitionAndPolicyForAConcreteAccount() throws IOException {
        Invocation run = sfnTasks("render", example("order.json").toString(),
                "--partition", "aws", "--region", "eu-west-1", "--account", "111122223333");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        assertEquals("", run.err(), "no warnings: every Task names a provider");
        JsonNode out = JSON.readTree(run.out());

        JsonNode validate = states(out).get("Validate order");
        assertEquals("arn:aws:states:::lambda:invoke", validate.get("Resource").textValue());
        assertEquals("validate-order", validate.get("Parameters").get("FunctionName").textValue());
        assertEquals("$.order", validate.get("Parameters").get("Payload.$").textValue());
        assertEquals("Is the order valid?", validate.get("Next").textValue());

        JsonNode branches = states(out).get("Pay and reserve").get("Branches");
        JsonNode reserve = branches.get(1).get("States").get("Reserve stock");
        assertEquals("arn:aws:states:::lambda:invoke.waitForTaskToken", reserve.get("Resource").textValue());
        assertEquals("$$.Task.Token", reserve.get("Parameters").get("Payload").get("taskToken.$").textValue());
        JsonNode charge = branches.get(0).get("States").get("Charge card");
        assertEquals("arn:aws:lambda:eu-west-1:111122223333:function:charge-card", charge.get("Resource").textValue());

        JsonNode policy = out.get("policy");
        assertEquals("2012-10-17", policy.get("Version").textValue());
        List<String> resources = new ArrayList<>();
        for (JsonNode s : policy.get("Statement")) {
            assertEquals("Allow", s.get("Effect").textValue());
            assertEquals("lambda:InvokeFunction", s.get("Action").isArray() ? s.get("Action").get(0).textValue()
                    : s.get("Action").textValue());
            s.get("Resource").forEach(r -> resources.add(r.textValue()));
        }
        String fn = "arn:aws:lambda:eu-west-1:111122223333:function:";
        assertTrue(resources.containsAll(List.of(fn + "validate-order", fn + "validate-order:*",
                fn + "charge-card", fn + "charge-card:*", fn + "ship-item", fn + "ship-item:*",
                fn + "cancel-order", fn + "cancel-order:*", fn + "reserve-stock:live")), resources.toString());
        assertFalse(resources.contains(fn + "reserve-stock:live:*"), "a qualified function is granted alone");
        assertFalse(resources.stream().anyMatch(r -> r.contains("*") && !r.endsWith(":*")), "never a bare wildcard");
    }

    @Test
    void leavesCloudFormationPlaceholdersWhenNoContextIsGiven() throws IOException {
        Invocation run = sfnTasks("render", example("order.json").toString());
        assertEquals(Main.OK, run.exitCode(), run.toString());
        JsonNode out = JSON.readTree(run.out());
        assertEquals("arn:${AWS::Partition}:states:::lambda:invoke",
                states(out).get("Validate order").get("Resource").textValue());
        assertTrue(out.get("policy").toString().contains(
                "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:validate-order"), run.out());
    }

    @Test
    void eachMissingPartOfTheContextBecomesItsPlaceholder() throws IOException {
        Invocation run = sfnTasks("render", example("order.yaml").toString(), "--region", "us-east-2");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        assertTrue(JSON.readTree(run.out()).get("policy").toString().contains(
                "arn:${AWS::Partition}:lambda:us-east-2:${AWS::AccountId}:function:ship-item"), run.out());
    }

    @Test
    void yamlAndJsonExamplesRenderTheSameBytes() {
        Invocation json = sfnTasks("render", example("order.json").toString());
        Invocation yaml = sfnTasks("render", example("order.yaml").toString());
        assertEquals(Main.OK, yaml.exitCode(), yaml.toString());
        assertEquals(json.out(), yaml.out());
    }

    @Test
    void acceptsPlaceholdersOfTheUsersOwnForDefinitionSubstitutions() throws IOException {
        Invocation run = sfnTasks("render", example("order.json").toString(),
                "--partition", "${Partition}", "--region", "${Region}", "--account", "${AccountId}");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        assertEquals("arn:${Partition}:states:::lambda:invoke",
                states(JSON.readTree(run.out())).get("Validate order").get("Resource").textValue());
    }

    @Test
    void refusesAnAccountThatIsNotTwelveDigits() {
        Invocation run = sfnTasks("render", example("order.json").toString(), "--account", "12345");
        assertEquals(Main.USAGE_OR_IO_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--account \"12345\" is not a 12-digit account id"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void outWritesDefinitionAndPolicyFiles() throws IOException {
        Path dir = tmp.resolve("build/sfn");
        Invocation run = sfnTasks("render", example("order.yaml").toString(), "--out", dir.toString(),
                "--partition", "aws", "--region", "us-east-1", "--account", "123456789012");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        JsonNode definition = JSON.readTree(Files.readString(dir.resolve("definition.asl.json")));
        JsonNode policy = JSON.readTree(Files.readString(dir.resolve("policy.json")));
        assertEquals("Validate order", definition.get("StartAt").textValue());
        assertEquals("arn:aws:states:::lambda:invoke",
                definition.get("States").get("Validate order").get("Resource").textValue());
        assertEquals("2012-10-17", policy.get("Version").textValue());
        // the files hold what stdout would have shown
        JsonNode printed = JSON.readTree(sfnTasks("render", example("order.yaml").toString(),
                "--partition", "aws", "--region", "us-east-1", "--account", "123456789012").out());
        assertEquals(printed.get("definition"), definition);
        assertEquals(printed.get("policy"), policy);
        assertTrue(run.out().contains("wrote " + dir.resolve("definition.asl.json")), run.out());
        // the lock that makes concurrent renders take turns stays (removing it would let two writers in at once)
        assertEquals(List.of(".sfn-tasks.lock", "definition.asl.json", "policy.json"), list(dir), "no temporary file left");
    }

    @Test
    void outReplacesEarlierFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(dir.resolve("definition.asl.json"), "old");
        Files.writeString(dir.resolve("policy.json"), "old");
        Invocation run = sfnTasks("render", example("order.json").toString(), "--out", dir.toString());
        assertEquals(Main.OK, run.exitCode(), run.toString());
        assertTrue(Files.readString(dir.resolve("definition.asl.json")).contains("\"StartAt\""));
        assertTrue(Files.readString(dir.resolve("policy.json")).contains("2012-10-17"));
    }

    /*
     * IAM JSON policy element reference, "Statement": a policy's Statement holds one statement or an
     * array of them, and IAM refuses a policy with none ("MalformedPolicyDocument: ... Statement"), so
     * a machine that calls no AWS service gets no policy document at all, and a note says why.
     */
    @Test
    void printsNoPolicyWhenNoStateNeedsAGrant() throws IOException {
        Invocation run = sfnTasks("render", workflow(tmp, "no-grants.json").toString(),
                "--partition", "aws", "--region", "us-east-1", "--account", "123456789012");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        JsonNode out = JSON.readTree(run.out());
        assertEquals("Start", out.get("definition").get("StartAt").textValue());
        assertFalse(out.has("policy"), "no policy document: " + run.out());
        assertFalse(run.out().contains("\"Statement\""), run.out());
        assertTrue(run.err().contains("note: no IAM policy"), run.err());
        assertEquals(1, run.err().lines().count(), "one note, nothing else: " + run.err());
    }

    @Test
    void outWritesNoPolicyFileAndRemovesAnEarlierOneWhenNoStateNeedsAGrant() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(dir.resolve("policy.json"), "{\"Version\": \"2012-10-17\", \"Statement\": [\"old\"]}");
        Invocation run = sfnTasks("render", workflow(tmp, "no-grants.json").toString(), "--out", dir.toString());
        assertEquals(Main.OK, run.exitCode(), run.toString());
        // the pair rule: the definition and the policy beside it come from the same render
        // the lock file of the render --out unit stays (AtomicFiles.LOCK_FILE: removing it would let two writers in)
        assertEquals(List.of(".sfn-tasks.lock", "definition.asl.json"), list(dir), "no policy.json, no temporary file");
        assertEquals("Start", JSON.readTree(Files.readString(dir.resolve("definition.asl.json")))
                .get("StartAt").textValue());
        assertTrue(run.err().contains("wrote no policy.json and removed the earlier " + dir.resolve("policy.json")),
                run.err());
        assertFalse(run.out().contains("policy.json"), run.out());

        Invocation again = sfnTasks("render", workflow(tmp, "no-grants.json").toString(), "--out", dir.toString());
        assertEquals(Main.OK, again.exitCode(), again.toString());
        assertTrue(again.err().contains("wrote no policy.json"), again.err());
        assertFalse(again.err().contains("removed"), "nothing left to remove: " + again.err());
    }

    /*
     * The set-up the README gives for editors: a YAML file names its schema in a yaml-language-server
     * comment (or a "$schema" key), a JSON file in a "$schema" member. Neither changes a byte of the output.
     */
    @Test
    void aSchemaReferenceInTheFileChangesNothingRendered() throws IOException {
        String yaml = Files.readString(example("order.yaml"));
        Path commented = tmp.resolve("commented.yaml");
        Files.writeString(commented, "# yaml-language-server: $schema=./workflow.schema.json\n" + yaml);
        Path keyed = tmp.resolve("keyed.yaml");
        Files.writeString(keyed, "$schema: ./workflow.schema.json\n" + yaml);
        ObjectNode json = (ObjectNode) JSON.readTree(Files.readString(example("order.json")));
        ObjectNode withSchema = JSON.createObjectNode().put("$schema", "./workflow.schema.json");
        withSchema.setAll(json);
        Path jsonFile = tmp.resolve("keyed.json");
        Files.writeString(jsonFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(withSchema));

        String expected = sfnTasks("render", example("order.yaml").toString()).out();
        for (Path p : List.of(commented, keyed, jsonFile)) {
            Invocation run = sfnTasks("render", p.toString());
            assertEquals(Main.OK, run.exitCode(), run.toString());
            assertEquals("", run.err(), p.toString());
            assertEquals(expected, run.out(), p.toString());
        }
        for (Path p : List.of(keyed, jsonFile)) {
            Invocation run = sfnTasks("validate", p.toString());
            assertEquals(Main.OK, run.exitCode(), run.toString());
        }
    }

    @Test
    void anInvalidWorkflowWritesNothing() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(dir.resolve("definition.asl.json"), "previous", StandardCharsets.UTF_8);
        Invocation run = sfnTasks("render", workflow(tmp, "broken.json").toString(), "--out", dir.toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        assertEquals(List.of("definition.asl.json"), list(dir));
        assertEquals("previous", Files.readString(dir.resolve("definition.asl.json")));
    }

    @Test
    void outThatIsAFileIsAnIoErrorAndWritesNothing() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        Invocation run = sfnTasks("render", example("order.json").toString(), "--out", file.toString());
        assertEquals(Main.USAGE_OR_IO_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains("exists and is not a folder"), run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void warnsOnStderrWhenGrantsCannotBeDerived() throws IOException {
        Invocation run = sfnTasks("render", workflow(tmp, "plain-asl.json").toString(),
                "--partition", "aws", "--region", "us-east-1", "--account", "123456789012");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        // plain ASL renders back as written (ARCHITECTURE.md: "Any plain ASL definition ... renders back unchanged")
        JsonNode source = JSON.readTree(Files.readString(tmp.resolve("plain-asl.json")));
        JsonNode out = JSON.readTree(run.out());
        assertEquals(source.get("States").get("Publish"), out.get("definition").get("States").get("Publish"));
        assertTrue(run.err().contains(tmp.resolve("plain-asl.json") + ": warning: state \"Publish\""), run.err());
        assertTrue(run.err().contains("no IAM grants"), run.err());
    }

    @Test
    void aMissingFileIsAnIoError() {
        Invocation run = sfnTasks("render", tmp.resolve("nope.yaml").toString());
        assertEquals(Main.USAGE_OR_IO_ERROR, run.exitCode(), run.toString());
        assertEquals("sfn-tasks: " + tmp.resolve("nope.yaml") + ": no such file", run.err().strip());
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
