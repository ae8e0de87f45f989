package io.github.sfntasks.api.iam;

import io.github.sfntasks.api.ApiStatus;

/**
 * The parts of an ARN ({@code arn:partition:service:region:account:resource}).
 *
 * <pre>{@code
 * Arn.parse("arn:aws:lambda:us-east-1:123456789012:function:my-fn").resource();  // function:my-fn
 * }</pre>
 *
 * @param partition the partition
 * @param service the service namespace
 * @param region the region (may be empty)
 * @param account the account (may be empty)
 * @param resource the resource part (may contain {@code :} and {@code /})
 */
@ApiStatus(ApiStatus.Status.STABLE)
public record Arn(String partition, String service, String region, String account, String resource) {

    /**
     * @param text any string
     * @return the parts, or {@code null} when the text is not an ARN
     */
    public static Arn parse(String text) {
        if (text == null || !text.startsWith("arn:")) {
            return null;
        }
        String[] p = text.split(":", 6);
        if (p.length < 6 || p[1].isEmpty() || p[2].isEmpty() || p[5].isEmpty()) {
            return null;
        }
        return new Arn(p[1], p[2], p[3], p[4], p[5]);
    }

    /** @param text any string @return whether it parses as an ARN */
    public static boolean isArn(String text) {
        return parse(text) != null;
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }
}
