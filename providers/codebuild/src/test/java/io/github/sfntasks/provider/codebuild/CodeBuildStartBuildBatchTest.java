package io.github.sfntasks.provider.codebuild;

import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.testing.ExpectedJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.sfntasks.testing.ExpectedJson.object;
import static io.github.sfntasks.testing.ValidationAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CodeBuildStartBuildBatchTest {

    private static final RenderContext AWS = ExpectedJson.CONTEXT;

    /** The CDK's own README example for CodeBuildStartBuildBatch, with RUN_JOB. */
    @Test
    void runJobStartsTheBatchAndGrantsThePollingActionsAndTheManagedRule() {
        Task typed = CodeBuildStartBuildBatch.builder("buildProject").project("MyTestProject")
                .integrationPattern(IntegrationPattern.RUN_JOB)
                .environmentVariablesOverride(Map.of("test", BuildEnvironmentVariable.plaintext("testValue"))).build();
        ExpectedJson expected = ExpectedJson.load(CodeBuildStartBuildBatchTest.class, "/codebuild/start-build-batch-sync.json");
        String a = expected.assertRenders(typed);
        Task workflow = new CodeBuildStartBuildBatchProvider().create(TaskRequest.of("buildProject", "codebuild:startBuildBatch",
                object("{\"project\": \"MyTestProject\", \"environmentVariablesOverride\": {\"test\": {\"type\": \"PLAINTEXT\", \"value\": \"testValue\"}}}"),
                IntegrationPattern.RUN_JOB, QueryLanguage.JSONPATH, null));
        assertEquals(a, expected.assertRenders(workflow));
    }

    @Test
    void requestResponseIsTheDefaultAndGrantsStartBuildBatchOnly() {
        Task t = CodeBuildStartBuildBatch.builder("S").project("MyTestProject").build();
        assertEquals("arn:aws:states:::codebuild:startBuildBatch", t.toState(AWS).get("Resource").textValue());
        assertEquals(List.of(PolicyStatement.allow("codebuild:StartBuildBatch",
                "arn:aws:codebuild:us-east-1:123456789012:project/MyTestProject")), t.policyStatements(AWS));
    }

    @Test
    void placeholdersAndWildcardsInTheProjectAreHandledAsForStartBuild() {
        RenderContext cfn = RenderContext.cloudFormation();
        for (String p : List.of("${Project}", "${Project.Arn}", "${Token[TOKEN.12]}", "build-${Stage}")) {
            Task t = CodeBuildStartBuildBatch.builder("S").project(p).build();
            assertEquals(p, t.toState(cfn).get("Parameters").get("ProjectName").textValue());
            assertEquals("arn:${AWS::Partition}:codebuild:${AWS::Region}:${AWS::AccountId}:project/" + p,
                    t.policyStatements(cfn).get(0).resources().get(0));
        }
        assertInvalid("S", "project", () -> CodeBuildStartBuildBatch.builder("S").project("arn:aws:codebuild:us-east-1:*:project/p").build());
    }
}
