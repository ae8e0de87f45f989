package io.github.sfntasks.conformance.contrib;

import io.github.sfntasks.conformance.iam.ResourceLocator;
import io.github.sfntasks.conformance.iam.ResourceRule;
import io.github.sfntasks.conformance.iam.TouchedResource;

import java.util.List;

/**
 * The kit's IAM rows for the Athena and Glue DataBrew integrations, from AWS's "IAM policies for Amazon Athena" and
 * "IAM policies for AWS Glue DataBrew" pages (Step Functions developer guide). Their {@code .sync} forms poll, so no
 * EventBridge rule is required.
 */
public abstract class AthenaDataBrewIamRows extends IntegrationRules {

    private static final String GUIDE = "https://docs.aws.amazon.com/step-functions/latest/dg/";

    /** Lake Formation's GetDataAccess has no resource ARN: both the AWS page and the CDK grant it on {@code *}. */
    private static final ResourceLocator LAKE_FORMATION = (state, actions, context) -> actions.contains("lakeformation:GetDataAccess")
            ? List.of(new TouchedResource("lakeformation:GetDataAccess", "*", null, "lakeformation:GetDataAccess takes no resource"))
            : List.of();

    AthenaDataBrewIamRows(String typeId, ResourceRule rule) {
        super(typeId, rule);
    }

    /** {@code athena:startQueryExecution}. */
    public static final class StartQueryExecution extends AthenaDataBrewIamRows {
        /** For ServiceLoader. */
        public StartQueryExecution() {
            super("athena:startQueryExecution", ResourceRule.integration("athena:startQueryExecution")
                    .actions("athena:startQueryExecution", "athena:getDataCatalog", "lakeformation:GetDataAccess")
                    .syncActions("athena:getQueryExecution", "athena:stopQueryExecution")
                    .optionalActions("s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:ListBucketMultipartUploads",
                            "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload", "s3:PutObject",
                            "glue:BatchCreatePartition", "glue:BatchDeletePartition", "glue:BatchDeleteTable",
                            "glue:BatchGetPartition", "glue:CreateDatabase", "glue:CreatePartition", "glue:CreateTable",
                            "glue:DeleteDatabase", "glue:DeletePartition", "glue:DeleteTable", "glue:GetDatabase",
                            "glue:GetDatabases", "glue:GetPartition", "glue:GetPartitions", "glue:GetTable", "glue:GetTables",
                            "glue:UpdateDatabase", "glue:UpdatePartition", "glue:UpdateTable", "kms:Decrypt", "kms:GenerateDataKey")
                    .locator(LAKE_FORMATION).source(GUIDE + "athena-iam.html").build());
        }
    }

    /** {@code athena:getQueryExecution}. */
    public static final class GetQueryExecution extends AthenaDataBrewIamRows {
        /** For ServiceLoader. */
        public GetQueryExecution() {
            super("athena:getQueryExecution", ResourceRule.integration("athena:getQueryExecution")
                    .actions("athena:getQueryExecution").source(GUIDE + "athena-iam.html").build());
        }
    }

    /** {@code athena:getQueryResults}. */
    public static final class GetQueryResults extends AthenaDataBrewIamRows {
        /** For ServiceLoader. */
        public GetQueryResults() {
            super("athena:getQueryResults", ResourceRule.integration("athena:getQueryResults")
                    .actions("athena:getQueryResults", "s3:GetObject").source(GUIDE + "athena-iam.html").build());
        }
    }

    /** {@code athena:stopQueryExecution}. */
    public static final class StopQueryExecution extends AthenaDataBrewIamRows {
        /** For ServiceLoader. */
        public StopQueryExecution() {
            super("athena:stopQueryExecution", ResourceRule.integration("athena:stopQueryExecution")
                    .actions("athena:stopQueryExecution").source(GUIDE + "athena-iam.html").build());
        }
    }

    /** {@code databrew:startJobRun}. */
    public static final class DataBrewStartJobRun extends AthenaDataBrewIamRows {
        /** For ServiceLoader. */
        public DataBrewStartJobRun() {
            super("databrew:startJobRun", ResourceRule.integration("databrew:startJobRun")
                    .actions("databrew:startJobRun").syncActions("databrew:listJobRuns", "databrew:stopJobRun")
                    .source(GUIDE + "databrew-iam.html").build());
        }
    }
}
