package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.Value;

import static io.github.sfntasks.provider.athena.AthenaResources.QUERY_EXECUTION_ID;
import static io.github.sfntasks.provider.athena.AthenaResources.QUERY_WORK_GROUP;

/**
 * A Task state that reads the results of one Athena query execution ({@code athena:getQueryResults}), as the AWS
 * CDK v2's {@code AthenaGetQueryResults}.
 *
 * <pre>{@code
 * AthenaGetQueryResults task = AthenaGetQueryResults.builder("Get Query Results")
 *     .queryExecutionId(JsonPath.stringAt("$.QueryExecutionId"))
 *     .maxResults(100)
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * <ul>
 *   <li>{@code queryExecutionId} (required): rendered as {@code QueryExecutionId}.</li>
 *   <li>{@code nextToken}: the token of the next page, 1 to 1024 characters, or a path; {@code NextToken}.</li>
 *   <li>{@code maxResults}: 1 to 1000 rows per page, or a path; {@code MaxResults} (Athena's default 1000).</li>
 *   <li>{@code workGroup} (grant-only): the work group the query runs in; not rendered.</li>
 * </ul>
 *
 * <h2>Integration patterns</h2>
 * REQUEST_RESPONSE only.
 *
 * <h2>IAM</h2>
 * {@code athena:getQueryResults} on the work group given by {@code workGroup}, or on every work group of the
 * account and region (with a warning), and {@code s3:GetObject} on {@code arn:<partition>:s3:::*} (the results are
 * read from the query's output location, which the state does not name), as AWS's "IAM policies for Amazon
 * Athena" page.
 *
 * <h2>Differences from the CDK</h2>
 * The CDK grants both actions on {@code *}; we grant {@code athena:getQueryResults} on {@code workgroup/*} (or the
 * one work group named) and {@code s3:GetObject} on {@code arn:<partition>:s3:::*}, as
 * <a href="https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html">IAM policies for Amazon Athena</a>.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html">Start an Athena query with
 *      Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class AthenaGetQueryResults extends ShapeTask {

    static final Field NEXT_TOKEN = Field.string("nextToken", "NextToken").range(1, 1024)
            .doc("The token of the page to read, from a previous GetQueryResults");
    static final Field MAX_RESULTS = Field.integer("maxResults", "MaxResults").range(1, 1000)
            .doc("The most rows to return, 1 to 1000; default 1000");

    static final Shape SHAPE = Shape.of("GetQueryResults", QUERY_EXECUTION_ID, NEXT_TOKEN, MAX_RESULTS, QUERY_WORK_GROUP);

    /** {@code athena:getQueryResults}: REQUEST_RESPONSE only. */
    public static final TaskType TYPE = TaskType.of("athena:getQueryResults", "Get the results of an Amazon Athena query",
            IntegrationPattern.REQUEST_RESPONSE);

    private AthenaGetQueryResults(Builder builder) {
        super(builder, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    protected void grants(Grants g) {
        g.allow("athena:getQueryResults", AthenaResources.queryWorkGroup(g, values().text(QUERY_WORK_GROUP)));
        g.allow("s3:GetObject", g.context().arn("s3", "", "", "*"));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link AthenaGetQueryResults}. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends AthenaQueryBuilder<Builder, AthenaGetQueryResults> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param token the next page's token @return this builder */
        public Builder nextToken(String token) {
            return set(NEXT_TOKEN, token);
        }

        /** @param token the next page's token as a path or expression @return this builder */
        public Builder nextToken(Value token) {
            return set(NEXT_TOKEN, token);
        }

        /** @param max 1 to 1000 @return this builder */
        public Builder maxResults(int max) {
            return set(MAX_RESULTS, max);
        }

        /** @param max the most rows as a path or expression @return this builder */
        public Builder maxResults(Value max) {
            return set(MAX_RESULTS, max);
        }

        @Override
        protected AthenaGetQueryResults newTask() {
            return new AthenaGetQueryResults(this);
        }
    }
}
