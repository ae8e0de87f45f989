/**
 * Amazon SQS tasks: {@link io.github.sfntasks.provider.sqs.SqsSendMessage} and its provider
 * ({@code sqs:sendMessage}), with {@link io.github.sfntasks.provider.sqs.MessageAttribute} and
 * {@link io.github.sfntasks.provider.sqs.MessageAttributeDataType}.
 */
@ApiStatus(ApiStatus.Status.STABLE)
package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.ApiStatus;
