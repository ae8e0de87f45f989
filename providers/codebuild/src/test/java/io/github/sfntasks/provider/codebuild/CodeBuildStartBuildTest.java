package io.github.sfntasks.provider.codebuild;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.provider.codebuild.BuildEnvironmentVariable.BuildEnvironmentVariableType;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CodeBuildStartBuildTest {

    private static final RenderContext AWS = ExpectedJson.CONTEXT;
    private final CodeBuildStartBuildProvider provider = new CodeBuildStartBuildProvider();

    private Task fromWorkflow(String stateName, IntegrationPattern pattern, String properties) {
        return provider.create(TaskRequest.of(stateName, "codebuild:startBuild", object(properties), pattern, QueryLanguage.JSONPATH, null));
    }

    /** README "CodeBuild / StartBuild": MyTestProject, RUN_JOB, ZONE from $.envVariables.zone. */
    @Test
    void readmeExampleStartsTheProjectAndWaitsWithAPathVariable() {
        Task typed = CodeBuildStartBuild.builder("Task").project("MyTestProject")
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .environmentVariablesOverride(Map.of("ZONE",
                        BuildEnvironmentVariable.of(BuildEnvironmentVariableType.PLAINTEXT, JsonPath.stringAt("$.envVariables.zone"))))
                .build();
        ExpectedJson expected = ExpectedJson.load(CodeBuildStartBuildTest.class, "/codebuild/readme-start-build.json");
        String a = expected.assertRenders(typed);
        Task workflow = fromWorkflow("Task", IntegrationPattern.RUN_JOB, """
                {"project": "MyTestProject",
                 "environmentVariablesOverride": {"ZONE": {"type": "PLAINTEXT", "value.$": "$.envVariables.zone"}}}
                """);
        assertEquals(a, expected.assertRenders(workflow));
    }

    @Test
    void requestResponseByArnRendersTheNameGrantsStartBuildOnTheArnAndDefaultsTheTypeToPlaintext() {
        Map<String, BuildEnvironmentVariable> vars = new LinkedHashMap<>();
        vars.put("TOKEN", BuildEnvironmentVariable.of(BuildEnvironmentVariableType.PARAMETER_STORE, "/ci/token"));
        vars.put("DB_PASSWORD", BuildEnvironmentVariable.of(BuildEnvironmentVariableType.SECRETS_MANAGER, "prod/db:password"));
        vars.put("STAGE", BuildEnvironmentVariable.of(null, "prod"));
        String arn = "arn:aws:codebuild:eu-west-1:111122223333:project/release";
        Task typed = CodeBuildStartBuild.builder("Release").project(arn).environmentVariablesOverride(vars).build();
        ExpectedJson expected = ExpectedJson.load(CodeBuildStartBuildTest.class, "/codebuild/start-build-request-response.json");
        String a = expected.assertRenders(typed);
        Task workflow = fromWorkflow("Release", null, """
                {"project": "arn:aws:codebuild:eu-west-1:111122223333:project/release",
                 "environmentVariablesOverride": {
                   "TOKEN": {"type": "PARAMETER_STORE", "value": "/ci/token"},
                   "DB_PASSWORD": {"type": "SECRETS_MANAGER", "value": "prod/db:password"},
                   "STAGE": {"value": "prod"}}}
                """);
        assertEquals(a, expected.assertRenders(workflow));
    }

    @Test
    void placeholdersInTheProjectPassThroughAndSitInTheGrantsArn() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String p : List.of("${Project}", "${Project.Arn}", "${Token[TOKEN.12]}", "build-${Stage}")) {
            Task t = CodeBuildStartBuild.builder("S").project(p).build();
            assertEquals(p, t.toState(cfn).get("Parameters").get("ProjectName").textValue());
            assertEquals("arn:${AWS::Partition}:codebuild:${AWS::Region}:${AWS::AccountId}:project/" + p,
                    t.policyStatements(cfn).get(0).resources().get(0), p);
        }
        Task byArn = CodeBuildStartBuild.builder("S").project("arn:${AWS::Partition}:codebuild:${AWS::Region}:${AWS::AccountId}:project/${Name}").build();
        assertEquals("${Name}", byArn.toState(cfn).get("Parameters").get("ProjectName").textValue());
        assertEquals("arn:${AWS::Partition}:codebuild:${AWS::Region}:${AWS::AccountId}:project/${Name}",
                byArn.policyStatements(cfn).get(0).resources().get(0));
    }

    @Test
    void aWildcardInAnyPositionOrABadNameIsRefused() {
        for (String p : List.of("build*", "b?ild", "arn:aws:codebuild:*:123456789012:project/b", "arn:aws:codebuild:us-east-1:123456789012:project/b*",
                "-lead", "x", "arn:aws:s3:::bucket")) {
            assertInvalid("S", "project", () -> CodeBuildStartBuild.builder("S").project(p).build());
        }
        assertInvalid(ErrorCode.MISSING_PROPERTY, "S", "project", () -> CodeBuildStartBuild.builder("S").build());
    }

    @Test
    void aProjectChosenAtRunTimeIsGrantedEveryProjectOfTheAccountWithAWarning() {
        Task t = CodeBuildStartBuild.builder("S").project(JsonPath.stringAt("$.project")).build();
        assertEquals("$.project", t.toState(AWS).get("Parameters").get("ProjectName.$").textValue());
        assertEquals("arn:aws:codebuild:us-east-1:123456789012:project/*", t.policyStatements(AWS).get(0).resources().get(0));
        assertEquals(WarningCode.WIDENED_GRANT, t.warnings(AWS).get(0).code());
        assertEquals("project", t.warnings(AWS).get(0).property());
    }

    @Test
    void variablesAreCheckedNamingTheVariable() {
        assertInvalid("S", "environmentVariablesOverride.ZONE.type", () -> fromWorkflow("S", null,
                "{\"project\": \"p1\", \"environmentVariablesOverride\": {\"ZONE\": {\"type\": \"CLEAR\", \"value\": \"a\"}}}"));
        assertInvalid("S", "environmentVariablesOverride.ZONE.value", () -> fromWorkflow("S", null,
                "{\"project\": \"p1\", \"environmentVariablesOverride\": {\"ZONE\": {\"type\": \"PLAINTEXT\"}}}"));
        assertInvalid("S", "environmentVariablesOverride.ZONE", () -> fromWorkflow("S", null,
                "{\"project\": \"p1\", \"environmentVariablesOverride\": {\"ZONE\": \"a\"}}"));
        assertInvalid("S", "environmentVariablesOverride.ZONE.vaule", () -> fromWorkflow("S", null,
                "{\"project\": \"p1\", \"environmentVariablesOverride\": {\"ZONE\": {\"vaule\": \"a\", \"value\": \"b\"}}}"));
        assertInvalid("S", "environmentVariablesOverride.$", () -> fromWorkflow("S", null,
                "{\"project\": \"p1\", \"environmentVariablesOverride.$\": \"$.env\"}"));
    }

    @Test
    void onlyTheTwoPatternsAwsListsAreAccepted() {
        assertThrows(TaskValidationException.class, () -> CodeBuildStartBuild.builder("S").project("p1")
                .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN).build());
    }

    @Test
    void aJsonataStateRendersArgumentsWithExpressions() {
        JsonNode state = CodeBuildStartBuild.builder("S").queryLanguage(QueryLanguage.JSONATA).project("p1")
                .environmentVariable("ZONE", BuildEnvironmentVariable.plaintext("{% $states.input.zone %}")).build().toState(AWS);
        assertEquals(ExpectedJson.parse("""
                {"Type": "Task", "QueryLanguage": "JSONata", "Resource": "arn:aws:states:::codebuild:startBuild",
                 "Arguments": {"ProjectName": "p1",
                   "EnvironmentVariablesOverride": [{"Name": "ZONE", "Type": "PLAINTEXT", "Value": "{% $states.input.zone %}"}]}}
                """), state);
    }

    @Test
    void aCopyKeepsItsVariablesWhenOneIsAdded() {
        CodeBuildStartBuild t = CodeBuildStartBuild.builder("S").project("p1")
                .environmentVariable("A", BuildEnvironmentVariable.plaintext("1")).build();
        JsonNode env = t.toBuilder().environmentVariable("B", BuildEnvironmentVariable.plaintext("2")).build()
                .toState(AWS).get("Parameters").get("EnvironmentVariablesOverride");
        assertEquals(ExpectedJson.parse("[{\"Name\":\"A\",\"Type\":\"PLAINTEXT\",\"Value\":\"1\"},"
                + "{\"Name\":\"B\",\"Type\":\"PLAINTEXT\",\"Value\":\"2\"}]"), env);
    }

    @Test
    void theSchemaDescribesEachVariable() {
        JsonNode env = provider.propertiesSchema().at("/properties/environmentVariablesOverride/additionalProperties");
        assertEquals("[\"PLAINTEXT\",\"PARAMETER_STORE\",\"SECRETS_MANAGER\"]", env.at("/properties/type/enum").toString());
    }
}
