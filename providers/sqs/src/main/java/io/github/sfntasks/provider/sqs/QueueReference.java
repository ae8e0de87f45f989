package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.iam.ResourceArn;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A statically known queue, given by URL, ARN or name. The SendMessage API takes the URL; IAM takes
 * the ARN; each is derived from the other.
 *
 * <p>URL to ARN: the region and account come from the URL, the partition from its domain
 * ({@code amazonaws.com} is {@code aws}, or {@code aws-us-gov} in a {@code us-gov-} region;
 * {@code amazonaws.com.cn} is {@code aws-cn}; and so on for the isolated and sovereign partitions).
 * ARN to URL: {@code https://sqs.<region>.<domain>/<account>/<name>}, the domain that of the ARN's
 * partition. A name takes partition, region and account from the render context; the placeholders
 * {@code ${AWS::Partition}} and {@code ${AWS::URLSuffix}} map to each other. Partition and domain
 * map as {@link RenderContext#urlSuffixOf} and {@link RenderContext#partitionOfUrlSuffix} say.
 */
final class QueueReference {

    /** The partitions whose queue URL can be built: those whose domain {@link RenderContext#urlSuffixOf} knows. */
    static final List<String> PARTITIONS = List.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e",
            "aws-iso-f", "aws-eusc", RenderContext.CFN_PARTITION);

    /** A queue name: up to 80 letters, digits, {@code _} and {@code -}, {@code .fifo} included. */
    static final String LITERAL_NAME = "(?:[A-Za-z0-9_-]{1,75}\\.fifo|[A-Za-z0-9_-]{1,80})";
    /** A queue name that may hold placeholders ({@code orders-${Stage}}); its literal length is checked apart. */
    static final String NAME = "(?:" + LITERAL_NAME + "|(?:[A-Za-z0-9_-]|" + Placeholders.PATTERN + ")+(?:\\.fifo)?)";
    /** One of {@link #PARTITIONS}. */
    static final String PARTITION = PARTITIONS.stream()
            .map(p -> p.replace("$", "\\$").replace("{", "\\{").replace("}", "\\}"))
            .collect(Collectors.joining("|", "(?:", ")"));
    /** The domains of SQS endpoints: those of {@link #PARTITIONS}, longest first where one ends another. */
    static final String URL_SUFFIX = "(?:amazonaws\\.com\\.cn|amazonaws\\.com|amazonaws\\.eu|c2s\\.ic\\.gov|sc2s\\.sgov\\.gov"
            + "|cloud\\.adc-e\\.uk|csp\\.hci\\.ic\\.gov|\\$\\{AWS::URLSuffix\\})";
    /** A queue URL, current ({@code sqs.<region>.<domain>}) or legacy ({@code <region>.queue.<domain>}). */
    static final String URL = "https://(?:sqs\\." + Arn.REGION_PATTERN + "\\." + URL_SUFFIX + "|" + Arn.REGION_PATTERN
            + "\\.queue\\." + URL_SUFFIX + "|queue\\.amazonaws\\.com)/" + Arn.ACCOUNT_PATTERN + "/" + NAME;
    /** A queue ARN. */
    static final String ARN = "arn:" + PARTITION + ":sqs:" + Arn.REGION_PATTERN + ":" + Arn.ACCOUNT_PATTERN + ":" + NAME;
    /** What the {@code queue} property takes when static. */
    static final String QUEUE_REGEX = "^(?:" + URL + "|" + ARN + "|" + NAME + ")$";
    /** What the {@code queue} property's schema takes when static: a literal form, or text holding placeholders. */
    static final String LITERAL_QUEUE_REGEX = "^(?:https://(?:sqs\\.[a-z0-9-]+\\." + URL_SUFFIX + "|[a-z0-9-]+\\.queue\\." + URL_SUFFIX
            + "|queue\\.amazonaws\\.com)/[0-9]{12}/" + LITERAL_NAME + "|arn:" + PARTITION + ":sqs:[a-z0-9-]+:[0-9]{12}:" + LITERAL_NAME
            + "|" + LITERAL_NAME + ")$";

    private static final Pattern QUEUE = Pattern.compile(QUEUE_REGEX);
    /** A current or legacy host: groups 1 and 2 are region and domain of the one, 3 and 4 of the other. */
    private static final Pattern HOST = Pattern.compile("sqs\\.(" + Arn.REGION_PATTERN + ")\\.(" + URL_SUFFIX + ")|("
            + Arn.REGION_PATTERN + ")\\.queue\\.(" + URL_SUFFIX + ")");

    private enum Kind { URL, ARN, NAME, PLACEHOLDER_URL }

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

    /**
     * @param text a queue URL, ARN or name
     * @return the reference
     * @throws TaskValidationException (property {@code queue}) when the text is none of them
     */
    static QueueReference parse(String text) {
        if (Placeholders.isWhole(text)) {
            if (text.endsWith(".Arn}")) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "queue",
                        "a whole placeholder is taken as the queue URL (the CDK passes a queue's queueUrl), and SendMessage"
                                + " needs the URL, which an ARN placeholder (" + text + ") cannot give: pass the queue's URL"
                                + " (CloudFormation: ${Queue} is Ref, the URL; CDK: queue.getQueueUrl()) and, for a grant"
                                + " naming the one queue, its ARN as queueArn");
            }
            return new QueueReference(Kind.PLACEHOLDER_URL, text, null, null, null, text);
        }
        if (text != null) {
            ResourceArn.refuseWildcards(text, "queue");
        }
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
            Matcher m = HOST.matcher(host);
            if (host.equals("queue.amazonaws.com")) {
                region = "us-east-1";
                suffix = "amazonaws.com";
            } else if (m.matches()) {
                region = m.group(1) != null ? m.group(1) : m.group(3);
                suffix = m.group(1) != null ? m.group(2) : m.group(4);
            }
            if (region == null) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "queue",
                        "cannot tell the region of queue URL \"" + text + "\"; give the queue ARN instead");
            }
            // null for amazonaws.com in a placeholder region: aws or aws-us-gov, the render context knows which
            return new QueueReference(Kind.URL, text, RenderContext.partitionOfUrlSuffix(suffix, region), region,
                    parts[1], parts[2]);
        }
        Arn arn = Arn.parse(text);
        if (arn != null) {
            return new QueueReference(Kind.ARN, text, arn.partition(), arn.region(), arn.account(), arn.resource());
        }
        if (Placeholders.literalLength(text) > 80) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "queue",
                    "a queue name has at most 80 characters, and the literal parts of \"" + text + "\" have more");
        }
        return new QueueReference(Kind.NAME, text, null, null, null, text);
    }

    /** @return whether the queue is given as one placeholder standing for its URL, so its ARN is not known here */
    boolean isPlaceholderUrl() {
        return kind == Kind.PLACEHOLDER_URL;
    }

    /** @return whether the name is known to end {@code .fifo} or not (a whole placeholder tells neither) */
    boolean fifoKnown() {
        // a name ending in a placeholder (orders-${Stage}) may or may not end .fifo once deployed
        List<Placeholders.Part> parts = Placeholders.parts(name);
        return kind != Kind.PLACEHOLDER_URL && !parts.isEmpty() && !parts.get(parts.size() - 1).placeholder();
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
            case URL, PLACEHOLDER_URL -> text;
            case ARN -> {
                String suffix = RenderContext.urlSuffixOf(partition);
                if (suffix == null) {
                    throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, "queue",
                            "cannot build the URL of queue ARN \"" + text + "\": the domain of partition \"" + partition
                                    + "\" is not known (known: " + PARTITIONS + "); give the queue URL instead");
                }
                yield "https://sqs." + region + "." + suffix + "/" + account + "/" + name;
            }
            case NAME -> {
                String suffix = RenderContext.urlSuffixOf(context.partition());
                if (suffix == null) {
                    throw new TaskValidationException(ErrorCode.INVALID_RENDER_CONTEXT, null, "queue",
                            "cannot build the URL of queue \"" + name + "\" in partition \"" + context.partition()
                                    + "\": its domain is known for " + PARTITIONS + " only; give the queue URL"
                                    + " (https://sqs.<region>.<domain>/<account>/<name>, placeholders allowed), or render"
                                    + " with a concrete partition or ${AWS::Partition}");
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
            case PLACEHOLDER_URL -> throw new IllegalStateException("the ARN of a placeholder URL is not known");
            case ARN -> text;
            case URL -> "arn:" + (partition == null ? context.partition() : partition) + ":sqs:" + region + ":" + account + ":" + name;
            case NAME -> context.arn("sqs", name);
        };
    }
}
