package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A statically known queue, given by URL, ARN or name. The SendMessage API takes the URL; IAM takes
 * the ARN; each is derived from the other.
 *
 * <p>URL to ARN: the region and account come from the URL, the partition from its domain
 * ({@code amazonaws.com} is {@code aws}, or {@code aws-us-gov} in a {@code us-gov-} region;
 * {@code amazonaws.com.cn} is {@code aws-cn}; and so on for the isolated and sovereign partitions).
 * ARN to URL: {@code https://sqs.<region>.<domain>/<account>/<name>}, the domain that of the ARN's
 * partition. A name takes partition, region and account from the render context; the placeholders
 * {@code ${AWS::Partition}} and {@code ${AWS::URLSuffix}} map to each other.
 */
final class QueueReference {

    /** The partitions whose SQS domain is known, and that domain. */
    static final Map<String, String> URL_SUFFIXES = urlSuffixes();

    /** A queue name: up to 80 letters, digits, {@code _} and {@code -}, {@code .fifo} included. */
    static final String NAME = "(?:[A-Za-z0-9_-]{1,75}\\.fifo|[A-Za-z0-9_-]{1,80})";
    /** The partitions whose queue URL can be built. */
    static final String PARTITION = "(?:aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc|\\$\\{AWS::Partition\\})";
    /** The domains of SQS endpoints. */
    static final String URL_SUFFIX = "(?:amazonaws\\.com\\.cn|amazonaws\\.com|amazonaws\\.eu|c2s\\.ic\\.gov|sc2s\\.sgov\\.gov"
            + "|cloud\\.adc-e\\.uk|csp\\.hci\\.ic\\.gov|\\$\\{AWS::URLSuffix\\})";
    /** A queue URL, current ({@code sqs.<region>.<domain>}) or legacy ({@code <region>.queue.<domain>}). */
    static final String URL = "https://(?:sqs\\." + ResourcePatterns.REGION + "\\." + URL_SUFFIX + "|" + ResourcePatterns.REGION
            + "\\.queue\\." + URL_SUFFIX + "|queue\\.amazonaws\\.com)/" + ResourcePatterns.ACCOUNT + "/" + NAME;
    /** A queue ARN. */
    static final String ARN = "arn:" + PARTITION + ":sqs:" + ResourcePatterns.REGION + ":" + ResourcePatterns.ACCOUNT + ":" + NAME;
    /** What the {@code queue} property takes when static. */
    static final String QUEUE_REGEX = "^(?:" + URL + "|" + ARN + "|" + NAME + ")$";

    private static final Pattern QUEUE = Pattern.compile(QUEUE_REGEX);
    private static final Pattern REGION = Pattern.compile(ResourcePatterns.REGION);
    private static final String CFN_URL_SUFFIX = "${AWS::URLSuffix}";
    /** Longest first, so {@code amazonaws.com.cn} is not taken for {@code amazonaws.com}. */
    private static final List<String> SUFFIXES_BY_LENGTH = List.of("amazonaws.com.cn", "csp.hci.ic.gov", "sc2s.sgov.gov",
            "cloud.adc-e.uk", "amazonaws.com", "amazonaws.eu", "c2s.ic.gov", CFN_URL_SUFFIX);

    private enum Kind { URL, ARN, NAME }

    private final Kind kind;
    private final String text;
    /** The partition, or {@code null} when the render context decides (a name, or an ambiguous URL). */
    private final String partition;
    private final String region;
    private final String account;
    private final String name;

    private QueueReference(Kind kind, String text, String partition, String region, String account, String name) {
        this.kind = kind;
        this.text = text;
        this.partition = partition;
        this.region = region;
        this.account = account;
        this.name = name;
    }

    private static Map<String, String> urlSuffixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("aws", "amazonaws.com");
        m.put("aws-cn", "amazonaws.com.cn");
        m.put("aws-us-gov", "amazonaws.com");
        m.put("aws-iso", "c2s.ic.gov");
        m.put("aws-iso-b", "sc2s.sgov.gov");
        m.put("aws-iso-e", "cloud.adc-e.uk");
        m.put("aws-iso-f", "csp.hci.ic.gov");
        m.put("aws-eusc", "amazonaws.eu");
        m.put(RenderContext.CFN_PARTITION, CFN_URL_SUFFIX);
        return Collections.unmodifiableMap(m);
    }

    /**
     * @param text a queue URL, ARN or name
     * @return the reference
     * @throws TaskValidationException (property {@code queue}) when the text is none of them
     */
    static QueueReference parse(String text) {
        if (text == null || !QUEUE.matcher(text).matches()) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "queue",
                    "must be a queue URL (https://sqs.us-east-1.amazonaws.com/123456789012/my-queue), a queue ARN"
                            + " (arn:aws:sqs:us-east-1:123456789012:my-queue) or a queue name of up to 80 letters, digits,"
                            + " '_' or '-' (FIFO: ending .fifo), was " + (text == null ? "null" : "\"" + text + "\""));
        }
        if (text.startsWith("https://")) {
            String[] parts = text.substring("https://".length()).split("/");
            String host = parts[0];
            String region = null;
            String suffix = null;
            if (host.equals("queue.amazonaws.com")) {
                region = "us-east-1";
                suffix = "amazonaws.com";
            } else {
                for (String s : SUFFIXES_BY_LENGTH) {
                    if (host.endsWith("." + s)) {
                        String prefix = host.substring(0, host.length() - s.length() - 1);
                        if (prefix.startsWith("sqs.") && REGION.matcher(prefix.substring(4)).matches()) {
                            region = prefix.substring(4);
                        } else if (prefix.endsWith(".queue") && REGION.matcher(prefix.substring(0, prefix.length() - 6)).matches()) {
                            region = prefix.substring(0, prefix.length() - 6);
                        }
                        if (region != null) {
                            suffix = s;
                            break;
                        }
                    }
                }
            }
            if (region == null) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "queue",
                        "cannot tell the region of queue URL \"" + text + "\"; give the queue ARN instead");
            }
            return new QueueReference(Kind.URL, text, partitionOf(suffix, region), region, parts[1], parts[2]);
        }
        String[] arn = ResourcePatterns.arnParts(text);
        if (arn != null) {
            return new QueueReference(Kind.ARN, text, arn[0], arn[2], arn[3], arn[4]);
        }
        return new QueueReference(Kind.NAME, text, null, null, null, text);
    }

    /** The partition of a URL's domain; {@code null} when only the render context can tell. */
    private static String partitionOf(String suffix, String region) {
        if (suffix.equals("amazonaws.com")) {
            if (region.contains("${")) {
                return null; // aws or aws-us-gov: the render context knows which
            }
            return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        }
        for (Map.Entry<String, String> e : URL_SUFFIXES.entrySet()) {
            if (e.getValue().equals(suffix)) {
                return e.getKey();
            }
        }
        // Unreachable: the pattern admits only known domains.
        throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "queue", "unknown SQS domain " + suffix);
    }

    /** @return the queue name */
    String name() {
        return name;
    }

    /** @return whether the queue is a FIFO queue (its name ends {@code .fifo}) */
    boolean isFifo() {
        return name.endsWith(".fifo");
    }

    /**
     * @param context partition, region, account for a name
     * @return the queue URL the API takes
     * @throws TaskValidationException when the context's partition has no known SQS domain
     */
    String url(RenderContext context) {
        return switch (kind) {
            case URL -> text;
            case ARN -> "https://sqs." + region + "." + URL_SUFFIXES.get(partition) + "/" + account + "/" + name;
            case NAME -> {
                String suffix = URL_SUFFIXES.get(context.partition());
                if (suffix == null) {
                    throw new TaskValidationException(ErrorCode.INVALID_RENDER_CONTEXT, null, "queue",
                            "cannot build the URL of queue \"" + name + "\" in partition \"" + context.partition()
                                    + "\" (known: " + URL_SUFFIXES.keySet() + "); give the queue URL instead");
                }
                yield "https://sqs." + context.region() + "." + suffix + "/" + context.account() + "/" + name;
            }
        };
    }

    /**
     * @param context partition, region, account for a name
     * @return the queue ARN, for IAM
     */
    String arn(RenderContext context) {
        return switch (kind) {
            case ARN -> text;
            case URL -> "arn:" + (partition == null ? context.partition() : partition) + ":sqs:" + region + ":" + account + ":" + name;
            case NAME -> context.arn("sqs", name);
        };
    }
}
