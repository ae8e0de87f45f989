package io.github.sfntasks.provider.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Placeholders in the function of {@code lambda:invoke} and {@code lambda:evaluateExpression}. The expected values are
 * written from the AWS CDK's rules, not taken from a render: the CDK's LambdaInvoke renders
 * {@code FunctionName: lambdaFunction.functionArn} and grants {@code lambda:InvokeFunction} on
 * {@code [functionArn, functionArn + ":*"]}, so a whole placeholder is the function ARN, kept as it is in both; a
 * name is made an ARN as {@code Stack.formatArn} does ({@code arn:<partition>:lambda:<region>:<account>:function:<name>}).
 */
class PlaceholderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RenderContext CFN = RenderContext.cloudFormation();
    private static final RenderContext AWS = RenderContext.of("aws", "us-east-1", "123456789012");
    private static final List<RenderContext> CONTEXTS = List.of(CFN, AWS);

    /** A whole placeholder: the function ARN. */
    private static final List<String> WHOLE = List.of("${ValidateFunction}", "${ValidateFunction.Arn}", "${Token[TOKEN.42]}");
    private static final String ARN_WITH_PLACEHOLDERS =
            "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${ValidateFunction}";

    private static PolicyStatement invoke(String... resources) {
        return PolicyStatement.allow("lambda:InvokeFunction", resources);
    }

    private static String prefix(RenderContext c) {
        return "arn:" + c.partition() + ":lambda:" + c.region() + ":" + c.account() + ":function:";
    }

    @Test
    void aWholePlaceholderIsTheFunctionArnRenderedAndGrantedAsItIs() {
        for (RenderContext c : CONTEXTS) {
            for (String fn : WHOLE) {
                LambdaInvoke task = LambdaInvoke.builder("Invoke").lambdaFunction(fn).build();
                assertEquals(fn, task.toState(c).at("/Parameters/FunctionName").textValue());
                assertEquals(List.of(invoke(fn, fn + ":*")), task.policyStatements(c));
                assertEquals(List.of(), task.warnings(c));
            }
        }
    }

    @Test
    void aNameWithAPlaceholderIsMadeAnArnInTheGrantOnly() {
        for (RenderContext c : CONTEXTS) {
            LambdaInvoke task = LambdaInvoke.builder("Invoke").lambdaFunction("validate-${Stage}").build();
            assertEquals("validate-${Stage}", task.toState(c).at("/Parameters/FunctionName").textValue());
            String arn = prefix(c) + "validate-${Stage}";
            assertEquals(List.of(invoke(arn, arn + ":*")), task.policyStatements(c));
        }
    }

    @Test
    void anArnBuiltOfPlaceholdersIsKeptWhole() {
        for (RenderContext c : CONTEXTS) {
            LambdaInvoke task = LambdaInvoke.builder("Invoke").lambdaFunction(ARN_WITH_PLACEHOLDERS).build();
            assertEquals(ARN_WITH_PLACEHOLDERS, task.toState(c).at("/Parameters/FunctionName").textValue());
            assertEquals(List.of(invoke(ARN_WITH_PLACEHOLDERS, ARN_WITH_PLACEHOLDERS + ":*")), task.policyStatements(c));
        }
    }

    @Test
    void aQualifierAfterAPlaceholderNameIsGrantedAloneAndColonsInsidePlaceholdersSplitNothing() {
        // A known qualifier grants the qualified ARN only (this provider's documented narrowing of the CDK).
        LambdaInvoke aliased = LambdaInvoke.builder("Invoke").lambdaFunction("validate-${Stage}:live").build();
        assertEquals(List.of(invoke(prefix(AWS) + "validate-${Stage}:live")), aliased.policyStatements(AWS));
        LambdaInvoke stackNamed = LambdaInvoke.builder("Invoke").lambdaFunction("${AWS::StackName}-validate").build();
        String arn = prefix(AWS) + "${AWS::StackName}-validate";
        assertEquals(List.of(invoke(arn, arn + ":*")), stackNamed.policyStatements(AWS));
        LambdaInvoke partial = LambdaInvoke.builder("Invoke").lambdaFunction("${AWS::AccountId}:function:validate").build();
        String partialArn = "arn:aws:lambda:us-east-1:${AWS::AccountId}:function:validate";
        assertEquals(List.of(invoke(partialArn, partialArn + ":*")), partial.policyStatements(AWS));
    }

    @Test
    void payloadResponseOnlyMakesTheWholePlaceholderTheResource() {
        LambdaInvoke task = LambdaInvoke.builder("Invoke").lambdaFunction("${Token[TOKEN.42]}").payloadResponseOnly(true).build();
        assertEquals("${Token[TOKEN.42]}", task.toState(CFN).get("Resource").textValue());
    }

    @Test
    void aWorkflowFileTakesThePlaceholdersToo() throws Exception {
        for (String fn : List.of("${ValidateFunction.Arn}", "${Token[TOKEN.42]}", "validate-${Stage}", ARN_WITH_PLACEHOLDERS)) {
            ObjectNode props = JSON.createObjectNode().put("lambdaFunction", fn);
            Task read = new LambdaInvokeProvider().create(TaskRequest.of("Invoke", props));
            LambdaInvoke built = LambdaInvoke.builder("Invoke").lambdaFunction(fn).build();
            assertEquals(built.toState(CFN), read.toState(CFN));
            assertEquals(built.policyStatements(CFN), read.policyStatements(CFN));
        }
    }

    @Test
    void aWildcardInAnyPositionIsRefusedNamingStateAndProperty() {
        for (String bad : List.of("arn:*:lambda:us-east-1:123456789012:function:f", "arn:aws:lambda:*:123456789012:function:f",
                "arn:aws:lambda:us-east-1:*:function:f", "arn:aws:lambda:us-east-1:123456789012:function:*",
                "arn:aws:lambda:us-east-1:123456789012:function:f?", "arn:aws:lambda:?:123456789012:function:f",
                "arn:${AWS::Partition}:lambda:*:${AWS::AccountId}:function:${Fn}", "f-${Stage}*", "${Fn}:*")) {
            TaskValidationException e = assertThrows(TaskValidationException.class,
                    () -> LambdaInvoke.builder("Invoke").lambdaFunction(bad).build(), bad);
            assertEquals("Invoke", e.stateName(), bad);
            assertEquals("lambdaFunction", e.property(), bad);
            TaskValidationException ev = assertThrows(TaskValidationException.class,
                    () -> EvaluateExpression.builder("Eval").expression("$.a").functionArn(bad).build(), bad);
            assertEquals("Eval", ev.stateName(), bad);
            assertEquals("functionArn", ev.property(), bad);
        }
    }

    @Test
    void theLiteralPartsAroundPlaceholdersAreChecked() {
        for (String bad : List.of("my fn-${Stage}", "arn:aws:sns:us-east-1:123456789012:${Topic}",
                "arn:aws:lambda:us-east-1:123456789012:layer:${Layer}", "f-${Stage}:a:b", "f-${Stage}:al ias")) {
            TaskValidationException e = assertThrows(TaskValidationException.class,
                    () -> LambdaInvoke.builder("Invoke").lambdaFunction(bad).build(), bad);
            assertEquals("lambdaFunction", e.property(), bad);
        }
        // ${!Literal} is CloudFormation's escape, not a placeholder: the literal text is checked, and refused.
        assertThrows(TaskValidationException.class, () -> LambdaInvoke.builder("Invoke").lambdaFunction("${!Fn}").build());
    }

    @Test
    void aFunctionChosenAtRunTimeIsGrantedAccountWideWithAWarning() {
        LambdaInvoke task = LambdaInvoke.builder("Invoke").lambdaFunction(JsonPath.stringAt("$.fn")).build();
        assertEquals(List.of(invoke("arn:aws:lambda:us-east-1:123456789012:function:*")), task.policyStatements(AWS));
        List<TaskWarning> w = task.warnings(AWS);
        assertEquals(1, w.size());
        assertEquals(WarningCode.WIDENED_GRANT, w.get(0).code());
        assertEquals("Invoke", w.get(0).stateName());
        assertEquals("lambdaFunction", w.get(0).property());
    }

    @Test
    void evaluateExpressionTakesTheSameForms() {
        for (RenderContext c : CONTEXTS) {
            for (String fn : WHOLE) {
                EvaluateExpression task = EvaluateExpression.builder("Eval").expression("$.a + 1").functionArn(fn).build();
                assertEquals(fn, task.toState(c).get("Resource").textValue());
                assertEquals(List.of(invoke(fn, fn + ":*")), task.policyStatements(c));
            }
            EvaluateExpression named = EvaluateExpression.builder("Eval").expression("$.a").functionArn("eval-${Stage}").build();
            String arn = prefix(c) + "eval-${Stage}";
            assertEquals(arn, named.toState(c).get("Resource").textValue());
            assertEquals(List.of(invoke(arn, arn + ":*")), named.policyStatements(c));
            EvaluateExpression full = EvaluateExpression.builder("Eval").expression("$.a").functionArn(ARN_WITH_PLACEHOLDERS).build();
            assertEquals(ARN_WITH_PLACEHOLDERS, full.toState(c).get("Resource").textValue());
        }
    }

    @Test
    void theSchemasAdmitPlaceholdersAndNameTheResource() {
        ObjectNode invoke = new LambdaInvokeProvider().propertiesSchema();
        // As Shape writes a resource field: the property is dynamic, so its first alternative carries the annotation.
        assertEquals("lambda:function:", invoke.at("/properties/lambdaFunction/anyOf/0/x-sfn-resource").textValue());
        Pattern placeholder = Pattern.compile(invoke.at("/properties/lambdaFunction/anyOf/0/anyOf/1/pattern").textValue());
        for (String fn : List.of("${ValidateFunction}", "${Token[TOKEN.42]}", "validate-${Stage}", ARN_WITH_PLACEHOLDERS)) {
            assertTrue(placeholder.matcher(fn).find(), fn);
        }
        ObjectNode eval = new EvaluateExpressionProvider().propertiesSchema();
        assertEquals("lambda:function:", eval.at("/properties/functionArn/x-sfn-resource").textValue());
        assertEquals("string", eval.at("/properties/functionArn/anyOf/1/type").textValue());
    }
}
