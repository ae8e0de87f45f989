package io.github.sfntasks.provider.support;

import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;

/**
 * One message attribute of an SNS or SQS message, as the AWS CDK's {@code sns.MessageAttribute}: a
 * value and an optional data type. Providers check, render and read attributes with
 * {@link io.github.sfntasks.provider.support.MessageAttributes}.
 *
 * <p>Without a data type it is inferred as the CDK does: a list is {@code String.Array} (rendered
 * as a JSON-encoded string, {@code ["a",null,1]}), a number is {@code Number}, a string or a boolean
 * is {@code String}, and a path, intrinsic function or JSONata expression is {@code String}.
 * {@code Binary} is never inferred. With a data type the value must fit it: a {@code Number} string
 * must be a number, a {@code String.Array} string a JSON array, a {@code Binary} string base64.
 *
 * <pre>{@code
 * MessageAttribute.of(JsonPath.stringAt("$.place"));                                 // String, StringValue.$
 * MessageAttribute.of(JsonPath.stringAt("$.pic"), MessageAttributeDataType.BINARY);  // Binary, BinaryValue.$
 * MessageAttribute.of(4);                                                            // Number, "4"
 * MessageAttribute.of(Arrays.asList("@kslater", null));                              // String.Array, "[\"@kslater\",null]"
 * }</pre>
 *
 * @param value the value (a literal, a list of literals, a path, an intrinsic function or a JSONata expression)
 * @param dataType the data type, or {@code null} to infer it
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record MessageAttribute(Value value, MessageAttributeDataType dataType) {

    /**
     * @throws TaskValidationException when the value is missing
     */
    public MessageAttribute {
        if (value == null) {
            throw new TaskValidationException(ErrorCode.MISSING_PROPERTY, null, "value",
                    "a message attribute needs a value");
        }
    }

    /**
     * @param value the value, converted with {@link Value#of(Object)}
     * @return an attribute whose data type is inferred
     */
    public static MessageAttribute of(Object value) {
        return new MessageAttribute(Value.of(value), null);
    }

    /**
     * @param value the value, converted with {@link Value#of(Object)}
     * @param dataType the data type
     * @return the attribute
     */
    public static MessageAttribute of(Object value, MessageAttributeDataType dataType) {
        return new MessageAttribute(Value.of(value), dataType);
    }
}
