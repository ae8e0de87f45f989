package io.github.sfntasks.provider.sns;

import io.github.sfntasks.api.ApiStatus;

/**
 * The data type of an SNS message attribute, as the AWS CDK's {@code MessageAttributeDataType}.
 *
 * @see <a href="https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html">Amazon SNS message attributes</a>
 */
@ApiStatus(ApiStatus.Status.STABLE)
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

    /** @return the name the SNS API uses: {@code String}, {@code String.Array}, {@code Number} or {@code Binary} */
    public String apiValue() {
        return apiValue;
    }

    /**
     * @param apiValue a name the SNS API uses, such as {@code String.Array}
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
