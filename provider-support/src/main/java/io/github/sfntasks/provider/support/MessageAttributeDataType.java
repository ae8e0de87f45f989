package io.github.sfntasks.provider.support;

import io.github.sfntasks.api.ApiStatus;

/**
 * The data type of an SNS or SQS message attribute, as the AWS CDK's {@code sns.MessageAttributeDataType}.
 * SNS and SQS share the base types {@code String}, {@code Number} and {@code Binary}; {@code String.Array}
 * is SNS's array type, which SQS takes as a {@code String} with the custom label {@code Array} (the type
 * SNS gives such attributes when it delivers to SQS). One model thus serves both services.
 *
 * <pre>{@code
 * MessageAttribute.of("12.50", MessageAttributeDataType.NUMBER);
 * MessageAttributeDataType.fromApiValue("String.Array");   // STRING_ARRAY
 * }</pre>
 *
 * @see MessageAttribute
 * @see <a href="https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html">Amazon SNS message attributes</a>
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html">Amazon SQS message attributes</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public enum MessageAttributeDataType {
    /** Unicode text ({@code String}). */
    STRING("String"),
    /** An array of strings, numbers, booleans and nulls, formatted as a JSON string ({@code String.Array}). */
    STRING_ARRAY("String.Array"),
    /** A number of up to 38 digits between 10^-128 and 10^126, sent as a string ({@code Number}). */
    NUMBER("Number"),
    /** Base64-encoded binary data ({@code Binary}); never inferred, always set explicitly. */
    BINARY("Binary");

    private final String apiValue;

    MessageAttributeDataType(String apiValue) {
        this.apiValue = apiValue;
    }

    /** @return the name the SNS and SQS APIs take: {@code String}, {@code String.Array}, {@code Number} or {@code Binary} */
    public String apiValue() {
        return apiValue;
    }

    /**
     * @param apiValue a name the APIs take, such as {@code String.Array}
     * @return the data type, or {@code null} when there is none of that name
     */
    public static MessageAttributeDataType fromApiValue(String apiValue) {
        for (MessageAttributeDataType t : values()) {
            if (t.apiValue.equals(apiValue)) {
                return t;
            }
        }
        return null;
    }
}
