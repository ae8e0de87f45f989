package io.github.sfntasks.provider.codebuild;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.TaskType;

import java.util.List;

/**
 * Starts a build of an AWS CodeBuild project ({@code codebuild:startBuild}), as the AWS CDK's {@code CodeBuildStartBuild}; with
 * {@link IntegrationPattern#RUN_JOB} the state waits until it ends ({@code .sync}).
 *
 * <pre>{@code
 * CodeBuildStartBuild task = CodeBuildStartBuild.builder("Task")
 *     .project("MyTestProject")
 *     .integrationPattern(IntegrationPattern.RUN_JOB)
 *     .environmentVariable("ZONE", BuildEnvironmentVariable.plaintext(JsonPath.stringAt("$.envVariables.zone")))
 *     .build();
 * }</pre>
 *
 * <p>Properties (workflow-file names):
 * <ul>
 *   <li>{@code project} (required; a path allowed): the project's name or ARN. Rendered as {@code ProjectName}, the
 *       name (an ARN gives the name after {@code :project/}, as the CDK writes an imported project's
 *       {@code projectName}); granted by its ARN ({@code arn:<partition>:codebuild:<region>:<account>:project/<name>}, or
 *       the ARN as given). A placeholder as a whole ({@code ${Project}}, a CDK token) is a name.</li>
 *   <li>{@code environmentVariablesOverride}: variables for this build only, by name, each {@code {type, value}}:
 *       {@code type} {@code PLAINTEXT} (the default), {@code PARAMETER_STORE} or {@code SECRETS_MANAGER}; {@code value}
 *       text or a path ({@code "value.$"}). Rendered as StartBuild's array of {@code {Name, Type, Value}}, in the order
 *       given.</li>
 * </ul>
 *
 * <p>Patterns: REQUEST_RESPONSE (the default, as the CDK's) and RUN_JOB ({@code .sync}), as AWS lists them for
 * StartBuild.
 *
 * <p>IAM, as AWS's page "IAM policies for AWS CodeBuild" writes it for StartBuild: {@code codebuild:StartBuild} on the
 * project; with {@code .sync} also {@code codebuild:StopBuild} and {@code codebuild:BatchGetBuilds}, and
 * {@code events:PutTargets}, {@code events:PutRule}, {@code events:DescribeRule} on the managed rule
 * {@code StepFunctionsGetEventForCodeBuildStartBuildRule} (AWS's name: "Event", not "Events"). A project chosen at run
 * time gets {@code project/*} of the account and region, with a warning.
 *
 * <p>Differences from the CDK: the CDK grants {@code codebuild:StartBuild}, {@code StopBuild},
 * {@code BatchGetBuilds} and {@code BatchGetReports} for either pattern; we grant what AWS's page lists per pattern
 * (REQUEST_RESPONSE: StartBuild only; {@code .sync}: no BatchGetReports), a subset of the CDK's
 * (https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html). A project chosen at run time is granted
 * {@code project/*} with a warning; the CDK cannot take one.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html">Start an AWS CodeBuild build with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html">IAM policies for AWS CodeBuild</a>
 * @see <a href="https://docs.aws.amazon.com/codebuild/latest/APIReference/API_StartBuild.html">StartBuild</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class CodeBuildStartBuild extends ShapeTask {

    /** The task type: {@code codebuild:startBuild}, REQUEST_RESPONSE (default) and RUN_JOB. */
    public static final TaskType TYPE = TaskType.of("codebuild:startBuild", "Start a build of an AWS CodeBuild project",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB);

    /** The properties: {@code project}, {@code environmentVariablesOverride}. */
    public static final Shape SHAPE = CodeBuildProject.shape("StartBuild");

    /** The managed EventBridge rule of {@code .sync}, as AWS names it. */
    public static final String MANAGED_RULE = "StepFunctionsGetEventForCodeBuildStartBuildRule";

    private CodeBuildStartBuild(Builder b) {
        super(b, TYPE, SHAPE);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        CodeBuildProject.grants(g, value(CodeBuildProject.PROJECT), integrationPattern(), "codebuild:StartBuild",
                List.of("codebuild:StopBuild", "codebuild:BatchGetBuilds"), MANAGED_RULE);
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds a {@link CodeBuildStartBuild}; {@link #build()} checks every property and reports every problem at once. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends CodeBuildBuilder<Builder, CodeBuildStartBuild> {
        Builder(String stateName) {
            super(stateName, SHAPE);
        }

        @Override
        protected CodeBuildStartBuild newTask() {
            return new CodeBuildStartBuild(this);
        }
    }
}
