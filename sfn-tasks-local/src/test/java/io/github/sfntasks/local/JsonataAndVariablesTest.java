package io.github.sfntasks.local;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** JSONata states and workflow variables. */
class JsonataAndVariablesTest {

    @Test
    @DisplayName("Arguments and Output with $states (https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html)")
    void argumentsAndOutputReadStates() {
        LocalRunner.of("""
            {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Arguments": {"FunctionName": "f", "Payload": {"total": "{% $sum($states.input.items.price) %}"}},
              "Output": {"result": "{% $states.result.Payload %}", "n": "{% $count($states.input.items) %}"},
              "End": true}}}
            """).mocks(Mocks.builder().answers("T", c -> MockResponse.returning(c.input())).build())
                .start("{\"items\": [{\"price\": 2}, {\"price\": 3.5}]}")
                .assertOutput("{\"result\": {\"total\": 5.5}, \"n\": 2}");
    }

    @Test
    @DisplayName("Assign, then read a variable later (https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html)")
    void assignedVariablesAreVisibleInLaterStatesNotInTheSameState() {
        LocalRunner.of("""
            {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
              "A": {"Type": "Pass", "Assign": {"productName": "product1", "count": 42, "available": true},
                    "Output": {"seen": "{% $exists($productName) %}"}, "Next": "B"},
              "B": {"Type": "Pass", "Output": {"name": "{% $productName %}", "next": "{% $count + 1 %}",
                    "before": "{% $states.input.seen %}"}, "End": true}}}
            """).start("{}").assertOutput("{\"name\": \"product1\", \"next\": 43, \"before\": false}");
    }

    @Test
    void variablesAssignedInAMapIterationAreNotVisibleOutside() {
        LocalRunner.of("""
            {"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
              "Init": {"Type": "Pass", "Assign": {"outer": 1}, "Next": "M"},
              "M": {"Type": "Map", "Items": "{% [1, 2] %}", "ItemProcessor": {"StartAt": "In", "States": {
                  "In": {"Type": "Pass", "Assign": {"inner": "{% $states.input * 10 %}"}, "Next": "Read"},
                  "Read": {"Type": "Pass", "Output": "{% $inner + $outer %}", "End": true}}},
                "Next": "After"},
              "After": {"Type": "Pass", "Output": {"results": "{% $states.input %}", "inner": "{% $exists($inner) %}"},
                "End": true}}}
            """).start("{}").assertOutput("{\"results\": [11, 21], \"inner\": false}");
    }

    @Test
    void jsonPathStatesReadAndAssignVariables() {
        LocalRunner.of("""
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Result": {"id": 7}, "Assign": {"orderId.$": "$.id"}, "Next": "B"},
              "B": {"Type": "Pass", "Parameters": {"order.$": "$orderId"}, "End": true}}}
            """).start("{}").assertOutput("{\"order\": 7}");
    }

    @Test
    void choiceConditionAndPerStateQueryLanguage() {
        LocalRunner r = LocalRunner.of("""
            {"StartAt": "Shape", "States": {
              "Shape": {"Type": "Pass", "Parameters": {"v.$": "$.value"}, "Next": "C"},
              "C": {"Type": "Choice", "QueryLanguage": "JSONata", "Choices": [
                {"Condition": "{% $states.input.v > 10 %}", "Next": "Big", "Output": {"size": "big"}}],
                "Default": "Small"},
              "Big": {"Type": "Succeed"}, "Small": {"Type": "Succeed"}}}
            """);
        r.start("{\"value\": 11}").assertPath("Shape", "C", "Big").assertOutput("{\"size\": \"big\"}");
        r.start("{\"value\": 1}").assertPath("Shape", "C", "Small");
    }

    @Test
    void catchExposesErrorOutputToJsonata() {
        LocalRunner.of("""
            {"QueryLanguage": "JSONata", "StartAt": "T", "States": {
              "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{"ErrorEquals": ["States.ALL"],
                "Output": {"why": "{% $states.errorOutput.Error %}"}, "Next": "F"}], "End": true},
              "F": {"Type": "Fail", "Error": "{% 'Wrapped.' & $states.input.why %}"}}}
            """).mocks(Mocks.builder().fails("T", "Boom", "c").build()).start("{}").assertFailedWith("Wrapped.Boom");
    }

    @Test
    void aFailingExpressionIsAQueryEvaluationError() {
        LocalRunner.of("""
            {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass",
              "Output": "{% $states.input.a + 'x' %}", "End": true}}}
            """).start("{\"a\": 1}").assertFailedWith("States.QueryEvaluationError");
    }

    @Test
    void stepFunctionsJsonataFunctionsAreAvailable() {
        LocalRunner.of("""
            {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass",
              "Output": {"p": "{% $partition([1,2,3,4,5], 2) %}", "r": "{% $range(0, 10, 5) %}",
                         "h": "{% $hash('input data', 'SHA-1') %}", "j": "{% $parse('{\\"a\\": 1}') %}"}, "End": true}}}
            """).start("{}").assertOutput("{\"p\": [[1,2],[3,4],[5]], \"r\": [0,5,10],"
                + " \"h\": \"aaff4a450a104cd177d28d18d74485e8cae074b7\", \"j\": {\"a\": 1}}");
    }

    @Test
    void jsonataWaitAndContext() {
        Execution ex = LocalRunner.of("""
            {"QueryLanguage": "JSONata", "StartAt": "W", "States": {"W": {"Type": "Wait",
              "Seconds": "{% $states.input.s %}", "Output": "{% $states.context.State.Name %}", "End": true}}}
            """).start("{\"s\": 5}");
        ex.assertOutput("\"W\"");
        org.junit.jupiter.api.Assertions.assertEquals(java.time.Duration.ofSeconds(5), ex.duration());
    }
}
