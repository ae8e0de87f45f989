package io.github.sfntasks.provider.awssdk;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The IAM service prefix of an AWS SDK integration's service name, where the two differ.
 *
 * <p>The names Step Functions takes in {@code arn:<partition>:states:::aws-sdk:<service>:<action>}
 * are those of the AWS SDK for Java 2.x service modules ({@code sfn}, {@code cloudwatchlogs},
 * {@code efs}...); IAM authorises the call under the service's prefix ({@code states}, {@code logs},
 * {@code elasticfilesystem}...). Two sources:
 * <ol>
 *   <li>the AWS CDK v2.263 {@code aws-stepfunctions-tasks/lib/aws-sdk/call-aws-service.js} table
 *       (bedrockagent, cloudwatchlogs, efs, elasticloadbalancingv2, mediapackagevod, mwaa, sfn), and the
 *       cross-region table of {@code lib/lambda/call-aws-service-cross-region.js} (sfn, cloudwatch-logs,
 *       mwaa);</li>
 *   <li>the "service prefix" that the AWS Service Authorization Reference gives on each service's
 *       "Actions, resources, and condition keys" page, for the remaining integration names that are
 *       not the prefix.</li>
 * </ol>
 * A name absent from both is its own prefix, as in the CDK.
 */
final class IamPrefixes {

    /** Step Functions (SDK for Java 2.x) service name to IAM prefix. Sorted, so the table reads well. */
    private static final Map<String, String> PREFIXES = new TreeMap<>();

    static {
        // From the AWS CDK v2.263 CallAwsService.
        PREFIXES.put("bedrockagent", "bedrock");
        PREFIXES.put("cloudwatchlogs", "logs");
        PREFIXES.put("efs", "elasticfilesystem");
        PREFIXES.put("elasticloadbalancingv2", "elasticloadbalancing");
        PREFIXES.put("mediapackagevod", "mediapackage-vod");
        PREFIXES.put("mwaa", "airflow");
        PREFIXES.put("sfn", "states");
        // From the Service Authorization Reference (service prefix of each service).
        PREFIXES.put("accessanalyzer", "access-analyzer");
        PREFIXES.put("acmpca", "acm-pca");
        PREFIXES.put("amp", "aps");
        PREFIXES.put("appconfigdata", "appconfig");
        PREFIXES.put("appintegrations", "app-integrations");
        PREFIXES.put("applicationautoscaling", "application-autoscaling");
        PREFIXES.put("applicationdiscovery", "discovery");
        PREFIXES.put("autoscalingplans", "autoscaling-plans");
        PREFIXES.put("backupgateway", "backup-gateway");
        PREFIXES.put("bedrockagentruntime", "bedrock");
        PREFIXES.put("bedrockruntime", "bedrock");
        PREFIXES.put("cloudcontrol", "cloudformation");
        PREFIXES.put("cloudhsmv2", "cloudhsm");
        PREFIXES.put("cloudsearchdomain", "cloudsearch");
        PREFIXES.put("cloudwatchevents", "events");
        PREFIXES.put("codestarconnections", "codestar-connections");
        PREFIXES.put("codestarnotifications", "codestar-notifications");
        PREFIXES.put("cognitoidentity", "cognito-identity");
        PREFIXES.put("cognitoidentityprovider", "cognito-idp");
        PREFIXES.put("computeoptimizer", "compute-optimizer");
        PREFIXES.put("costandusagereport", "cur");
        PREFIXES.put("costexplorer", "ce");
        PREFIXES.put("customerprofiles", "profile");
        PREFIXES.put("databasemigration", "dms");
        PREFIXES.put("devopsguru", "devops-guru");
        PREFIXES.put("directory", "ds");
        PREFIXES.put("docdb", "rds");
        PREFIXES.put("dynamodbstreams", "dynamodb");
        PREFIXES.put("ec2instanceconnect", "ec2-instance-connect");
        PREFIXES.put("ecrpublic", "ecr-public");
        PREFIXES.put("elasticinference", "elastic-inference");
        PREFIXES.put("elasticsearch", "es");
        PREFIXES.put("emr", "elasticmapreduce");
        PREFIXES.put("emrcontainers", "emr-containers");
        PREFIXES.put("emrserverless", "emr-serverless");
        PREFIXES.put("eventbridge", "events");
        PREFIXES.put("forecastquery", "forecast");
        PREFIXES.put("greengrassv2", "greengrass");
        PREFIXES.put("iot1clickprojects", "iot1click");
        PREFIXES.put("iotdataplane", "iot");
        PREFIXES.put("ioteventsdata", "iotevents");
        PREFIXES.put("iotjobsdataplane", "iotjobsdata");
        PREFIXES.put("iotsecuretunneling", "iot");
        PREFIXES.put("keyspaces", "cassandra");
        PREFIXES.put("kinesisanalyticsv2", "kinesisanalytics");
        PREFIXES.put("kinesisvideoarchivedmedia", "kinesisvideo");
        PREFIXES.put("kinesisvideomedia", "kinesisvideo");
        PREFIXES.put("kinesisvideosignaling", "kinesisvideo");
        PREFIXES.put("lexmodelbuilding", "lex");
        PREFIXES.put("lexmodelsv2", "lex");
        PREFIXES.put("lexruntime", "lex");
        PREFIXES.put("lexruntimev2", "lex");
        PREFIXES.put("licensemanager", "license-manager");
        PREFIXES.put("location", "geo");
        PREFIXES.put("marketplacecatalog", "aws-marketplace");
        PREFIXES.put("marketplaceentitlement", "aws-marketplace");
        PREFIXES.put("marketplacemetering", "aws-marketplace");
        PREFIXES.put("mediastoredata", "mediastore");
        PREFIXES.put("migrationhub", "mgh");
        PREFIXES.put("migrationhubconfig", "mgh");
        PREFIXES.put("migrationhubstrategy", "migrationhub-strategy");
        PREFIXES.put("neptune", "rds");
        PREFIXES.put("networkfirewall", "network-firewall");
        PREFIXES.put("opensearch", "es");
        PREFIXES.put("opensearchserverless", "aoss");
        PREFIXES.put("personalizeevents", "personalize");
        PREFIXES.put("personalizeruntime", "personalize");
        PREFIXES.put("pinpointemail", "ses");
        PREFIXES.put("pinpointsmsvoice", "sms-voice");
        PREFIXES.put("rdsdata", "rds-data");
        PREFIXES.put("redshiftdata", "redshift-data");
        PREFIXES.put("redshiftserverless", "redshift-serverless");
        PREFIXES.put("resourcegroups", "resource-groups");
        PREFIXES.put("resourcegroupstaggingapi", "tag");
        PREFIXES.put("s3control", "s3");
        PREFIXES.put("s3outposts", "s3-outposts");
        PREFIXES.put("sagemakera2iruntime", "sagemaker");
        PREFIXES.put("sagemakeredge", "sagemaker");
        PREFIXES.put("sagemakerfeaturestoreruntime", "sagemaker");
        PREFIXES.put("sagemakerruntime", "sagemaker");
        PREFIXES.put("serverlessapplicationrepository", "serverlessrepo");
        PREFIXES.put("servicecatalogappregistry", "servicecatalog");
        PREFIXES.put("sesv2", "ses");
        PREFIXES.put("snowdevicemanagement", "snow-device-management");
        PREFIXES.put("ssmcontacts", "ssm-contacts");
        PREFIXES.put("ssmincidents", "ssm-incidents");
        PREFIXES.put("ssoadmin", "sso");
        PREFIXES.put("ssooidc", "sso-oauth");
        PREFIXES.put("timestreamquery", "timestream");
        PREFIXES.put("timestreamwrite", "timestream");
        PREFIXES.put("wafregional", "waf-regional");
        PREFIXES.put("workspacesweb", "workspaces-web");
    }

    /**
     * AWS SDK for JavaScript v3 client names ({@code @aws-sdk/client-<name>}) that do not become a
     * Step Functions name by dropping their dashes.
     */
    private static final Map<String, String> CLIENT_NAMES = new TreeMap<>();

    static {
        CLIENT_NAMES.put("application-discovery-service", "applicationdiscovery");
        CLIENT_NAMES.put("config-service", "config");
        CLIENT_NAMES.put("cost-and-usage-report-service", "costandusagereport");
        CLIENT_NAMES.put("database-migration-service", "databasemigration");
        CLIENT_NAMES.put("directory-service", "directory");
        CLIENT_NAMES.put("elasticsearch-service", "elasticsearch");
        CLIENT_NAMES.put("lex-model-building-service", "lexmodelbuilding");
        CLIENT_NAMES.put("lex-runtime-service", "lexruntime");
        CLIENT_NAMES.put("marketplace-entitlement-service", "marketplaceentitlement");
    }

    private IamPrefixes() {
    }

    /**
     * @param service a Step Functions AWS SDK service name, such as {@code sfn}
     * @return its IAM prefix, such as {@code states}; the name itself when they agree
     */
    static String ofService(String service) {
        return PREFIXES.getOrDefault(service, service);
    }

    /**
     * @param clientName an AWS SDK for JavaScript v3 client name, such as {@code cloudwatch-logs}
     * @return its IAM prefix, such as {@code logs}
     */
    static String ofClientName(String clientName) {
        String name = clientName.toLowerCase(Locale.ROOT);
        String service = CLIENT_NAMES.getOrDefault(name, name.replace("-", ""));
        return ofService(service);
    }

    /**
     * @param action an API action in camelCase, such as {@code getObject}
     * @return the IAM action name, in PascalCase ({@code GetObject})
     */
    static String actionName(String action) {
        return Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
