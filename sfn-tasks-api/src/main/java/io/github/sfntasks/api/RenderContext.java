package io.github.sfntasks.api;

import java.util.Objects;

/**
 * Where a state machine is rendered for: partition, region and account. Each is a concrete value
 * ({@code aws}, {@code eu-west-1}, {@code 123456789012}) or an opaque placeholder that is passed
 * through untouched ({@code ${AWS::Partition}} for CloudFormation {@code Fn::Sub}, a CDK token...).
 * There is no default account: every ARN sfn-tasks builds comes from here.
 *
 * <pre>{@code
 * RenderContext ctx = RenderContext.of("aws", "us-east-1", "123456789012");
 * ctx.arn("sqs", "my-queue");   // arn:aws:sqs:us-east-1:123456789012:my-queue
 * }</pre>
 *
 * @param partition the AWS partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}) or a placeholder
 * @param region the region or a placeholder
 * @param account the account id or a placeholder
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record RenderContext(String partition, String region, String account) {

    /** The CloudFormation pseudo parameter for the partition, for {@code Fn::Sub}. */
    public static final String CFN_PARTITION = "${AWS::Partition}";
    /** The CloudFormation pseudo parameter for the region, for {@code Fn::Sub}. */
    public static final String CFN_REGION = "${AWS::Region}";
    /** The CloudFormation pseudo parameter for the account, for {@code Fn::Sub}. */
    public static final String CFN_ACCOUNT = "${AWS::AccountId}";

    /**
     * @throws SfnTasksException ({@link ErrorCode#INVALID_RENDER_CONTEXT}) when a part is null or blank
     */
    public RenderContext {
        require("partition", partition);
        require("region", region);
        require("account", account);
    }

    private static void require(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new SfnTasksException(ErrorCode.INVALID_RENDER_CONTEXT,
                    "render context: " + what + " is " + (value == null ? "missing" : "blank")
                            + "; give a concrete value or a placeholder such as ${AWS::"
                            + (what.equals("account") ? "AccountId" : Character.toUpperCase(what.charAt(0)) + what.substring(1))
                            + "}");
        }
    }

    /**
     * @param partition partition or placeholder
     * @param region region or placeholder
     * @param account account or placeholder
     * @return the context
     */
    public static RenderContext of(String partition, String region, String account) {
        return new RenderContext(partition, region, account);
    }

    /**
     * A context of CloudFormation pseudo parameters ({@code ${AWS::Partition}}, {@code ${AWS::Region}},
     * {@code ${AWS::AccountId}}), to keep in a template's {@code Fn::Sub} or SAM {@code DefinitionSubstitutions}.
     *
     * @return the placeholder context
     */
    public static RenderContext cloudFormation() {
        return new RenderContext(CFN_PARTITION, CFN_REGION, CFN_ACCOUNT);
    }

    /** The CloudFormation pseudo parameter for the partition's DNS suffix, for {@code Fn::Sub}. */
    public static final String CFN_URL_SUFFIX = "${AWS::URLSuffix}";

    // As the AWS CDK 2.263 region-info (aws-entities.js, PARTITION_MAP) lists them; looked up, never iterated.
    private static final java.util.Map<String, String> URL_SUFFIXES = java.util.Map.of(
            "aws", "amazonaws.com",
            "aws-cn", "amazonaws.com.cn",
            "aws-us-gov", "amazonaws.com",
            "aws-iso", "c2s.ic.gov",
            "aws-iso-b", "sc2s.sgov.gov",
            "aws-iso-e", "cloud.adc-e.uk",
            "aws-iso-f", "csp.hci.ic.gov",
            "aws-eusc", "amazonaws.eu");

    /**
     * The DNS suffix of this context's partition, as CloudFormation's {@code AWS::URLSuffix} gives it,
     * for service host names (SQS queue URLs, API Gateway endpoints).
     *
     * @return {@code amazonaws.com}, {@code amazonaws.com.cn}...; {@code ${AWS::URLSuffix}} when the
     *         partition is a placeholder or unknown, so that a CloudFormation {@code Fn::Sub} fills it in
     */
    public String urlSuffix() {
        String suffix = urlSuffixOf(partition);
        return suffix != null ? suffix : CFN_URL_SUFFIX;
    }

    /**
     * The DNS suffix of a partition, for host names built from an ARN's own partition rather than
     * the context's; {@link #urlSuffix()} is the same for the context's partition.
     *
     * <pre>{@code
     * RenderContext.urlSuffixOf("aws-cn");               // amazonaws.com.cn
     * RenderContext.urlSuffixOf("${AWS::Partition}");    // ${AWS::URLSuffix}
     * RenderContext.urlSuffixOf("aws-future");           // null
     * }</pre>
     *
     * @param partition a partition, or the placeholder {@value #CFN_PARTITION} (may be null)
     * @return its suffix ({@code amazonaws.com}, {@code amazonaws.com.cn}...), {@value #CFN_URL_SUFFIX}
     *         for {@value #CFN_PARTITION}, or {@code null} when the partition is not known
     */
    public static String urlSuffixOf(String partition) {
        if (partition == null) {
            return null;
        }
        return partition.equals(CFN_PARTITION) ? CFN_URL_SUFFIX : URL_SUFFIXES.get(partition);
    }

    // The reverse of URL_SUFFIXES but for amazonaws.com, which two partitions share.
    private static final java.util.Map<String, String> PARTITIONS_BY_URL_SUFFIX = partitionsByUrlSuffix();

    private static java.util.Map<String, String> partitionsByUrlSuffix() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        URL_SUFFIXES.forEach((partition, suffix) -> {
            if (!suffix.equals("amazonaws.com")) {
                m.put(suffix, partition);
            }
        });
        m.put(CFN_URL_SUFFIX, CFN_PARTITION);
        return java.util.Map.copyOf(m);
    }

    /**
     * The partition of a DNS suffix, the reverse of {@link #urlSuffixOf(String)}: for the ARN of a
     * resource known by a host name (an SQS queue URL, say). {@code amazonaws.com} serves both
     * {@code aws} and {@code aws-us-gov}; the region tells them apart.
     *
     * <pre>{@code
     * RenderContext.partitionOfUrlSuffix("amazonaws.com.cn", "cn-north-1");     // aws-cn
     * RenderContext.partitionOfUrlSuffix("amazonaws.com", "us-gov-west-1");     // aws-us-gov
     * RenderContext.partitionOfUrlSuffix("amazonaws.com", "${AWS::Region}");    // null: aws or aws-us-gov
     * RenderContext.partitionOfUrlSuffix("${AWS::URLSuffix}", "${AWS::Region}"); // ${AWS::Partition}
     * }</pre>
     *
     * @param urlSuffix a DNS suffix, or the placeholder {@value #CFN_URL_SUFFIX} (may be null)
     * @param region the region of the host name (a {@code us-gov-} region is in {@code aws-us-gov}),
     *               or a placeholder
     * @return the partition, {@value #CFN_PARTITION} for {@value #CFN_URL_SUFFIX}, or {@code null}
     *         when the suffix is not known or only a concrete region could tell
     */
    public static String partitionOfUrlSuffix(String urlSuffix, String region) {
        if ("amazonaws.com".equals(urlSuffix)) {
            if (region == null || region.contains("${")) {
                return null;
            }
            return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        }
        return urlSuffix == null ? null : PARTITIONS_BY_URL_SUFFIX.get(urlSuffix);
    }

    /** @return whether all three parts are concrete (no {@code ${...}} placeholder) */
    public boolean isConcrete() {
        return !partition.contains("${") && !region.contains("${") && !account.contains("${");
    }

    /**
     * An ARN in this context's partition, region and account.
     *
     * @param service the service namespace ({@code lambda}, {@code sqs}...)
     * @param resource the resource part ({@code function:my-fn}, {@code my-queue})
     * @return {@code arn:<partition>:<service>:<region>:<account>:<resource>}
     */
    public String arn(String service, String resource) {
        return arn(service, region, account, resource);
    }

    /**
     * An ARN in this context's partition with an explicit region and account (either may be empty,
     * as for global services: {@code arn:aws:iam::123456789012:role/x}, {@code arn:aws:s3:::bucket}).
     *
     * @param service the service namespace
     * @param region the region, or {@code ""}
     * @param account the account, or {@code ""}
     * @param resource the resource part
     * @return the ARN
     */
    public String arn(String service, String region, String account, String resource) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(resource, "resource");
        return "arn:" + partition + ":" + service + ":" + (region == null ? "" : region) + ":"
                + (account == null ? "" : account) + ":" + resource;
    }

    /**
     * The Resource of an optimized service integration.
     *
     * @param serviceAction {@code <service>:<action>}, for example {@code lambda:invoke}
     * @param pattern the integration pattern, whose suffix is appended
     * @return {@code arn:<partition>:states:::<service>:<action><suffix>}
     */
    public String integrationArn(String serviceAction, IntegrationPattern pattern) {
        return "arn:" + partition + ":states:::" + serviceAction + pattern.resourceSuffix();
    }
}
