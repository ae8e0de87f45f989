package io.github.sfntasks.provider.databrew;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.Value;

import java.util.List;

/**
 * A Task state that starts a run of an AWS Glue DataBrew job ({@code databrew:startJobRun}), as the AWS CDK v2's
 * {@code GlueDataBrewStartJobRun}.
 *
 * <pre>{@code
 * GlueDataBrewStartJobRun task = GlueDataBrewStartJobRun.builder("Task")
 *     .name("databrew-job")
 *     .integrationPattern(IntegrationPattern.RUN_JOB)    // wait for the run to finish
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * <ul>
 *   <li>{@code name} (required): the job's name, 1 to 240 characters, rendered as {@code Name}; a placeholder
 *       ({@code ${JobName}}, {@code brew-${Stage}}, a CDK token) or a path/expression for a job chosen at run
 *       time.</li>
 * </ul>
 *
 * <h2>Integration patterns</h2>
 * REQUEST_RESPONSE (the default, as the CDK's) and RUN_JOB ({@code .sync}: Step Functions polls the run until it
 * ends; no EventBridge rule is involved). DataBrew has no callback (task token) integration.
 *
 * <h2>IAM</h2>
 * {@code databrew:startJobRun} on {@code arn:<partition>:databrew:<region>:<account>:job/<name>}; RUN_JOB adds
 * {@code databrew:listJobRuns} and {@code databrew:stopJobRun} on the same job. A job chosen at run time gets
 * {@code job/*} of the account and region, with a warning.
 *
 * <h2>Differences from the CDK</h2>
 * None in what is rendered or granted. The CDK takes the job name as a plain string too; a name is refused here
 * when it holds an IAM wildcard or is an ARN (StartJobRun takes the name only: see
 * <a href="https://docs.aws.amazon.com/databrew/latest/dg/API_StartJobRun.html">StartJobRun</a>).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-databrew.html">Start an AWS Glue
 *      DataBrew job with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/databrew-iam.html">IAM policies for AWS Glue
 *      DataBrew</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class GlueDataBrewStartJobRun extends ShapeTask {

    /** A DataBrew job: {@code arn:<partition>:databrew:<region>:<account>:job/<name>}. */
    static final ResourceArn JOB = ResourceArn.of("databrew", "job/");

    static final Field NAME = Field.string("name", "Name").required().range(1, 240).resource(JOB)
            .pattern("[^:]+", "a job name (StartJobRun takes the name, not an ARN)")
            .doc("The DataBrew job's name");

    static final Shape SHAPE = Shape.of("StartJobRun", NAME);

    /** {@code databrew:startJobRun}: REQUEST_RESPONSE (default, as the CDK's) and RUN_JOB. */
    public static final TaskType TYPE = TaskType.of("databrew:startJobRun", "Start an AWS Glue DataBrew job run",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB);

    private GlueDataBrewStartJobRun(Builder builder) {
        super(builder, TYPE, SHAPE);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the job name as given (a literal, placeholder, path or expression) */
    public Value name() {
        return value(NAME);
    }

    @Override
    protected void grants(Grants g) {
        String job = g.resource("name", value(NAME), JOB);
        if (integrationPattern() == IntegrationPattern.RUN_JOB) {
            g.allow(List.of("databrew:startJobRun", "databrew:listJobRuns", "databrew:stopJobRun"), List.of(job));
        } else {
            g.allow("databrew:startJobRun", job);
        }
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds a {@link GlueDataBrewStartJobRun}; {@link #build()} checks every property and reports every problem. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, GlueDataBrewStartJobRun> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param name the job's name, or a placeholder @return this builder */
        public Builder name(String name) {
            return set(NAME, name);
        }

        /** @param name the job's name as a path, intrinsic function or JSONata expression @return this builder */
        public Builder name(Value name) {
            return set(NAME, name);
        }

        @Override
        protected GlueDataBrewStartJobRun newTask() {
            return new GlueDataBrewStartJobRun(this);
        }
    }
}
