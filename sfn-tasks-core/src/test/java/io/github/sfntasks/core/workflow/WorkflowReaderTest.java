package io.github.sfntasks.core.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowReaderTest {

    private static final RenderContext CTX = RenderContext.of("aws", "us-east-1", "123456789012");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String text(String name) throws IOException {
        try (InputStream in = WorkflowReaderTest.class.getResourceAsStream("/workflows/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private final WorkflowReader reader = new WorkflowReader(TaskRegistry.load());

    @Test
    void providerStatesBecomeAslAndEverythingElseStaysAsWritten() throws IOException {
        StateMachine m = reader.read("order.json", text("order.json"));
        JsonNode def = m.definition(CTX);
        JsonNode source = JSON.readTree(text("order.json"));
        // Non-provider states render back exactly as written (Jackson tree equality ignores key order).
        for (String name : List.of("Valid?", "Wait a bit", "Rejected")) {
            assertEquals(source.get("States").get(name), def.get("States").get(name), name);
        }
        // Provider states: Resource and Parameters as AWS's Lambda page shows them; common fields kept.
        JsonNode validate = def.get("States").get("Validate");
        assertEquals("arn:aws:states:::lambda:invoke", validate.get("Resource").textValue());
        assertEquals("$.order", validate.get("Parameters").get("Payload.$").textValue());
        assertEquals("$.validation", validate.get("ResultPath").textValue());
        assertEquals("Valid?", validate.get("Next").textValue());
        JsonNode charge = def.get("States").get("Charge");
        // the Lambda service retrier comes first, then the file's own
        assertEquals(2, charge.get("Retry").size());
        assertEquals("States.Timeout", charge.get("Retry").get(1).get("ErrorEquals").get(0).textValue());
        assertEquals(source.get("States").get("Charge").get("Catch"), charge.get("Catch"));
        assertEquals(true, charge.get("End").booleanValue());
        // state order is the file's
        assertEquals(List.of("Validate", "Valid?", "Wait a bit", "Charge", "Rejected"),
                iterable(def.get("States").fieldNames()));
    }

    @Test
    void policyAggregatesBothFunctions() throws IOException {
        StateMachine m = reader.read("order.json", text("order.json"));
        JsonNode policy = m.policy(CTX).toJson();
        assertEquals("2012-10-17", policy.get("Version").textValue());
        // one statement: same action, resources merged and sorted
        assertEquals(1, policy.get("Statement").size());
        assertEquals(List.of("arn:aws:lambda:us-east-1:123456789012:function:charge",
                        "arn:aws:lambda:us-east-1:123456789012:function:charge:*",
                        "arn:aws:lambda:us-east-1:123456789012:function:validate",
                        "arn:aws:lambda:us-east-1:123456789012:function:validate:*"),
                iterableValues(policy.get("Statement").get(0).get("Resource")));
    }

    @Test
    void reportsEveryProblemWithLineAndColumn() throws IOException {
        WorkflowException e = assertThrows(WorkflowException.class, () -> reader.read("broken.json", text("broken.json")));
        List<Problem> problems = e.problems();
        assertTrue(problems.stream().anyMatch(p -> p.code() == ErrorCode.UNKNOWN_PROPERTY && p.line() == 7
                && "A".equals(p.stateName())), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.code() == ErrorCode.MISSING_TARGET && p.line() == 8), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.code() == ErrorCode.INVALID_STATE && "C".equals(p.stateName())),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.code() == ErrorCode.UNREACHABLE_STATE && "B".equals(p.stateName())),
                problems.toString());
        assertTrue(e.getMessage().contains("broken.json:7:"), e.getMessage());
    }

    @Test
    void everyProblemOfOneChoiceRuleIsReportedWithItsLine() {
        // Two bad members of one And: a numeric comparison with a string, and an operator the States language lacks.
        String text = "{\n  \"StartAt\": \"C\",\n  \"States\": {\n    \"C\": {\"Type\": \"Choice\", \"Default\": \"D\",\n"
                + "      \"Choices\": [{\"And\": [\n"
                + "        {\"Variable\": \"$.a\", \"NumericEquals\": \"1\"},\n"
                + "        {\"Variable\": \"$.b\", \"StringIs\": \"x\"}\n"
                + "      ], \"Next\": \"D\"}]},\n"
                + "    \"D\": {\"Type\": \"Succeed\"}\n  }\n}";
        WorkflowException e = assertThrows(WorkflowException.class, () -> reader.read("c.json", text));
        List<Problem> problems = e.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("Choices[0].And[0].NumericEquals", problems.get(0).property());
        assertEquals("Choices[0].And[1].StringIs", problems.get(1).property());
        assertEquals(6, problems.get(0).line(), problems.toString());
        assertEquals(7, problems.get(1).line(), problems.toString());
    }

    @Test
    void reportsMalformedJsonWithLocation() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> reader.read("x.json", "{\n  \"StartAt\": }"));
        assertEquals(2, e.problems().get(0).line());
    }

    @Test
    void duplicateKeysAreReported() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> reader.read("d.json",
                "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true},\"A\":{\"Type\":\"Pass\",\"End\":true}}}"));
        assertTrue(e.getMessage().contains("Duplicate field 'A'"), e.getMessage());
    }

    /*
     * An editor finds a JSON file's schema through a top-level "$schema" member (VS Code's JSON language
     * service reads it; so does IntelliJ). Step Functions accepts no such field in a definition, so the
     * reader takes it and rendering leaves it out: the bytes are those of the same file without it.
     */
    @Test
    void aSchemaMemberIsAcceptedAndLeftOutOfTheRendering() throws IOException {
        String plain = text("order.json");
        String withSchema = plain.replaceFirst("\\{", "{\n  \"\\$schema\": \"./workflow.schema.json\",");
        assertTrue(withSchema.contains("\"$schema\": \"./workflow.schema.json\""), withSchema);
        StateMachine without = reader.read("order.json", plain);
        StateMachine with = reader.read("order-schema.json", withSchema);
        assertEquals(without.render(CTX).definitionJson(), with.render(CTX).definitionJson());
        assertEquals(without.render(CTX).policyJson(), with.render(CTX).policyJson());
        assertTrue(!with.render(CTX).definitionJson().contains("$schema"));
        assertEquals(WorkflowSchema.SCHEMA_MEMBER, "$schema");
    }

    @Test
    void aSchemaMemberThatIsNotAStringIsReportedWhereItIs() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> reader.read("s.json",
                "{\n  \"$schema\": 42,\n  \"StartAt\": \"A\",\n  \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}\n}"));
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem p = e.problems().get(0);
        assertEquals(ErrorCode.INVALID_WORKFLOW, p.code());
        assertEquals("$schema", p.property());
        assertEquals(2, p.line());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static List<String> iterableValues(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }
}
