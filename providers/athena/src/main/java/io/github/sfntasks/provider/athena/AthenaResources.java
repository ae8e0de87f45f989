package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;

/** The resource kinds and the fields the Athena tasks share. */
final class AthenaResources {

    /** An Athena work group: {@code arn:<partition>:athena:<region>:<account>:workgroup/<name>}. */
    static final ResourceArn WORK_GROUP = ResourceArn.of("athena", "workgroup/");

    /** An Athena data catalog: {@code arn:<partition>:athena:<region>:<account>:datacatalog/<name>}. */
    static final ResourceArn DATA_CATALOG = ResourceArn.of("athena", "datacatalog/");

    /** The work group pattern of the Athena API reference ({@code WorkGroup}). */
    static final String WORK_GROUP_PATTERN = "[a-zA-Z0-9._-]{1,128}";

    /** The query execution id of GetQueryExecution, GetQueryResults and StopQueryExecution. */
    static final Field QUERY_EXECUTION_ID = Field.string("queryExecutionId", "QueryExecutionId").required().range(1, 128)
            .pattern("[a-zA-Z_0-9-]+", "letters, digits, hyphens and underscores")
            .doc("The unique ID of the query execution, usually a path to a StartQueryExecution result");

    /** The work group a query ran in: decides the grant of the tasks that act on a query execution. */
    static final Field QUERY_WORK_GROUP = Field.string("workGroup", null).grantOnly().range(1, 128).resource(WORK_GROUP)
            .pattern(WORK_GROUP_PATTERN, "1 to 128 letters, digits, periods, hyphens and underscores")
            .doc("The work group the query ran in, to grant that work group only; default: every work group of the account");

    private AthenaResources() {
    }

    /**
     * @param g the grants
     * @param workGroup the work group given (grant-only, a literal), or {@code null}
     * @return the work group's ARN, or every work group's with a warning
     */
    static String queryWorkGroup(Grants g, String workGroup) {
        if (workGroup != null) {
            return g.resource(workGroup, WORK_GROUP);
        }
        String every = WORK_GROUP.wildcard(g.context());
        g.widened("workGroup", "the query's work group is not given, so the grant names every work group of the account and"
                + " region: " + every + "; give workGroup (the work group the query runs in) to name one");
        return every;
    }
}
