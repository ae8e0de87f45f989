package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.ApiStatus;

/**
 * The data type of an SQS message attribute. SQS's base types are {@code String}, {@code Number}
 * and {@code Binary}, each with an optional custom label after a period; {@code String.Array} is a
 * {@code String} labelled {@code Array}, the type SNS gives such attributes when it delivers to SQS.
 * The same four types as the SNS provider's, so one attribute model serves both services.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html">Amazon SQS message attributes</a>
 */
@ApiStatus(ApiStatus.Status.STABLE)
public enum MessageAttributeDataType {
    /** Unicode text ({@code String}). */
    STRING("String"),
    /** An array of strings, numbers, booleans and nulls, as a JSON string ({@code String.Array}). */
    STRING_ARRAY("String.Array"),
    /** A number of up to 38 digits between 10^-128 and 10^126, sent as a string ({@code Number}). */
    NUMBER("Number"),
    /** Base64-encoded binary data ({@code Binary}); never inferred, always set explicitly. */
    BINARY("Binary");

    private final String apiValue;

    MessageAttributeDataType(String apiValue) {
        this.apiValue = apiValue;
    }

    /** @return the name the SQS API takes: {@code String}, {@code String.Array}, {@code Number} or {@code Binary} */
    public String apiValue() {
        return apiValue;
    }

    /**
     * @param apiValue a name the API takes, such as {@code String.Array}
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
