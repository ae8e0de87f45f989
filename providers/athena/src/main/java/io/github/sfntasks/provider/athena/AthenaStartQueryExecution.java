package io.github.sfntasks.provider.athena;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeBuilder;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.ShapeValue;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static io.github.sfntasks.provider.athena.AthenaResources.DATA_CATALOG;
import static io.github.sfntasks.provider.athena.AthenaResources.WORK_GROUP;
import static io.github.sfntasks.provider.athena.AthenaResources.WORK_GROUP_PATTERN;

/**
 * A Task state that starts an Athena query ({@code athena:startQueryExecution}), as the AWS CDK v2's
 * {@code AthenaStartQueryExecution}.
 *
 * <pre>{@code
 * AthenaStartQueryExecution task = AthenaStartQueryExecution.builder("Athena Start Query")
 *     .queryString(IntrinsicFunction.format("select contacts where year={};", JsonPath.stringAt("$.year")))
 *     .queryExecutionContext(c -> c.databaseName("interactions"))
 *     .resultConfiguration(r -> r
 *         .encryptionConfiguration(e -> e.encryptionOption(AthenaStartQueryExecution.EncryptionOption.SSE_S3))
 *         .outputLocation(o -> o.bucketName("mybucket").objectKey("myprefix")))
 *     .integrationPattern(IntegrationPattern.RUN_JOB)
 *     .build();
 * }</pre>
 *
 * <h2>Properties</h2>
 * <ul>
 *   <li>{@code queryString} (required): the SQL, 1 to 262144 characters, or a path/intrinsic
 *       ({@code States.Format(...)}); {@code QueryString}.</li>
 *   <li>{@code clientRequestToken}: 32 to 128 characters, for idempotence; {@code ClientRequestToken}.</li>
 *   <li>{@code queryExecutionContext}: {@code catalogName} ({@code Catalog}) and/or {@code databaseName}
 *       ({@code Database}); at least one of them.</li>
 *   <li>{@code resultConfiguration}: {@code outputLocation} as the CDK's S3 {@code Location}
 *       ({@code bucketName}, {@code objectKey}), rendered {@code OutputLocation: "s3://<bucketName>/<objectKey>/"}
 *       as the CDK does, or a path to such a URI; {@code encryptionConfiguration} with {@code encryptionOption}
 *       ({@code SSE_S3}, {@code SSE_KMS}, {@code CSE_KMS}) and {@code encryptionKey} (a KMS key ARN or id,
 *       {@code KmsKey}; with {@code SSE_KMS}/{@code CSE_KMS} only).</li>
 *   <li>{@code workGroup}: the work group, 1 to 128 of {@code [a-zA-Z0-9._-]}; {@code WorkGroup}.</li>
 *   <li>{@code executionParameters}: at least one value, each 1 to 1024 characters; {@code ExecutionParameters}.</li>
 *   <li>{@code dataLocations} (grant-only, not in the CDK): the S3 locations ({@code bucketName}, {@code objectKey})
 *       of the tables the query reads, 1 to 50, to grant reading them.</li>
 *   <li>{@code resultReuseConfigurationMaxAge}: in minutes, 0 to 10080 (a {@link Duration} of whole minutes in
 *       the builder); rendered
 *       {@code ResultReuseConfiguration: {ResultReuseByAgeConfiguration: {Enabled: true, MaxAgeInMinutes: n}}}.</li>
 * </ul>
 *
 * <h2>Integration patterns</h2>
 * REQUEST_RESPONSE (the default, as the CDK's) and RUN_JOB ({@code .sync}: Step Functions polls the query until
 * it ends; no EventBridge rule). Athena has no callback (task token) integration.
 *
 * <h2>IAM</h2>
 * <ul>
 *   <li>{@code athena:startQueryExecution}, {@code athena:getDataCatalog} (RUN_JOB adds
 *       {@code athena:getQueryExecution}, {@code athena:stopQueryExecution}) on the data catalog
 *       ({@code datacatalog/<catalogName>}, default {@code AwsDataCatalog}) and the work group
 *       ({@code workgroup/<workGroup>}, default {@code primary}), as the CDK names them;</li>
 *   <li>S3 on the output location only: {@code s3:GetBucketLocation}, {@code s3:ListBucket},
 *       {@code s3:ListBucketMultipartUploads} on the bucket; {@code s3:GetObject}, {@code s3:PutObject},
 *       {@code s3:AbortMultipartUpload}, {@code s3:ListMultipartUploadParts} on {@code <bucket>/<objectKey>/*}.
 *       Without an output location (the work group's is used) or with one chosen at run time, the same actions
 *       on {@code arn:<partition>:s3:::*}, with a warning;</li>
 *   <li>the Glue Data Catalog actions the CDK lists (databases, tables, partitions) on the account's
 *       {@code catalog}, {@code database/<databaseName>}, {@code table/<databaseName>/*} and
 *       {@code userDefinedFunction/<databaseName>/*} (default database {@code default}; a database chosen at run
 *       time gets {@code database/*}, {@code table/*}, {@code userDefinedFunction/*}, with a warning);</li>
 *   <li>{@code lakeformation:GetDataAccess} on {@code *} (Lake Formation has no resource for it);</li>
 *   <li>{@code kms:Decrypt}, {@code kms:GenerateDataKey} on {@code encryptionKey}, when given.</li>
 * </ul>
 * <ul>
 *   <li>for each of {@code dataLocations}: {@code s3:GetBucketLocation}, {@code s3:ListBucket} on the bucket and
 *       {@code s3:GetObject} on {@code <bucket>/<objectKey>/*}.</li>
 * </ul>
 * The data the query reads is not in the state: name it in {@code dataLocations}, or grant it to the role yourself.
 *
 * <h2>Differences from the CDK</h2>
 * From <a href="https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html">IAM policies for Amazon
 * Athena</a>:
 * <ul>
 *   <li>RUN_JOB adds {@code athena:stopQueryExecution} (the page lists it for {@code .sync}: Step Functions stops
 *       the query when the execution is stopped); the CDK does not grant it.</li>
 *   <li>REQUEST_RESPONSE does not grant {@code athena:getQueryExecution} (the page lists it for {@code .sync}
 *       only); the CDK grants it for both.</li>
 *   <li>S3: the CDK grants {@code s3:CreateBucket}, {@code s3:ListBucket}, {@code s3:GetBucketLocation} and
 *       {@code s3:GetObject} on {@code *}, and the multipart/put actions on {@code <bucket>/<objectKey>/*} (or
 *       {@code *}); we grant the bucket actions on the output bucket and the object actions on the output prefix,
 *       or everything on {@code arn:<partition>:s3:::*} when the output location is not known (never
 *       {@code s3:CreateBucket}: a given bucket exists). The CDK's reads on {@code *} also cover the tables' data;
 *       here the grant-only {@code dataLocations} names it.</li>
 *   <li>KMS: the CDK writes its {@code IKey} into {@code KmsKey} and grants nothing on it; we write the key ARN
 *       or id given and grant {@code kms:Decrypt}/{@code kms:GenerateDataKey} on it
 *       (<a href="https://docs.aws.amazon.com/athena/latest/ug/encryption.html">Athena: encrypting query
 *       results</a>).</li>
 *   <li>An empty {@code queryExecutionContext} is refused (the CDK leaves it out of the state).</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html">Start an Athena query with
 *      Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class AthenaStartQueryExecution extends ShapeTask {

    /** How Athena encrypts query results in S3 ({@code EncryptionConfiguration.EncryptionOption}). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public enum EncryptionOption {
        /** Server-side encryption with an Amazon S3-managed key (the CDK's {@code S3_MANAGED}). */
        SSE_S3,
        /** Server-side encryption with a KMS key (the CDK's {@code KMS}). */
        SSE_KMS,
        /** Client-side encryption with a KMS key (the CDK's {@code CLIENT_SIDE_KMS}). */
        CSE_KMS
    }

    /** A Glue database: {@code arn:<partition>:glue:<region>:<account>:database/<name>}. */
    static final ResourceArn GLUE_DATABASE = ResourceArn.of("glue", "database/");
    static final ResourceArn GLUE_TABLE = ResourceArn.of("glue", "table/");
    static final ResourceArn GLUE_FUNCTION = ResourceArn.of("glue", "userDefinedFunction/");
    static final ResourceArn S3 = ResourceArn.of("s3", "").noAccount();
    static final ResourceArn KMS_KEY = ResourceArn.of("kms", "key/");

    /** The Glue actions the CDK's AthenaStartQueryExecution grants (a query may read or change the catalog). */
    static final List<String> GLUE_ACTIONS = List.of("glue:BatchCreatePartition", "glue:BatchDeletePartition",
            "glue:BatchDeleteTable", "glue:BatchGetPartition", "glue:CreateDatabase", "glue:CreatePartition",
            "glue:CreateTable", "glue:DeleteDatabase", "glue:DeletePartition", "glue:DeleteTable", "glue:GetDatabase",
            "glue:GetDatabases", "glue:GetPartition", "glue:GetPartitions", "glue:GetTable", "glue:GetTables",
            "glue:UpdateDatabase", "glue:UpdatePartition", "glue:UpdateTable");
    static final List<String> S3_BUCKET_ACTIONS = List.of("s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads");
    static final List<String> S3_OBJECT_ACTIONS = List.of("s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload",
            "s3:ListMultipartUploadParts");

    static final List<String> S3_DATA_BUCKET_ACTIONS = List.of("s3:GetBucketLocation", "s3:ListBucket");

    private static final String NO_ARN = "[^:]+";

    // ---- query execution context -------------------------------------------------------------------------

    static final Field CATALOG_NAME = Field.string("catalogName", "Catalog").range(1, 256).resource(DATA_CATALOG)
            .pattern(NO_ARN, "a data catalog name (not an ARN)").doc("The data catalog; default: AwsDataCatalog");
    static final Field DATABASE_NAME = Field.string("databaseName", "Database").range(1, 255).resource(GLUE_DATABASE)
            .pattern(NO_ARN, "a database name (not an ARN)").doc("The database the query runs in");
    static final Shape CONTEXT = Shape.of("QueryExecutionContext", CATALOG_NAME, DATABASE_NAME)
            .oneRequired(CATALOG_NAME, DATABASE_NAME);

    // ---- result configuration ----------------------------------------------------------------------------

    static final Field BUCKET_NAME = Field.string("bucketName", "BucketName").required().staticOnly().range(3, 63).resource(S3)
            .pattern("[a-z0-9][a-z0-9.-]*[a-z0-9]", "an S3 bucket name: lower-case letters, digits, periods and hyphens")
            .doc("The bucket of the query results");
    static final Field OBJECT_KEY = Field.string("objectKey", "ObjectKey").required().staticOnly().range(1, 1024)
            .doc("The key prefix of the query results (rendered with a trailing slash, as the CDK does)");
    static final Shape LOCATION = Shape.of("Location", BUCKET_NAME, OBJECT_KEY).check((v, problems) -> {
        String key = v.text(OBJECT_KEY);
        if (key != null) {
            try {
                ResourceArn.refuseWildcards(key, "objectKey");
            } catch (TaskValidationException e) {
                problems.add(ErrorCode.INVALID_PROPERTY, "objectKey", e.detail());
            }
        }
    });

    static final Field ENCRYPTION_OPTION = Field.enumOf("encryptionOption", "EncryptionOption", "SSE_S3", "SSE_KMS", "CSE_KMS")
            .required().doc("SSE_S3, SSE_KMS or CSE_KMS");
    static final Field ENCRYPTION_KEY = Field.string("encryptionKey", "KmsKey").range(1, 2048).resource(KMS_KEY)
            .doc("The KMS key ARN or id, for SSE_KMS and CSE_KMS");
    static final Shape ENCRYPTION = Shape.of("EncryptionConfiguration", ENCRYPTION_OPTION, ENCRYPTION_KEY).check((v, problems) -> {
        if (v.has(ENCRYPTION_KEY) && "SSE_S3".equals(v.text(ENCRYPTION_OPTION))) {
            problems.add(ErrorCode.CONFLICTING_PROPERTIES, "encryptionKey",
                    "is for SSE_KMS and CSE_KMS; SSE_S3 uses an S3-managed key");
        }
    });

    static final Field OUTPUT_LOCATION = Field.object("outputLocation", "OutputLocation", LOCATION)
            .renderedAs(AthenaStartQueryExecution::s3Uri)
            .doc("Where the results go, as the CDK's S3 Location; default: the work group's result location");
    static final Field ENCRYPTION_CONFIGURATION = Field.object("encryptionConfiguration", "EncryptionConfiguration", ENCRYPTION)
            .doc("How the results are encrypted");
    static final Shape RESULT = Shape.of("ResultConfiguration", ENCRYPTION_CONFIGURATION, OUTPUT_LOCATION);

    // ---- the task ----------------------------------------------------------------------------------------

    static final Field QUERY_STRING = Field.string("queryString", "QueryString").required().range(1, 262_144)
            .doc("The SQL query");
    static final Field CLIENT_REQUEST_TOKEN = Field.string("clientRequestToken", "ClientRequestToken").range(32, 128)
            .doc("A unique token, 32 to 128 characters, so that a retried call starts one query");
    static final Field QUERY_EXECUTION_CONTEXT = Field.object("queryExecutionContext", "QueryExecutionContext", CONTEXT)
            .doc("The catalog and database the query runs in");
    static final Field RESULT_CONFIGURATION = Field.object("resultConfiguration", "ResultConfiguration", RESULT)
            .doc("Where and how the results are stored");
    static final Field WORK_GROUP_NAME = Field.string("workGroup", "WorkGroup").range(1, 128).resource(WORK_GROUP)
            .pattern(WORK_GROUP_PATTERN, "1 to 128 letters, digits, periods, hyphens and underscores")
            .doc("The work group; default: primary");
    static final Field EXECUTION_PARAMETERS = Field.stringList("executionParameters", "ExecutionParameters").atLeast(1)
            .pattern("[\\s\\S]{1,1024}", "1 to 1024 characters").doc("Values for the query's parameters, in order");
    static final Field DATA_LOCATIONS = Field.list("dataLocations", null, LOCATION).grantOnly().range(1, 50)
            .doc("Where the tables the query reads keep their data (bucket and key prefix), to grant reading them");
    static final Field RESULT_REUSE_MAX_AGE = Field.integer("resultReuseConfigurationMaxAge", "ResultReuseConfiguration")
            .range(0, 10_080).renderedAs(AthenaStartQueryExecution::resultReuse)
            .doc("In minutes, 0 to 10080: the oldest previous result Athena may reuse");

    static final Shape SHAPE = Shape.of("StartQueryExecution", QUERY_STRING, CLIENT_REQUEST_TOKEN, QUERY_EXECUTION_CONTEXT,
            RESULT_CONFIGURATION, WORK_GROUP_NAME, EXECUTION_PARAMETERS, RESULT_REUSE_MAX_AGE, DATA_LOCATIONS);

    /** {@code athena:startQueryExecution}: REQUEST_RESPONSE (default, as the CDK's) and RUN_JOB. */
    public static final TaskType TYPE = TaskType.of("athena:startQueryExecution", "Start an Amazon Athena query",
            IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB);

    private AthenaStartQueryExecution(Builder builder) {
        super(builder, TYPE, SHAPE);
    }

    /** @param stateName the state's name @return a builder */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    private static Value s3Uri(Value location) {
        if (location instanceof ObjectValue o && o.get("BucketName") instanceof Literal b && o.get("ObjectKey") instanceof Literal k) {
            return Literal.of("s3://" + b.text() + "/" + k.text() + "/");
        }
        return location; // a path or expression giving the URI at run time
    }

    private static Value resultReuse(Value minutes) {
        return ObjectValue.builder().put("ResultReuseByAgeConfiguration",
                ObjectValue.builder().put("Enabled", true).put("MaxAgeInMinutes", minutes).build()).build();
    }

    @Override
    protected void grants(Grants g) {
        ShapeValue context = values().nested(QUERY_EXECUTION_CONTEXT);
        ShapeValue result = values().nested(RESULT_CONFIGURATION);
        Value catalog = context == null ? null : context.value(CATALOG_NAME);
        Value database = context == null ? null : context.value(DATABASE_NAME);
        Value workGroup = value(WORK_GROUP_NAME);

        List<String> athena = new ArrayList<>(List.of("athena:getDataCatalog", "athena:startQueryExecution"));
        if (integrationPattern() == IntegrationPattern.RUN_JOB) {
            athena.addAll(List.of("athena:getQueryExecution", "athena:stopQueryExecution"));
        }
        g.allow(athena, List.of(
                catalog == null ? g.resource("AwsDataCatalog", DATA_CATALOG) : g.resource("queryExecutionContext.catalogName", catalog, DATA_CATALOG),
                workGroup == null ? g.resource("primary", WORK_GROUP) : g.resource("workGroup", workGroup, WORK_GROUP)));

        ShapeValue location = result == null ? null : result.nested(OUTPUT_LOCATION);
        if (location != null) {
            String bucket = g.resource(location.text(BUCKET_NAME), S3);
            g.allow(S3_BUCKET_ACTIONS, List.of(bucket));
            g.allow(S3_OBJECT_ACTIONS, List.of(bucket + "/" + location.text(OBJECT_KEY) + "/*"));
        } else {
            String every = S3.wildcard(g.context());
            g.widened("resultConfiguration.outputLocation", "the output location is "
                    + (values().has(RESULT_CONFIGURATION) && (result == null || result.has(OUTPUT_LOCATION)) ? "chosen at run time"
                    : "the work group's") + ", so S3 is granted on every bucket: " + every
                    + "; give resultConfiguration.outputLocation to grant one bucket and prefix");
            List<String> all = new ArrayList<>(S3_BUCKET_ACTIONS);
            all.addAll(S3_OBJECT_ACTIONS);
            g.allow(all, List.of(every));
        }

        List<ShapeValue> data = values().items(DATA_LOCATIONS);
        if (data != null) {
            for (ShapeValue d : data) {
                String bucket = g.resource(d.text(BUCKET_NAME), S3);
                g.allow(S3_DATA_BUCKET_ACTIONS, List.of(bucket));
                g.allow("s3:GetObject", bucket + "/" + d.text(OBJECT_KEY) + "/*");
            }
        }

        g.allow("lakeformation:GetDataAccess", "*");

        String db = database == null ? "default" : database instanceof Literal l && l.isText() ? l.text() : null;
        if (db == null) {
            g.widened("queryExecutionContext.databaseName", "chosen at run time, so the Glue grants name every database,"
                    + " table and function of the account and region; give a literal (or a placeholder) for one database");
        }
        g.allow(GLUE_ACTIONS, List.of(g.context().arn("glue", "catalog"),
                db == null ? GLUE_DATABASE.wildcard(g.context()) : g.resource(db, GLUE_DATABASE),
                db == null ? GLUE_TABLE.wildcard(g.context()) : g.resource(db + "/*", GLUE_TABLE),
                db == null ? GLUE_FUNCTION.wildcard(g.context()) : g.resource(db + "/*", GLUE_FUNCTION)));

        ShapeValue encryption = result == null ? null : result.nested(ENCRYPTION_CONFIGURATION);
        Value key = encryption == null ? null : encryption.value(ENCRYPTION_KEY);
        if (key instanceof Literal l && l.isText()) {
            g.kmsDataKey(l.text());
        } else if (key != null) {
            g.add(PolicyStatement.allow(List.of("kms:Decrypt", "kms:GenerateDataKey"),
                    List.of(g.resource("resultConfiguration.encryptionConfiguration.encryptionKey", key, KMS_KEY))));
        }
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link AthenaStartQueryExecution}; {@link #build()} checks every property and reports every problem. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder extends ShapeTaskBuilder<Builder, AthenaStartQueryExecution> {

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param sql the query @return this builder */
        public Builder queryString(String sql) {
            return set(QUERY_STRING, sql);
        }

        /** @param sql the query as a path, intrinsic function ({@code States.Format}) or expression @return this builder */
        public Builder queryString(Value sql) {
            return set(QUERY_STRING, sql);
        }

        /** @param token 32 to 128 characters (or a path) @return this builder */
        public Builder clientRequestToken(Object token) {
            return set(CLIENT_REQUEST_TOKEN, token);
        }

        /** @param fill sets the catalog and/or the database @return this builder */
        public Builder queryExecutionContext(Consumer<QueryExecutionContext> fill) {
            return set(QUERY_EXECUTION_CONTEXT, new QueryExecutionContext(), fill);
        }

        /** @param fill sets the output location and/or the encryption @return this builder */
        public Builder resultConfiguration(Consumer<ResultConfiguration> fill) {
            return set(RESULT_CONFIGURATION, new ResultConfiguration(), fill);
        }

        /** @param name the work group, or a placeholder @return this builder */
        public Builder workGroup(String name) {
            return set(WORK_GROUP_NAME, name);
        }

        /** @param name the work group as a path or expression @return this builder */
        public Builder workGroup(Value name) {
            return set(WORK_GROUP_NAME, name);
        }

        /** @param values the parameters' values, in order @return this builder */
        public Builder executionParameters(List<?> values) {
            return set(EXECUTION_PARAMETERS, values);
        }

        /**
         * @param maxAge the oldest result to reuse, in whole minutes (0 to 7 days)
         * @return this builder
         */
        public Builder resultReuseConfigurationMaxAge(Duration maxAge) {
            if (maxAge == null) {
                return set(RESULT_REUSE_MAX_AGE, null);
            }
            // Whole minutes as a whole number; anything else as a decimal that the field's check refuses.
            BigDecimal minutes = new BigDecimal(maxAge.getSeconds()).add(BigDecimal.valueOf(maxAge.getNano(), 9))
                    .divide(BigDecimal.valueOf(60), 9, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            return set(RESULT_REUSE_MAX_AGE, minutes.scale() <= 0 ? (Object) minutes.longValueExact() : minutes);
        }

        /**
         * Adds a location the query reads (a table's data), granted {@code s3:GetBucketLocation}, {@code s3:ListBucket}
         * on the bucket and {@code s3:GetObject} under the prefix; grant-only, not rendered.
         *
         * @param fill sets the bucket and the key prefix
         * @return this builder
         */
        public Builder addDataLocation(Consumer<OutputLocation> fill) {
            return add(DATA_LOCATIONS, OutputLocation::new, fill);
        }

        /** @param minutes the oldest result to reuse, in minutes, as a path or expression @return this builder */
        public Builder resultReuseConfigurationMaxAge(Value minutes) {
            return set(RESULT_REUSE_MAX_AGE, minutes);
        }

        @Override
        protected AthenaStartQueryExecution newTask() {
            return new AthenaStartQueryExecution(this);
        }
    }

    /** The catalog and database a query runs in (at least one of them). */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class QueryExecutionContext extends ShapeBuilder<QueryExecutionContext> {

        QueryExecutionContext() {
            super(CONTEXT);
        }

        /** @param name the data catalog (a name or placeholder, or a path) @return this builder */
        public QueryExecutionContext catalogName(Object name) {
            return set(CATALOG_NAME, name);
        }

        /** @param name the database (a name or placeholder, or a path) @return this builder */
        public QueryExecutionContext databaseName(Object name) {
            return set(DATABASE_NAME, name);
        }
    }

    /** Where and how query results are stored. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class ResultConfiguration extends ShapeBuilder<ResultConfiguration> {

        ResultConfiguration() {
            super(RESULT);
        }

        /** @param fill sets the bucket and the key prefix @return this builder */
        public ResultConfiguration outputLocation(Consumer<OutputLocation> fill) {
            return set(OUTPUT_LOCATION, new OutputLocation(), fill);
        }

        /** @param uri the output location as a path or expression giving an {@code s3://} URI @return this builder */
        public ResultConfiguration outputLocation(Value uri) {
            return set(OUTPUT_LOCATION, uri);
        }

        /** @param fill sets the encryption option and key @return this builder */
        public ResultConfiguration encryptionConfiguration(Consumer<EncryptionConfiguration> fill) {
            return set(ENCRYPTION_CONFIGURATION, new EncryptionConfiguration(), fill);
        }
    }

    /** An S3 location as the CDK's {@code s3.Location}: a bucket and a key prefix. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class OutputLocation extends ShapeBuilder<OutputLocation> {

        OutputLocation() {
            super(LOCATION);
        }

        /** @param name the bucket name (or a placeholder) @return this builder */
        public OutputLocation bucketName(String name) {
            return set(BUCKET_NAME, name);
        }

        /** @param key the key prefix, without a trailing slash @return this builder */
        public OutputLocation objectKey(String key) {
            return set(OBJECT_KEY, key);
        }
    }

    /** How query results are encrypted. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class EncryptionConfiguration extends ShapeBuilder<EncryptionConfiguration> {

        EncryptionConfiguration() {
            super(ENCRYPTION);
        }

        /** @param option SSE_S3, SSE_KMS or CSE_KMS @return this builder */
        public EncryptionConfiguration encryptionOption(EncryptionOption option) {
            return set(ENCRYPTION_OPTION, option);
        }

        /** @param option as a path or expression @return this builder */
        public EncryptionConfiguration encryptionOption(Value option) {
            return set(ENCRYPTION_OPTION, option);
        }

        /** @param keyArnOrId the KMS key ARN or id (or a placeholder, or a path) @return this builder */
        public EncryptionConfiguration encryptionKey(Object keyArnOrId) {
            return set(ENCRYPTION_KEY, keyArnOrId);
        }
    }
}
