package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.TaskType;

import static io.github.sfntasks.provider.athena.AthenaResources.QUERY_EXECUTION_ID;
import static io.github.sfntasks.provider.athena.AthenaResources.QUERY_WORK_GROUP;

/**
 * A Task state that gets information about one Athena query execution ({@code athena:getQueryExecution}), as the
 * AWS CDK v2's {@code AthenaGetQueryExecution}.
 *
 * <pre>{@code
 * AthenaGetQueryExecution task = AthenaGetQueryExecution.builder("Get Query Execution")
 *     .queryExecutionId(JsonPath.stringAt("$.QueryExecutionId"))
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * <ul>
 *   <li>{@code queryExecutionId} (required): 1 to 128 letters, digits, hyphens and underscores, or a path;
 *       rendered as {@code QueryExecutionId}.</li>
 *   <li>{@code workGroup} (grant-only): the work group the query runs in; not rendered.</li>
 * </ul>
 *
 * <h2>Integration patterns</h2>
 * REQUEST_RESPONSE only (AWS's "Run Athena queries with Step Functions" table).
 *
 * <h2>IAM</h2>
 * {@code athena:getQueryExecution} on the work group given by {@code workGroup}, or on every work group of the
 * account and region ({@code workgroup/*}, as AWS's "IAM policies for Amazon Athena" page), with a warning.
 *
 * <h2>Differences from the CDK</h2>
 * The CDK grants {@code athena:getQueryExecution} on {@code *}; we grant it on {@code workgroup/*} of the
 * account and region (the resource type of GetQueryExecution, as
 * <a href="https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html">IAM policies for Amazon Athena</a>
 * shows), or on one work group when {@code workGroup} names it (a property the CDK does not have).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html">Start an Athena query with
 *      Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class AthenaGetQueryExecution extends ShapeTask {

    static final Shape SHAPE = Shape.of("GetQueryExecution", QUERY_EXECUTION_ID, QUERY_WORK_GROUP);

    /** {@code athena:getQueryExecution}: REQUEST_RESPONSE only. */
    public static final TaskType TYPE = TaskType.of("athena:getQueryExecution", "Get an Amazon Athena query execution",
            IntegrationPattern.REQUEST_RESPONSE);

    private AthenaGetQueryExecution(Builder builder) {
        super(builder, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        g.allow("athena:getQueryExecution", AthenaResources.queryWorkGroup(g, values().text(QUERY_WORK_GROUP)));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link AthenaGetQueryExecution}. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends AthenaQueryBuilder<Builder, AthenaGetQueryExecution> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        @Override
        protected AthenaGetQueryExecution newTask() {
            return new AthenaGetQueryExecution(this);
        }
    }
}
