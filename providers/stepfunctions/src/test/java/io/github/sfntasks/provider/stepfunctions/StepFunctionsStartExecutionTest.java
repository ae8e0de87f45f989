package io.github.sfntasks.provider.stepfunctions;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.StateOptions;
import io.github.sfntasks.api.value.IntrinsicFunction;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ExpectedJson.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StepFunctionsStartExecutionTest {

    static final String CHILD = "arn:aws:states:us-east-1:123456789012:stateMachine:ChildStateMachine";

    private final StepFunctionsStartExecutionProvider provider = new StepFunctionsStartExecutionProvider();

    private Task fromWorkflow(String properties, IntegrationPattern pattern) {
        return provider.create(TaskRequest.of("ChildTask", "states:startExecution", object(properties), pattern,
                QueryLanguage.JSONPATH, null));
    }

    private Task fromJsonataWorkflow(String properties, IntegrationPattern pattern) {
        return provider.create(TaskRequest.of("ChildTask", "states:startExecution", object(properties), pattern,
                QueryLanguage.JSONATA, StateOptions.builder().queryLanguage(QueryLanguage.JSONATA).build()));
    }

    private static StepFunctionsStartExecution.Builder child() {
        return StepFunctionsStartExecution.builder("ChildTask").stateMachine(CHILD);
    }

    // ---- the seed README's examples ----------------------------------------------------------------

    /** README "Start Execution": the callback example with token, foo and an execution name. */
    @Test
    void readmeExampleStartsChildWithCallback() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("token", JsonPath.taskToken());
        input.put("foo", "bar");
        Task typed = child()
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .input(TaskInput.fromObject(input))
                .name("MyExecutionName")
                .build();
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/readme-start-execution-callback.json").assertRenders(typed);

        Task workflow = fromWorkflow("""
                {"stateMachine": "%s", "input": {"token.$": "$$.Task.Token", "foo": "bar"}, "name": "MyExecutionName"}
                """.formatted(CHILD), IntegrationPattern.WAIT_FOR_TASK_TOKEN);
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/readme-start-execution-callback.json").assertRenders(workflow);
    }

    /** README "Start Execution": {@code associate_with_parent=True} without an input. */
    @Test
    void readmeExampleAssociatesWithParent() {
        Task typed = child().associateWithParent(true).build();
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/readme-start-execution-associate.json").assertRenders(typed);

        Task workflow = fromWorkflow("{\"stateMachine\": \"" + CHILD + "\", \"associateWithParent\": true}", null);
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/readme-start-execution-associate.json").assertRenders(workflow);
    }

    // ---- RUN_JOB, names, paths ------------------------------------------------------------------------

    @Test
    void runJobRendersSync2AndAddsAssociationAfterInputMembers() {
        Task typed = child().integrationPattern(IntegrationPattern.RUN_JOB)
                .input(TaskInput.fromObject(Map.of("orderId", JsonPath.stringAt("$.id"))))
                .associateWithParent(true)
                .build();
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/run-job-associate-input.json").assertRenders(typed);

        Task workflow = fromWorkflow("""
                {"stateMachine": "%s", "input": {"orderId.$": "$.id"}, "associateWithParent": true}
                """.formatted(CHILD), IntegrationPattern.RUN_JOB);
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/run-job-associate-input.json").assertRenders(workflow);
    }

    @Test
    void runJobWithJsonStringOutputRendersPlainSync() {
        Task typed = child().integrationPattern(IntegrationPattern.RUN_JOB)
                .outputFormat(ExecutionOutputFormat.JSON_STRING).build();
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/run-job-json-string.json").assertRenders(typed);

        Task workflow = fromWorkflow("{\"stateMachine\": \"" + CHILD + "\", \"outputFormat\": \"JSON_STRING\"}",
                IntegrationPattern.RUN_JOB);
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/run-job-json-string.json").assertRenders(workflow);
    }

    @Test
    void runJobWithExplicitJsonOutputEqualsTheDefault() {
        assertEquals(render(child().integrationPattern(IntegrationPattern.RUN_JOB).build()),
                render(child().integrationPattern(IntegrationPattern.RUN_JOB).outputFormat(ExecutionOutputFormat.JSON).build()));
    }

    @Test
    void aliasArnIsStartedAsGivenButAuthorizedOnTheStateMachine() {
        Task typed = StepFunctionsStartExecution.builder("ChildTask").stateMachine(CHILD + ":PROD")
                .integrationPattern(IntegrationPattern.RUN_JOB).build();
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/run-job-alias.json").assertRenders(typed);

        Task workflow = fromWorkflow("{\"stateMachine\": \"" + CHILD + ":PROD\"}", IntegrationPattern.RUN_JOB);
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/run-job-alias.json").assertRenders(workflow);
    }

    @Test
    void stateMachineByNameBecomesArnOfTheContext() {
        Task typed = StepFunctionsStartExecution.builder("ChildTask").stateMachine("ChildStateMachine")
                .input(TaskInput.fromJsonPathAt("$.order"))
                .name(IntrinsicFunction.format("order-{}", JsonPath.stringAt("$.order.id")))
                .build();
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/by-name.json").assertRenders(typed);

        Task workflow = fromWorkflow("""
                {"stateMachine": "ChildStateMachine", "input.$": "$.order",
                 "name.$": "States.Format('order-{}', $.order.id)"}
                """, null);
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/by-name.json").assertRenders(workflow);
    }

    @Test
    void stateMachineChosenAtRunTimeGrantsPatterns() {
        Task typed = StepFunctionsStartExecution.builder("ChildTask").stateMachine(JsonPath.stringAt("$.machineArn"))
                .integrationPattern(IntegrationPattern.RUN_JOB).build();
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/dynamic-machine.json").assertRenders(typed);

        Task workflow = fromWorkflow("{\"stateMachine.$\": \"$.machineArn\"}", IntegrationPattern.RUN_JOB);
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/dynamic-machine.json").assertRenders(workflow);
    }

    @Test
    void stateMachineOfAnotherAccountGrantsItsOwnExecutions() {
        Task typed = StepFunctionsStartExecution.builder("ChildTask")
                .stateMachine("arn:aws:states:eu-west-1:111122223333:stateMachine:Shared")
                .integrationPattern(IntegrationPattern.RUN_JOB).build();
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/cross-account-run-job.json").assertRenders(typed);
    }

    // ---- JSONata --------------------------------------------------------------------------------------

    @Test
    void jsonataDefaultInputIsTheStateInput() {
        Task typed = child().queryLanguage(QueryLanguage.JSONATA).build();
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/jsonata-default-input.json").assertRenders(typed);

        Task workflow = fromJsonataWorkflow("{\"stateMachine\": \"" + CHILD + "\"}", null);
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/jsonata-default-input.json").assertRenders(workflow);
    }

    @Test
    void jsonataAssociationUsesTheContextExecutionId() {
        Task typed = child().queryLanguage(QueryLanguage.JSONATA)
                .input(TaskInput.fromObject(Map.of("orderId", JsonataExpression.of("$states.input.id"))))
                .name(JsonataExpression.of("$states.input.name"))
                .associateWithParent(true)
                .build();
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/jsonata-associate.json").assertRenders(typed);

        Task workflow = fromJsonataWorkflow("""
                {"stateMachine": "%s", "input": {"orderId": "{%% $states.input.id %%}"},
                 "name": "{%% $states.input.name %%}", "associateWithParent": true}
                """.formatted(CHILD), null);
        ExpectedJson.load(StepFunctionsStartExecutionTest.class, "/stepfunctions/jsonata-associate.json").assertRenders(workflow);
    }

    @Test
    void jsonataCallbackAcceptsTheContextToken() {
        child().queryLanguage(QueryLanguage.JSONATA).integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .input(TaskInput.fromObject(Map.of("token", JsonataExpression.of("$states.context.Task.Token"))))
                .build();
    }

    @Test
    void toBuilderCopiesEverything() {
        StepFunctionsStartExecution t = child().integrationPattern(IntegrationPattern.RUN_JOB)
                .input(TaskInput.fromObject(Map.of("a", 1))).name("n").associateWithParent(true)
                .outputFormat(ExecutionOutputFormat.JSON_STRING).build();
        assertEquals(render(t), render(t.toBuilder().build()));
        assertEquals(render(t), render(t.withOptions(t.options())));
    }

    // ---- errors ---------------------------------------------------------------------------------------

    @Test
    void rejectsMissingStateMachine() {
        TaskValidationException e = assertInvalid("ChildTask", "stateMachine",
                () -> StepFunctionsStartExecution.builder("ChildTask").build());
        assertEquals(ErrorCode.MISSING_PROPERTY, e.code());
        assertInvalid("ChildTask", "stateMachine", () -> fromWorkflow("{}", null));
    }

    @Test
    void rejectsArnOfAnotherResourceType() {
        assertInvalid("ChildTask", "stateMachine", () -> StepFunctionsStartExecution.builder("ChildTask")
                .stateMachine("arn:aws:lambda:us-east-1:123456789012:function:fn").build());
        assertInvalid("ChildTask", "stateMachine", () -> StepFunctionsStartExecution.builder("ChildTask")
                .stateMachine("arn:aws:states:us-east-1:123456789012:activity:a").build());
        assertInvalid("ChildTask", "stateMachine", () -> StepFunctionsStartExecution.builder("ChildTask")
                .stateMachine("arn:aws").build());
        assertInvalid("ChildTask", "stateMachine", () -> fromWorkflow("{\"stateMachine\": \"my machine\"}", null));
    }

    @Test
    void rejectsExecutionNameLongerThan80Characters() {
        child().name("n".repeat(80)).build();
        TaskValidationException e = assertInvalid("ChildTask", "name", () -> child().name("n".repeat(81)).build());
        assertEquals(ErrorCode.INVALID_PROPERTY, e.code());
    }

    @Test
    void rejectsExecutionNameWithForbiddenCharacters() {
        for (String bad : new String[] {"my name", "a/b", "a:b", "a*b", "a{b", "a\u0001b", ""}) {
            assertInvalid("ChildTask", "name", () -> child().name(bad).build());
        }
        assertInvalid("ChildTask", "name",
                () -> fromWorkflow("{\"stateMachine\": \"" + CHILD + "\", \"name\": 12}", null));
    }

    @Test
    void rejectsAssociateWithParentWhenInputIsAPath() {
        TaskValidationException e = assertInvalid("ChildTask", "input", () -> child().associateWithParent(true)
                .input(TaskInput.fromJsonPathAt("$.input")).build());
        assertEquals(ErrorCode.CONFLICTING_PROPERTIES, e.code());
        assertInvalid("ChildTask", "input", () -> fromWorkflow("""
                {"stateMachine": "%s", "input.$": "$.input", "associateWithParent": true}
                """.formatted(CHILD), null));
    }

    @Test
    void rejectsAssociateWithParentWhenInputIsAJsonataExpression() {
        assertInvalid("ChildTask", "input", () -> child().queryLanguage(QueryLanguage.JSONATA).associateWithParent(true)
                .input(TaskInput.fromJsonata("$states.input")).build());
    }

    @Test
    void rejectsAssociateWithParentWhenInputAlreadyCarriesTheId() {
        assertInvalid("ChildTask", "input." + StepFunctionsStartExecution.STARTED_BY_KEY,
                () -> child().associateWithParent(true).input(TaskInput.fromObject(
                        Map.of(StepFunctionsStartExecution.STARTED_BY_KEY, JsonPath.executionId()))).build());
    }

    @Test
    void rejectsOutputFormatOutsideRunJob() {
        TaskValidationException e = assertInvalid("ChildTask", "outputFormat",
                () -> child().outputFormat(ExecutionOutputFormat.JSON).build());
        assertEquals(ErrorCode.CONFLICTING_PROPERTIES, e.code());
        assertInvalid("ChildTask", "outputFormat",
                () -> fromWorkflow("{\"stateMachine\": \"" + CHILD + "\", \"outputFormat\": \"JSON\"}",
                        IntegrationPattern.WAIT_FOR_TASK_TOKEN));
    }

    @Test
    void rejectsUnknownOutputFormat() {
        assertInvalid("ChildTask", "outputFormat",
                () -> fromWorkflow("{\"stateMachine\": \"" + CHILD + "\", \"outputFormat\": \"XML\"}",
                        IntegrationPattern.RUN_JOB));
    }

    @Test
    void rejectsCallbackWithoutTaskToken() {
        TaskValidationException e = assertInvalid("ChildTask", "input",
                () -> child().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
        assertEquals(ErrorCode.TASK_TOKEN_REQUIRED, e.code());
        assertInvalid("ChildTask", "input", () -> child().integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
                .input(TaskInput.fromObject(Map.of("foo", "bar"))).build());
    }

    @Test
    void rejectsJsonataExpressionInJsonPathState() {
        TaskValidationException e = assertInvalid("ChildTask", "name",
                () -> child().name(JsonataExpression.of("$states.input.name")).build());
        assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, e.code());
        assertInvalid("ChildTask", "input.a", () -> child()
                .input(TaskInput.fromObject(Map.of("a", JsonataExpression.of("$states.input.a")))).build());
    }

    @Test
    void rejectsJsonPathInJsonataState() {
        TaskValidationException e = assertInvalid("ChildTask", "stateMachine", () -> child()
                .stateMachine(JsonPath.stringAt("$.arn")).queryLanguage(QueryLanguage.JSONATA).build());
        assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, e.code());
        assertInvalid("ChildTask", "name.$", () -> fromJsonataWorkflow(
                "{\"stateMachine\": \"" + CHILD + "\", \"name.$\": \"$.name\"}", null));
    }

    @Test
    void rejectsUnknownPropertyWithSuggestion() {
        TaskValidationException e = assertInvalid("ChildTask", "stateMachineArn",
                () -> fromWorkflow("{\"stateMachineArn\": \"" + CHILD + "\"}", null));
        assertEquals(ErrorCode.UNKNOWN_PROPERTY, e.code());
    }

    @Test
    void rejectsNonBooleanAssociateWithParent() {
        assertInvalid("ChildTask", "associateWithParent",
                () -> fromWorkflow("{\"stateMachine\": \"" + CHILD + "\", \"associateWithParent\": \"yes\"}", null));
    }
}
