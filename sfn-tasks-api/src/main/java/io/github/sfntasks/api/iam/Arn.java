package io.github.sfntasks.api.iam;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.RenderContext;

import java.util.Objects;

/**
 * The parts of an ARN ({@code arn:partition:service:region:account:resource}), and the regular
 * expressions that providers build their identifier patterns from.
 *
 * <p>A part may be an opaque placeholder such as {@code ${AWS::Region}} (CloudFormation
 * {@code Fn::Sub}); the colons inside a placeholder do not split parts.
 *
 * <pre>{@code
 * Arn.parse("arn:aws:lambda:us-east-1:123456789012:function:my-fn").resource();  // function:my-fn
 * Arn.parse("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:t").partition();  // ${AWS::Partition}
 * String topic = "^arn:" + Arn.PARTITION_PATTERN + ":sns:" + Arn.REGION_PATTERN + ":" + Arn.ACCOUNT_PATTERN + ":[A-Za-z0-9_-]{1,256}$";
 * }</pre>
 *
 * <p>The {@code *_PATTERN} constants are regular expressions that Java and ECMA-262 (JSON Schema
 * {@code pattern}) read alike; all but {@link #KMS_KEY_PATTERN} are unanchored fragments with
 * non-capturing groups only, to be embedded in a provider's own pattern.
 *
 * @param partition the partition
 * @param service the service namespace
 * @param region the region (may be empty)
 * @param account the account (may be empty)
 * @param resource the resource part (may contain {@code :} and {@code /})
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record Arn(String partition, String service, String region, String account, String resource) {

    /** An opaque placeholder such as {@code ${AWS::Region}}, passed through untouched. */
    public static final String PLACEHOLDER_PATTERN = io.github.sfntasks.api.Placeholders.PATTERN;

    /** An ARN partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}...) or a placeholder. */
    public static final String PARTITION_PATTERN = "(?:aws(?:-[a-z]+)*|" + PLACEHOLDER_PATTERN + ")";

    /** A region ({@code us-east-1}, {@code cn-north-1}, {@code us-gov-west-1}...) or a placeholder. */
    public static final String REGION_PATTERN = "(?:[a-z]{2,4}(?:-[a-z]+)+-[0-9]{1,2}|" + PLACEHOLDER_PATTERN + ")";

    /** A 12-digit account id or a placeholder. */
    public static final String ACCOUNT_PATTERN = "(?:[0-9]{12}|" + PLACEHOLDER_PATTERN + ")";

    /** A KMS key id: a UUID or a multi-Region key id ({@code mrk-} and 32 hex digits). */
    public static final String KMS_KEY_ID_PATTERN =
            "(?:mrk-[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";

    /**
     * A whole KMS key ARN or key id, anchored: what a task takes to grant use of a key. Aliases are
     * not taken: an identity policy cannot grant a key by its alias.
     */
    public static final String KMS_KEY_PATTERN = "^(?:arn:" + PARTITION_PATTERN + ":kms:" + REGION_PATTERN + ":"
            + ACCOUNT_PATTERN + ":key/)?" + KMS_KEY_ID_PATTERN + "$";

    /**
     * Splits an ARN into its parts. The first five colons split; later ones belong to the resource;
     * a colon inside a {@code ${...}} placeholder splits nothing.
     *
     * @param text any string
     * @return the parts, or {@code null} when the text is not an ARN (no {@code arn:} prefix, fewer
     *         than six parts, or an empty partition, service or resource)
     */
    public static Arn parse(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return null;
        }
        String[] parts = new String[4];
        int part = 0;
        int start = "arn:".length();
        boolean inPlaceholder = false;
        for (int i = start; i < text.length() && part < parts.length; i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                inPlaceholder = true;
            } else if (c == '}') {
                inPlaceholder = false;
            } else if (c == ':' && !inPlaceholder) {
                parts[part++] = text.substring(start, i);
                start = i + 1;
            }
        }
        if (part < parts.length || start >= text.length() || parts[0].isEmpty() || parts[1].isEmpty()) {
            return null;
        }
        return new Arn(parts[0], parts[1], parts[2], parts[3], text.substring(start));
    }

    /** @param text any string @return whether it parses as an ARN */
    public static boolean isArn(String text) {
        // parse(text) != null, without building the parts: called for every resource of every task
        if (text == null || !text.startsWith("arn:")) {
            return false;
        }
        int len = text.length();
        int part = 0;
        int start = "arn:".length();
        boolean inPlaceholder = false;
        for (int i = start; i < len && part < 4; i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < len && text.charAt(i + 1) == '{') {
                inPlaceholder = true;
            } else if (c == '}') {
                inPlaceholder = false;
            } else if (c == ':' && !inPlaceholder) {
                if (part < 2 && i == start) {
                    return false;
                }
                part++;
                start = i + 1;
            }
        }
        return part == 4 && start < len;
    }

    /**
     * The ARN of a KMS key given by ARN or by key id, for a grant. A key id is taken to be in the
     * context's partition, region and account.
     *
     * <pre>{@code
     * Arn.kmsKeyArn("1234abcd-12ab-34cd-56ef-1234567890ab", RenderContext.of("aws", "us-east-1", "123456789012"));
     * // arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
     * }</pre>
     *
     * @param keyArnOrId a key ARN (returned as it is) or a key id
     * @param context partition, region and account for a key id
     * @return the key ARN
     */
    public static String kmsKeyArn(String keyArnOrId, RenderContext context) {
        Objects.requireNonNull(keyArnOrId, "keyArnOrId");
        return isArn(keyArnOrId) ? keyArnOrId : context.arn("kms", "key/" + keyArnOrId);
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}
