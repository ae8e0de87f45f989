package io.github.sfntasks.provider.lambda;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.testing.ExpectedJson;
import io.github.sfntasks.testing.ValidationAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static io.github.sfntasks.testing.ExpectedJson.CONTEXT;
import static io.github.sfntasks.testing.ExpectedJson.assertRenders;
import static io.github.sfntasks.testing.ExpectedJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Lambda-backed form, {@code lambda:evaluateExpression}. */
class EvaluateExpressionTest {

    private static final String EVALUATOR = "arn:aws:lambda:us-east-1:123456789012:function:evaluate-expression";

    private final EvaluateExpressionProvider provider = new EvaluateExpressionProvider();

    private Task workflow(String stateName, String properties, StateOptions options) {
        return provider.create(TaskRequest.of(stateName, EvaluateExpression.TYPE_ID, object(properties), null, null, options));
    }

    private static void assertInvalid(Executable build, ErrorCode code, String stateName, String property) {
        ValidationAssertions.assertInvalid(code, stateName, property, build);
    }

    // Seed README (Evaluate Expression): "Convert to seconds".

    @Test
    void readmeConvertToSecondsWithTheBuilder() {
        EvaluateExpression task = EvaluateExpression.builder("Convert to seconds")
                .expression("$.waitMilliseconds / 1000")
                .functionArn(EVALUATOR)
                .resultPath("$.waitSeconds")
                .build();
        assertRenders(task, EvaluateExpressionTest.class, "/lambda/evaluate-expression/convert-to-seconds.lambda.state.json", "/lambda/evaluate-expression/evaluator.policy.json");
        assertEquals(List.of("$.waitMilliseconds"), task.paths());
    }

    @Test
    void readmeConvertToSecondsFromAWorkflowFile() {
        Task task = workflow("Convert to seconds", """
                {"expression": "$.waitMilliseconds / 1000", "functionArn": "%s"}""".formatted(EVALUATOR),
                StateOptions.builder().resultPath("$.waitSeconds").build());
        assertRenders(task, EvaluateExpressionTest.class, "/lambda/evaluate-expression/convert-to-seconds.lambda.state.json", "/lambda/evaluate-expression/evaluator.policy.json");
    }

    // Seed README: "Create message" -- a template literal, runtime NODEJS_14_X.

    @Test
    void readmeCreateMessageWithTheBuilder() {
        EvaluateExpression task = EvaluateExpression.builder("Create message")
                .expression("`Now waiting ${$.waitSeconds} seconds...`")
                .runtime("nodejs14.x")
                .functionArn(EVALUATOR)
                .resultPath("$.message")
                .build();
        assertRenders(task, EvaluateExpressionTest.class, "/lambda/evaluate-expression/create-message.lambda.state.json", "/lambda/evaluate-expression/evaluator.policy.json");
        assertEquals("nodejs14.x", task.runtime());
    }

    @Test
    void readmeCreateMessageFromAWorkflowFile() {
        Task task = workflow("Create message", """
                {"expression": "`Now waiting ${$.waitSeconds} seconds...`", "runtime": "nodejs14.x",
                 "functionArn": "%s"}""".formatted(EVALUATOR),
                StateOptions.builder().resultPath("$.message").build());
        assertRenders(task, EvaluateExpressionTest.class, "/lambda/evaluate-expression/create-message.lambda.state.json", "/lambda/evaluate-expression/evaluator.policy.json");
    }

    // CDK v2 README: "Convert to seconds" with architecture ARM_64 and no resultPath.

    @Test
    void readmeConvertToSecondsOnArm64() {
        EvaluateExpression task = EvaluateExpression.builder("Convert to seconds")
                .expression("$.waitMilliseconds / 1000")
                .architecture("arm64")
                .functionArn(EVALUATOR)
                .build();
        assertRenders(task, EvaluateExpressionTest.class, "/lambda/evaluate-expression/convert-to-seconds-arm64.lambda.state.json", "/lambda/evaluate-expression/evaluator.policy.json");
        Task fromWorkflow = workflow("Convert to seconds", """
                {"expression": "$.waitMilliseconds / 1000", "architecture": "arm64", "functionArn": "%s"}"""
                .formatted(EVALUATOR), null);
        assertRenders(fromWorkflow, EvaluateExpressionTest.class, "/lambda/evaluate-expression/convert-to-seconds-arm64.lambda.state.json", "/lambda/evaluate-expression/evaluator.policy.json");
    }

    @Test
    void sendsEachDistinctPathOnceInOrderOfAppearance() {
        EvaluateExpression task = EvaluateExpression.builder("Sum")
                .expression("$.a + $.b[0] + $.a").functionArn(EVALUATOR).build();
        assertRenders(task, EvaluateExpressionTest.class, "/lambda/evaluate-expression/sum-repeated-paths.lambda.state.json", "/lambda/evaluate-expression/evaluator.policy.json");
    }

    @Test
    void rendersArgumentsWithJsonataValuesInAJsonataState() {
        EvaluateExpression task = EvaluateExpression.builder("Convert to seconds")
                .queryLanguage(QueryLanguage.JSONATA)
                .expression("$.waitMilliseconds / 1000")
                .functionArn(EVALUATOR)
                .output(JsonataExpression.of("$merge([$states.input, {\"waitSeconds\": $states.result}])"))
                .build();
        assertRenders(task, EvaluateExpressionTest.class, "/lambda/evaluate-expression/convert-to-seconds.lambda-jsonata.state.json", "/lambda/evaluate-expression/evaluator.policy.json");
    }

    @Test
    void makesAnArnOfAFunctionName() {
        EvaluateExpression task = EvaluateExpression.builder("Eval").expression("$.a * 2")
                .functionArn("evaluate-expression").build();
        assertEquals(EVALUATOR, task.toState(CONTEXT).get("Resource").textValue());
        assertEquals(ExpectedJson.read(EvaluateExpressionTest.class, "/lambda/evaluate-expression/evaluator.policy.json"), ExpectedJson.statements(task, CONTEXT));
    }

    @Test
    void grantsOnlyTheQualifiedFunctionWhenAnAliasIsGiven() {
        EvaluateExpression task = EvaluateExpression.builder("Eval").expression("$.a * 2")
                .functionArn(EVALUATOR + ":live").build();
        assertEquals(object("{\"s\": [{\"Effect\": \"Allow\", \"Action\": \"lambda:InvokeFunction\", \"Resource\": \""
                + EVALUATOR + ":live\"}]}").get("s"), ExpectedJson.statements(task, CONTEXT));
    }

    @Test
    void shipsTheEvaluatorSource() {
        String source = EvaluateExpression.handlerSource();
        assertTrue(source.contains("exports.handler"), "handler entry point");
        assertTrue(source.contains("expressionAttributeValues"), "reads the event the state sends");
        assertTrue(source.contains("Node.js 20.x or later"), "says its runtime");
    }

    // ---- errors -----------------------------------------------------------------------------------

    @Test
    void rejectsAMissingFunction() {
        assertInvalid(() -> workflow("Eval", "{\"expression\": \"$.a\"}", null),
                ErrorCode.MISSING_PROPERTY, "Eval", "functionArn");
    }

    @Test
    void rejectsAMissingExpression() {
        assertInvalid(() -> EvaluateExpression.builder("Eval").functionArn(EVALUATOR).build(),
                ErrorCode.MISSING_PROPERTY, "Eval", "expression");
    }

    @Test
    void rejectsABlankExpression() {
        assertInvalid(() -> EvaluateExpression.builder("Eval").expression("  ").functionArn(EVALUATOR).build(),
                ErrorCode.INVALID_PROPERTY, "Eval", "expression");
    }

    @Test
    void rejectsAFunctionThatIsNotALambdaFunction() {
        assertInvalid(() -> EvaluateExpression.builder("Eval").expression("$.a").functionArn("arn:aws:sqs:us-east-1:123456789012:q")
                .build(), ErrorCode.INVALID_PROPERTY, "Eval", "functionArn");
    }

    @Test
    void rejectsARuntimeOutsideTheNodeJsFamily() {
        assertInvalid(() -> workflow("Eval", """
                {"expression": "$.a", "functionArn": "%s", "runtime": "python3.12"}""".formatted(EVALUATOR), null),
                ErrorCode.INVALID_PROPERTY, "Eval", "runtime");
    }

    @Test
    void rejectsAnUnknownArchitecture() {
        assertInvalid(() -> workflow("Eval", """
                {"expression": "$.a", "functionArn": "%s", "architecture": "ARM_64"}""".formatted(EVALUATOR), null),
                ErrorCode.INVALID_PROPERTY, "Eval", "architecture");
    }

    @Test
    void rejectsCallbackAndJobPatterns() {
        assertInvalid(() -> EvaluateExpression.builder("Eval").expression("$.a").functionArn(EVALUATOR)
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build(),
                ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, "Eval", "integrationPattern");
    }

    @Test
    void rejectsAMalformedPathInTheExpression() {
        assertInvalid(() -> EvaluateExpression.builder("Eval").expression("$.a[ + 1").functionArn(EVALUATOR).build(),
                ErrorCode.INVALID_PATH, "Eval", "expression");
    }

    @Test
    void rejectsAJsonataOutputInAJsonPathState() {
        assertInvalid(() -> EvaluateExpression.builder("Eval").expression("$.a").functionArn(EVALUATOR)
                        .output(JsonataExpression.of("$states.result")).build(),
                ErrorCode.QUERY_LANGUAGE_MISMATCH, "Eval", "Output");
    }

    @Test
    void rejectsAnUnknownProperty() {
        assertInvalid(() -> workflow("Eval", """
                {"expression": "$.a", "functionArn": "%s", "runtme": "nodejs20.x"}""".formatted(EVALUATOR), null),
                ErrorCode.UNKNOWN_PROPERTY, "Eval", "runtme");
    }

    @Test
    void rejectsAnExpressionWrittenAsJsonataInAJsonataState() {
        assertInvalid(() -> provider.create(TaskRequest.of("Eval", EvaluateExpression.TYPE_ID,
                        object("{\"expression\": \"{% $states.input.a %}\", \"functionArn\": \"" + EVALUATOR + "\"}"),
                        null, QueryLanguage.JSONATA, null)),
                ErrorCode.INVALID_PROPERTY, "Eval", "expression");
    }
}
