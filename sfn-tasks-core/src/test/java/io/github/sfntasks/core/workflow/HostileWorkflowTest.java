package io.github.sfntasks.core.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.Condition;
import io.github.sfntasks.core.graph.Chainable;
import io.github.sfntasks.core.graph.ParallelState;
import io.github.sfntasks.core.graph.PassState;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.graph.SucceedState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, classes 1, 3, 7 and 9: the files of {@code src/test/resources/hostile} (its README says what each is)
 * give a located problem, or the machine they mean, and never another exception or an {@code Error}.
 */
class HostileWorkflowTest {

    private static final RenderContext CTX = RenderContext.of("aws", "us-east-1", "123456789012");

    private final WorkflowReader reader = new WorkflowReader(TaskRegistry.load());

    private static Path file(String name) {
        try {
            return Path.of(HostileWorkflowTest.class.getResource("/hostile/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Problem onlyProblem(String name) {
        WorkflowException e = assertThrows(WorkflowException.class, () -> reader.read(file(name)));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertTrue(p.line() > 0, "located: " + p);
        return p;
    }

    // ---- class 1: depth limits ----------------------------------------------------------------------------------

    @Test
    void intrinsicFunctionsNested2000DeepAreALocatedProblemNotAStackOverflow() {
        Problem p = onlyProblem("intrinsic-nested-2000.json");
        assertEquals(ErrorCode.INVALID_INTRINSIC, p.code());
        assertEquals("Deep", p.stateName());
        assertEquals(7, p.line(), p.toString());
        assertTrue(p.detail().contains("at most 10"), p.detail());
        // the 28 KB call is not echoed whole
        assertTrue(p.toString().length() < 1_000, p.toString().length() + " characters");
    }

    @Test
    void tenNestedIntrinsicFunctionsAreAllowedAndElevenAreNot() {
        // "You can nest up to 10 intrinsic functions within a field" (AWS, Intrinsic functions page)
        String ten = "States.Array(".repeat(10) + "$.x" + ")".repeat(10);
        assertEquals(ten, IntrinsicFunction.parse(ten).render());
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> IntrinsicFunction.parse("States.Array(" + ten + ")"));
        assertEquals(ErrorCode.INVALID_INTRINSIC, e.code());
        // Java code reaches the same limit
        IntrinsicFunction f = IntrinsicFunction.array(JsonPath.stringAt("$.x"));
        for (int i = 1; i < 10; i++) {
            f = IntrinsicFunction.array(f);
        }
        IntrinsicFunction tenDeep = f;
        assertThrows(TaskValidationException.class, () -> IntrinsicFunction.array(tenDeep));
    }

    @Test
    void objectsAndArraysNestedBeyond256AreRefusedWhereTheyGetTooDeep() {
        Problem p = onlyProblem("deep-arrays.json");
        assertEquals(ErrorCode.INVALID_WORKFLOW, p.code());
        assertEquals(5, p.line());
        assertTrue(p.detail().contains("256"), p.detail());
    }

    @Test
    void conditionsNestedBeyondTheLimitNameTheStateAndTheRule() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> reader.read(file("deep-condition.json")));
        Problem p = e.problems().get(0);
        assertEquals("Pick", p.stateName());
        assertEquals(ErrorCode.INVALID_STATE, p.code());
        assertTrue(p.property().startsWith("Choices[0]"), p.property());
        assertTrue(p.detail().contains(String.valueOf(Condition.MAX_NESTING)), p.detail());
    }

    @Test
    void conditionsBuiltInJavaHaveTheSameLimit() {
        Condition c = Condition.isPresent("$.x");
        for (int i = 1; i < Condition.MAX_NESTING; i++) {
            c = Condition.not(c);
        }
        Condition deepest = c;
        assertThrows(TaskValidationException.class, () -> Condition.not(deepest));
    }

    @Test
    void parallelStatesNestedAsDeepAsAFileAllowsReadCheckAndRender() {
        // 62 Parallel levels and a Map: 255 levels of JSON, as deep as the reader takes (see generate.py)
        StateMachine m = reader.read(file("nested-parallel.json"));
        assertEquals(62 + 2, m.states().size());
        JsonNode def = m.definition(CTX);
        assertEquals("P61", def.at("/StartAt").textValue());
        assertTrue(m.render(CTX).definitionJson().contains("\"Item\""));
    }

    @Test
    void parallelStatesNestedInJavaBeyondTheLimitNameTheState() {
        Chainable inner = SucceedState.of("Leaf");
        for (int i = 0; i < StateMachine.MAX_NESTED_SCOPES; i++) {
            inner = ParallelState.builder("P" + i).branch(inner).build();
        }
        Chainable start = inner;
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> StateMachine.builder(start).build());
        assertEquals(ErrorCode.INVALID_STATE, e.code());
        assertTrue(e.getMessage().contains(String.valueOf(StateMachine.MAX_NESTED_SCOPES)), e.getMessage());
    }

    // ---- class 3: YAML aliases and merge keys, trailing content -------------------------------------------------

    @Test
    void aliasesResolveToWhatTheirAnchorsHold() {
        JsonNode withAliases = reader.read(file("aliases.yaml")).definition(CTX);
        JsonNode writtenOut = reader.read(file("aliases-expanded.yaml")).definition(CTX);
        assertEquals(writtenOut, withAliases);
        assertEquals("arn:aws:lambda:us-east-1:123456789012:function:work",
                withAliases.at("/States/Second/Parameters/FunctionName").textValue());
    }

    @Test
    void mergeKeysKeepOwnKeysThenTheFirstMergedMapping() {
        JsonNode def = reader.read(file("merge-keys.yaml")).definition(CTX);
        // Second: Type and Comment merged from *base, its own ResultPath and Next win
        assertEquals("Pass", def.at("/States/Second/Type").textValue());
        assertEquals("from base", def.at("/States/Second/Comment").textValue());
        assertEquals("$.second", def.at("/States/Second/ResultPath").textValue());
        assertEquals("Third", def.at("/States/Second/Next").textValue());
        // Third: *labels comes first in the list, so its Comment wins over *base's; its own Next wins
        assertEquals("from labels", def.at("/States/Third/Comment").textValue());
        assertEquals("Pass", def.at("/States/Third/Type").textValue());
        assertEquals("$.third", def.at("/States/Third/ResultPath").textValue());
        assertEquals("Done", def.at("/States/Third/Next").textValue());
    }

    @Test
    void billionLaughsIsRefusedAtTheAliasThatGoesBeyondTheBound() {
        Problem p = onlyProblem("billion-laughs.yaml");
        assertEquals(ErrorCode.INVALID_WORKFLOW, p.code());
        assertTrue(p.detail().contains("billion laughs"), p.detail());
        // a1 adds 10 nodes, a2 100... the alias on line 13 (a5) is the first past 100,000
        assertTrue(p.line() >= 12 && p.line() <= 14, p.toString());
    }

    @Test
    void anAliasToNoAnchorAndAMergeKeyOnAStringAreLocated() {
        Problem alias = onlyProblem("undefined-alias.yaml");
        assertEquals(5, alias.line());
        assertTrue(alias.detail().contains("*nowhere"), alias.detail());
        Problem merge = onlyProblem("merge-scalar.yaml");
        assertEquals(4, merge.line());
        assertTrue(merge.detail().contains("merge key"), merge.detail());
    }

    @Test
    void contentAfterTheJsonDocumentIsRefusedWhereItStarts() {
        Problem second = onlyProblem("trailing.json");
        assertEquals(2, second.line());
        assertEquals(1, second.column());
        Problem bracket = onlyProblem("trailing-bracket.json");
        assertEquals(2, bracket.line());
    }

    @Test
    void aSecondYamlDocumentIsRefusedWhereItStarts() {
        Problem p = onlyProblem("two-documents.yaml");
        assertTrue(p.detail().contains("second YAML document"), p.detail());
        assertTrue(p.line() >= 5 && p.line() <= 6, p.toString());
    }

    // ---- issue 16: the format from the name, else from the content --------------------------------------------

    @Test
    void readsYamlByExtensionAndByContentAndSkipsAByteOrderMark() {
        assertEquals(2, reader.read(file("aliases.yaml")).states().size());
        assertEquals(1, reader.read(file("no-extension")).states().size());
        assertEquals(1, reader.read(file("bom.json")).states().size());
        assertEquals(1, reader.read("from-a-string", "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}")
                .states().size());
        // a comment is YAML: with the JSON parser it would be a syntax error at '#'
        assertEquals(1, reader.read("x.yml", "# c\nStartAt: A\nStates: {A: {Type: Succeed}}\n").states().size());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = Files.createTempFile("big", ".json");
        try {
            Files.write(big, new byte[WorkflowReader.MAX_FILE_SIZE + 1]);
            WorkflowException e = assertThrows(WorkflowException.class, () -> reader.read(big));
            assertTrue(e.problems().get(0).detail().contains(String.valueOf(WorkflowReader.MAX_FILE_SIZE)));
        } finally {
            Files.delete(big);
        }
    }

    // ---- class 7: control characters are escaped in every message ---------------------------------------------

    @Test
    void controlCharactersInNamesAreEscapedInProblemsAndExceptionMessages() {
        WorkflowException e = assertThrows(WorkflowException.class, () -> reader.read(file("control-characters.json")));
        assertFalse(e.problems().isEmpty());
        for (Problem p : e.problems()) {
            assertPrintable(p.toString());
        }
        assertPrintable(e.getMessage().replace("\n", ""));
        assertTrue(e.getMessage().contains("\\u001b[2J"), e.getMessage());
        assertTrue(e.getMessage().contains("\\u202e"), e.getMessage());
        // the components keep the raw text, for programs
        assertTrue(e.problems().stream().anyMatch(p -> p.stateName() != null && p.stateName().contains("\u001b")));
    }

    @Test
    void controlCharactersAreEscapedInTaskValidationExceptionsAndWarnings() {
        TaskValidationException e = new TaskValidationException(ErrorCode.INVALID_PROPERTY, "S\u001b]0;x\u0007",
                "p\u009b", "was \"\u001b[2J\"");
        assertPrintable(e.getMessage());
        assertEquals("SFN-E001 state \"S\\u001b]0;x\\u0007\": p\\u009b: was \"\\u001b[2J\" (see docs/errors.md#sfn-e001, " + ErrorCode.INVALID_PROPERTY.docsUrl() + ")",
                e.getMessage());
        TaskWarning w = new TaskWarning(WarningCode.WIDENED_GRANT, "S\u202e", null, "m\u0000");
        assertEquals("state \"S\\u202e\": m\\u0000 (SFN-W001)", w.toString());
    }

    private static void assertPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertFalse(c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069), "raw U+" + Integer.toHexString(c) + " in: " + s);
        }
    }

    // ---- class 9: the policy size quota -----------------------------------------------------------------------

    @Test
    void aPolicyOverIamsInlineRoleQuotaIsAWarningNotAFailure() {
        StateMachine m = reader.read(file("policy-too-large.json"));
        StateMachine.Rendered r = m.render(CTX);
        String text = r.policyJson();
        long chars = text.chars().filter(c -> !Character.isWhitespace(c)).count();
        // 80 functions, each granted as itself and as function:*: far over 10,240 characters
        assertTrue(chars > StateMachine.MAX_INLINE_ROLE_POLICY_CHARS, chars + " characters");
        List<String> w = r.warnings().stream().filter(s -> s.contains("SFN-W004")).toList();
        assertEquals(1, w.size(), r.warnings().toString());
        assertTrue(w.get(0).contains(chars + " characters"), w.get(0));
        assertTrue(w.get(0).contains("https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html"));
    }

    @Test
    void aSmallPolicyHasNoSizeWarning() {
        StateMachine m = StateMachine.builder(PassState.builder("A").build()).build();
        assertTrue(m.render(CTX).warnings().stream().noneMatch(s -> s.contains("SFN-W004")));
    }
}
