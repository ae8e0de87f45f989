package io.github.sfntasks.provider.sns;

/**
 * Regular expressions for the identifiers this module accepts, written once so the JSON Schema and
 * the checks in the task agree. They use only syntax that Java and ECMA-262 (JSON Schema) read alike.
 */
final class ResourcePatterns {

    /** An opaque placeholder such as {@code ${AWS::Region}}, passed through untouched. */
    static final String PLACEHOLDER = "\\$\\{[A-Za-z0-9_:.-]+\\}";
    /** An ARN partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}...) or a placeholder. */
    static final String PARTITION = "(?:aws(?:-[a-z]+)*|" + PLACEHOLDER + ")";
    /** A region ({@code us-east-1}, {@code cn-north-1}, {@code us-gov-west-1}...) or a placeholder. */
    static final String REGION = "(?:[a-z]{2,4}(?:-[a-z]+)+-[0-9]{1,2}|" + PLACEHOLDER + ")";
    /** A 12-digit account id or a placeholder. */
    static final String ACCOUNT = "(?:[0-9]{12}|" + PLACEHOLDER + ")";
    /** A KMS key id: a UUID or a multi-Region key id ({@code mrk-...}). */
    static final String KEY_ID = "(?:mrk-[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";
    /** A KMS key ARN or key id (aliases cannot be granted in an identity policy). */
    static final String KEY = "^(?:arn:" + PARTITION + ":kms:" + REGION + ":" + ACCOUNT + ":key/)?" + KEY_ID + "$";

    private ResourcePatterns() {
    }

    /**
     * Splits an ARN into its six parts, not splitting inside a {@code ${...}} placeholder (the API's
     * {@code Arn.parse} splits {@code arn:${AWS::Partition}:...} at the placeholder's colons).
     *
     * @param text any string
     * @return partition, service, region, account, resource (index 0 to 4), or {@code null} when the
     *         text is not an ARN
     */
    static String[] arnParts(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return null;
        }
        String[] parts = new String[5];
        int part = 0;
        int start = 4;
        boolean inPlaceholder = false;
        for (int i = 4; i < text.length() && part < 4; i++) {
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
        if (part < 4 || start >= text.length()) {
            return null;
        }
        parts[4] = text.substring(start);
        return parts[0].isEmpty() || parts[1].isEmpty() ? null : parts;
    }
}
