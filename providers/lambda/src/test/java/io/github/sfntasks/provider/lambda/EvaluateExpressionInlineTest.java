package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.Catcher;
import io.github.sfntasks.api.state.Retrier;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.testing.ValidationAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.CONTEXT;
import static io.github.sfntasks.testing.ExpectedJson.assertRenders;
import static io.github.sfntasks.testing.ExpectedJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Lambda-free form, {@code jsonata:evaluateExpression}: a JSONata Pass state. */
class EvaluateExpressionInlineTest {

    private final EvaluateExpressionInlineProvider provider = new EvaluateExpressionInlineProvider();

    private Task workflow(String stateName, String properties, StateOptions options) {
        return provider.create(TaskRequest.of(stateName, EvaluateExpressionInline.TYPE_ID, object(properties), null, null, options));
    }

    private static TaskValidationException assertInvalid(Executable build, ErrorCode code, String stateName, String property) {
        return ValidationAssertions.assertInvalid(code, stateName, property, build);
    }

    // Seed README (Evaluate Expression): "Convert to seconds".

    @Test
    void readmeConvertToSecondsWithTheBuilder() {
        EvaluateExpressionInline task = EvaluateExpressionInline.builder("Convert to seconds")
                .expression("$.waitMilliseconds / 1000")
                .resultPath("$.waitSeconds")
                .build();
        assertRenders(task, EvaluateExpressionInlineTest.class, "/lambda/evaluate-expression/convert-to-seconds.inline.state.json", null);
        assertEquals("$states.input.waitMilliseconds / 1000", task.compiledExpression());
        assertEquals(QueryLanguage.JSONATA, task.queryLanguage());
    }

    @Test
    void readmeConvertToSecondsFromAWorkflowFile() {
        Task task = workflow("Convert to seconds", "{\"expression\": \"$.waitMilliseconds / 1000\"}",
                StateOptions.builder().resultPath("$.waitSeconds").build());
        assertRenders(task, EvaluateExpressionInlineTest.class, "/lambda/evaluate-expression/convert-to-seconds.inline.state.json", null);
    }

    // CDK v2 README: "Convert to seconds" without resultPath (the ARM_64 example; no function, so no architecture).

    @Test
    void readmeConvertToSecondsWithoutResultPathOutputsTheValue() {
        EvaluateExpressionInline task = EvaluateExpressionInline.builder("Convert to seconds")
                .expression("$.waitMilliseconds / 1000").build();
        assertRenders(task, EvaluateExpressionInlineTest.class, "/lambda/evaluate-expression/convert-to-seconds-no-result-path.inline.state.json", null);
    }

    // Seed README: "Create message" -- the template literal is refused here, rendered by lambda:evaluateExpression.

    @Test
    void readmeCreateMessageIsRefusedForItsTemplateLiteral() {
        TaskValidationException e = assertInvalid(() -> EvaluateExpressionInline.builder("Create message")
                        .expression("`Now waiting ${$.waitSeconds} seconds...`").resultPath("$.message").build(),
                ErrorCode.INVALID_PROPERTY, "Create message", "expression");
        assertTrue(e.detail().contains("template literal"), e.detail());
        assertTrue(e.detail().contains("lambda:evaluateExpression"), e.detail());
    }

    @Test
    void readmeCreateMessageIsRefusedFromAWorkflowFile() {
        assertInvalid(() -> workflow("Create message", "{\"expression\": \"`Now waiting ${$.waitSeconds} seconds...`\"}",
                        StateOptions.builder().resultPath("$.message").build()),
                ErrorCode.INVALID_PROPERTY, "Create message", "expression");
    }

    @Test
    void readmeCreateMessageWithoutTheTemplateIsRefusedForConcatenatingANumber() {
        // The same message written with +: the JavaScript number-to-text conversion has no faithful JSONata form.
        assertInvalid(() -> EvaluateExpressionInline.builder("Create message")
                        .expression("'Now waiting ' + $.waitSeconds + ' seconds...'").build(),
                ErrorCode.INVALID_PROPERTY, "Create message", "expression");
    }

    @Test
    void mergesTheValueAtTheResultPath() {
        assertRenders(EvaluateExpressionInline.builder("Sum").expression("$.a + $.b").resultPath("$.sum").build(), EvaluateExpressionInlineTest.class,
                "/lambda/evaluate-expression/sum.inline.state.json", null);
    }

    @Test
    void mergesIntoNestedObjectsForANestedResultPath() {
        assertRenders(EvaluateExpressionInline.builder("Total").expression("$.a * 2").resultPath("$.result.total").build(), EvaluateExpressionInlineTest.class,
                "/lambda/evaluate-expression/nested-result-path.inline.state.json", null);
    }

    @Test
    void compilesInputPathOutputPathCommentAndAssign() {
        EvaluateExpressionInline task = EvaluateExpressionInline.builder("Total")
                .comment("price times quantity")
                .inputPath("$.order")
                .expression("$.price * $.quantity")
                .resultPath("$.total")
                .outputPath("$.total")
                .assign(Map.of("lastTotal", JsonataExpression.of("$states.input.order.price * $states.input.order.quantity")))
                .build();
        assertRenders(task, EvaluateExpressionInlineTest.class, "/lambda/evaluate-expression/input-output-paths.inline.state.json", null);
    }

    @Test
    void passesTheInputThroughWhenTheResultIsDiscarded() {
        assertRenders(EvaluateExpressionInline.builder("Eval").expression("$.a + 1").resultPath(JsonPath.DISCARD).build(), EvaluateExpressionInlineTest.class,
                "/lambda/evaluate-expression/discard-result.inline.state.json", null);
    }

    @Test
    void outputsAnEmptyObjectWhenTheOutputIsDiscarded() {
        assertRenders(EvaluateExpressionInline.builder("Eval").expression("$.a + 1").outputPath(JsonPath.DISCARD).build(), EvaluateExpressionInlineTest.class,
                "/lambda/evaluate-expression/discard-output.inline.state.json", null);
    }

    @Test
    void compilesLengthComparisonAndConditional() {
        assertRenders(EvaluateExpressionInline.builder("Size").expression("$.items.length > 0 ? 'some' : 'none'")
                .resultPath("$.size").build(), EvaluateExpressionInlineTest.class, "/lambda/evaluate-expression/count-items.inline.state.json", null);
    }

    @Test
    void rendersTheSameInAJsonataMachine() {
        Task task = provider.create(TaskRequest.of("Convert to seconds", EvaluateExpressionInline.TYPE_ID,
                object("{\"expression\": \"$.waitMilliseconds / 1000\"}"), null, QueryLanguage.JSONATA, null));
        assertRenders(task, EvaluateExpressionInlineTest.class, "/lambda/evaluate-expression/convert-to-seconds-no-result-path.inline.state.json", null);
    }

    @Test
    void withOptionsCompilesAgain() {
        EvaluateExpressionInline task = EvaluateExpressionInline.builder("Convert to seconds")
                .expression("$.waitMilliseconds / 1000").build();
        Task moved = task.withOptions(StateOptions.builder().resultPath("$.waitSeconds").build());
        assertRenders(moved, EvaluateExpressionInlineTest.class, "/lambda/evaluate-expression/convert-to-seconds.inline.state.json", null);
        assertEquals(task.toState(CONTEXT), task.toBuilder().build().toState(CONTEXT));
    }

    // ---- errors -----------------------------------------------------------------------------------

    @Test
    void rejectsRetryAndCatchThatAPassStateCannotHave() {
        assertInvalid(() -> workflow("Eval", "{\"expression\": \"$.a\"}",
                        StateOptions.builder().addRetry(Retrier.builder().errors("States.ALL").build()).build()),
                ErrorCode.INVALID_STATE, "Eval", "Retry");
        assertInvalid(() -> workflow("Eval", "{\"expression\": \"$.a\"}",
                        StateOptions.builder().addCatch(Catcher.of("Failed", "States.ALL")).build()),
                ErrorCode.INVALID_STATE, "Eval", "Catch");
    }

    @Test
    void rejectsTimeoutsAndCredentials() {
        assertInvalid(() -> workflow("Eval", "{\"expression\": \"$.a\"}", StateOptions.builder().timeoutSeconds(30).build()),
                ErrorCode.INVALID_STATE, "Eval", "TimeoutSeconds");
        assertInvalid(() -> workflow("Eval", "{\"expression\": \"$.a\"}",
                        StateOptions.builder().credentialsRoleArn("arn:aws:iam::123456789012:role/r").build()),
                ErrorCode.INVALID_STATE, "Eval", "Credentials");
    }

    @Test
    void rejectsAnOutputOfItsOwn() {
        assertInvalid(() -> EvaluateExpressionInline.builder("Eval").expression("$.a")
                        .options(StateOptions.builder().output(JsonataExpression.of("$states.input")).build()).build(),
                ErrorCode.INVALID_STATE, "Eval", "Output");
    }

    @Test
    void rejectsAnExplicitJsonPathQueryLanguage() {
        assertInvalid(() -> workflow("Eval", "{\"expression\": \"$.a\"}",
                        StateOptions.builder().queryLanguage(QueryLanguage.JSONPATH).build()),
                ErrorCode.QUERY_LANGUAGE_MISMATCH, "Eval", "QueryLanguage");
    }

    @Test
    void rejectsAssignWithJsonPathValues() {
        assertInvalid(() -> workflow("Eval", "{\"expression\": \"$.a\"}",
                        StateOptions.builder().assign(ObjectValue.builder().put("x", JsonPath.of("$.a")).build()).build()),
                ErrorCode.QUERY_LANGUAGE_MISMATCH, "Eval", "Assign.x");
    }

    @Test
    void rejectsAResultPathIntoAnArrayElement() {
        assertInvalid(() -> EvaluateExpressionInline.builder("Eval").expression("$.a").resultPath("$.list[0]").build(),
                ErrorCode.INVALID_PATH, "Eval", "ResultPath");
    }

    @Test
    void rejectsADiscardedInputPath() {
        assertInvalid(() -> workflow("Eval", "{\"expression\": \"$.a\"}", StateOptions.builder().inputPath(JsonPath.DISCARD).build()),
                ErrorCode.INVALID_PATH, "Eval", "InputPath");
    }

    @Test
    void rejectsAnInputPathThatIsNotAReferencePath() {
        assertInvalid(() -> EvaluateExpressionInline.builder("Eval").expression("$.a").inputPath("$.items[*]").build(),
                ErrorCode.INVALID_PATH, "Eval", "InputPath");
    }

    @Test
    void rejectsCallbackPatterns() {
        assertInvalid(() -> provider.create(TaskRequest.of("Eval", EvaluateExpressionInline.TYPE_ID,
                        object("{\"expression\": \"$.a\"}"), IntegrationPattern.WAIT_FOR_TASK_TOKEN, null, null)),
                ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "Eval", "integrationPattern");
    }

    @Test
    void rejectsAMissingExpression() {
        assertInvalid(() -> workflow("Eval", "{}", null), ErrorCode.MISSING_PROPERTY, "Eval", "expression");
        assertInvalid(() -> EvaluateExpressionInline.builder("Eval").build(), ErrorCode.MISSING_PROPERTY, "Eval", "expression");
    }

    @Test
    void rejectsAFunctionPropertyItDoesNotHave() {
        assertInvalid(() -> workflow("Eval", "{\"expression\": \"$.a\", \"functionArn\": \"evaluate-expression\"}", null),
                ErrorCode.UNKNOWN_PROPERTY, "Eval", "functionArn");
    }

    @Test
    void rejectsAStateNameLongerThan80Characters() {
        assertInvalid(() -> EvaluateExpressionInline.builder("x".repeat(81)).expression("$.a").build(),
                ErrorCode.INVALID_STATE_NAME, "x".repeat(81), null);
    }

    @Test
    void grantsNothing() {
        assertTrue(EvaluateExpressionInline.builder("Eval").expression("$.a").build().policyStatements(CONTEXT).isEmpty());
    }
}
