package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.Location;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.tasks.AthenaStartQueryExecution;
import software.amazon.awscdk.services.stepfunctions.tasks.EncryptionConfiguration;
import software.amazon.awscdk.services.stepfunctions.tasks.EncryptionOption;
import software.amazon.awscdk.services.stepfunctions.tasks.QueryExecutionContext;
import software.amazon.awscdk.services.stepfunctions.tasks.ResultConfiguration;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code athena:startQueryExecution} as the CDK's {@code AthenaStartQueryExecution}: the nested objects as the CDK's
 * {@code QueryExecutionContext}, {@code ResultConfiguration}, {@code EncryptionConfiguration} and S3
 * {@code Location}; {@code resultReuseConfigurationMaxAge} (minutes) as {@code Duration.minutes}. Not expressible: the
 * grant-only {@code dataLocations}, a
 * work group, catalog or database chosen at run time (the CDK writes the path into its grant's ARN), an output
 * location, result configuration or encryption chosen at run time, an {@code encryptionKey} (the CDK takes an
 * {@code IKey} and writes the construct into {@code KmsKey}), paths among the execution parameters, a maximum age
 * chosen at run time, and a query string from an intrinsic function ({@code JsonPath.stringAt} refuses one).
 */
public final class AthenaStartQueryExecutionCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "athena:startQueryExecution";
    private static final String PAGE = "https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html";

    /** For ServiceLoader. */
    public AthenaStartQueryExecutionCdkFactory() {
        super(TYPE_ID);
    }

    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        AthenaCdk.refuseTokenTexts(p);
        if (p.has("dataLocations")) {
            throw new NotExpressible("dataLocations (grant-only; the CDK grants S3 reads on * instead)");
        }
        AthenaStartQueryExecution.Builder b = AthenaStartQueryExecution.Builder.create(stack, stateName)
                .queryString(CdkProps.string(p, "queryString"))
                .clientRequestToken(CdkProps.string(p, "clientRequestToken"))
                .workGroup(AthenaCdk.resourceName(p, "workGroup"));
        if (p.has("queryExecutionContext.$") || p.has("resultConfiguration.$") || p.path("queryExecutionContext").isTextual()
                || p.path("resultConfiguration").isTextual()) {
            throw new NotExpressible("a query execution context or result configuration chosen at run time");
        }
        if (p.get("queryExecutionContext") instanceof ObjectNode q) {
            b.queryExecutionContext(QueryExecutionContext.builder().catalogName(AthenaCdk.resourceName(q, "catalogName"))
                    .databaseName(AthenaCdk.resourceName(q, "databaseName")).build());
        }
        if (p.get("resultConfiguration") instanceof ObjectNode r) {
            ResultConfiguration.Builder rb = ResultConfiguration.builder();
            if (r.has("outputLocation.$") || r.has("encryptionConfiguration.$") || r.path("outputLocation").isTextual()
                    || r.path("encryptionConfiguration").isTextual()) {
                throw new NotExpressible("an output location or encryption chosen at run time");
            }
            if (r.get("outputLocation") instanceof ObjectNode o) {
                rb.outputLocation(Location.builder().bucketName(o.path("bucketName").asText())
                        .objectKey(o.path("objectKey").asText()).build());
            }
            if (r.get("encryptionConfiguration") instanceof ObjectNode e) {
                if (e.has("encryptionKey") || e.has("encryptionKey.$")) {
                    throw new NotExpressible("an encryptionKey (the CDK takes an IKey and writes the construct into KmsKey)");
                }
                String option = CdkProps.staticText(e, "encryptionOption");
                if (option == null) {
                    throw new NotExpressible("an encryption option chosen at run time (the CDK takes an enum)");
                }
                rb.encryptionConfiguration(EncryptionConfiguration.builder().encryptionOption(switch (option) {
                    case "SSE_S3" -> EncryptionOption.S3_MANAGED;
                    case "SSE_KMS" -> EncryptionOption.KMS;
                    default -> EncryptionOption.CLIENT_SIDE_KMS;
                }).build());
            }
            b.resultConfiguration(rb.build());
        }
        if (p.has("executionParameters.$") || p.path("executionParameters").isTextual()) {
            throw new NotExpressible("execution parameters chosen at run time");
        }
        JsonNode list = p.get("executionParameters");
        if (list != null && list.isArray()) {
            List<String> values = new ArrayList<>();
            for (JsonNode v : list) {
                if (!v.isTextual()) {
                    throw new NotExpressible("an execution parameter that is not a string");
                }
                values.add(v.textValue());
            }
            b.executionParameters(values);
        }
        if (p.has("resultReuseConfigurationMaxAge.$")) {
            throw new NotExpressible("a maximum age chosen at run time (the CDK takes a Duration)");
        }
        JsonNode age = p.get("resultReuseConfigurationMaxAge");
        if (age != null) {
            if (!age.isIntegralNumber()) {
                throw new NotExpressible("a maximum age as a JSONata expression (the CDK takes a Duration)");
            }
            b.resultReuseConfigurationMaxAge(Duration.minutes(age.asLong()));
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    private static boolean runJob(TaskCase c) {
        return c.integrationPattern() == io.github.sfntasks.api.IntegrationPattern.RUN_JOB;
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "sync-stops-the-query",
                        "RUN_JOB also grants athena:stopQueryExecution (Step Functions stops the query when the execution"
                                + " is stopped), as AWS's .sync template lists; the CDK does not grant it",
                        PAGE, AthenaStartQueryExecutionCdkFactory::runJob,
                        (c, ours, cdk) -> AthenaCdk.dropActions(ours, "athena:stopqueryexecution"::equals)),
                new AllowedDifference(TYPE_ID, "request-response-does-not-get-the-query",
                        "REQUEST_RESPONSE does not grant athena:getQueryExecution, which AWS's Request Response template"
                                + " leaves out; the CDK grants it for every pattern",
                        PAGE, c -> !runJob(c),
                        (c, ours, cdk) -> AthenaCdk.dropActions(cdk, "athena:getqueryexecution"::equals)),
                new AllowedDifference(TYPE_ID, "s3-output-location-only",
                        "S3 is granted on the output bucket (bucket actions) and prefix (object actions) only, or on"
                                + " arn:<partition>:s3:::* when the location is the work group's; the CDK grants CreateBucket,"
                                + " ListBucket, GetBucketLocation and GetObject on *",
                        PAGE, c -> true,
                        (c, ours, cdk) -> {
                            String bucket = outputBucket(c);
                            List<String> s3 = AthenaCdk.resources(ours, a -> a.startsWith("s3:"));
                            boolean narrower = bucket == null ? s3.stream().allMatch("arn:aws:s3:::*"::equals)
                                    : s3.stream().allMatch(r -> r.equals("arn:aws:s3:::" + bucket) || r.startsWith("arn:aws:s3:::" + bucket + "/"));
                            if (narrower) {
                                AthenaCdk.dropActions(ours, a -> a.startsWith("s3:"));
                                AthenaCdk.dropActions(cdk, a -> a.startsWith("s3:"));
                            }
                        }),
                new AllowedDifference(TYPE_ID, "no-empty-result-configuration",
                        "without a result configuration the state has no ResultConfiguration; the CDK writes an empty one",
                        "https://docs.aws.amazon.com/athena/latest/APIReference/API_StartQueryExecution.html",
                        c -> !c.properties().has("resultConfiguration"),
                        (c, ours, cdk) -> {
                            ObjectNode params = CdkProps.parameters(cdk);
                            if (params != null && params.path("ResultConfiguration").isObject() && params.get("ResultConfiguration").isEmpty()) {
                                params.remove("ResultConfiguration");
                            }
                        }));
    }

    private static String outputBucket(TaskCase c) {
        JsonNode o = c.properties().path("resultConfiguration").path("outputLocation");
        return o.isObject() ? o.path("bucketName").asText(null) : null;
    }
}
