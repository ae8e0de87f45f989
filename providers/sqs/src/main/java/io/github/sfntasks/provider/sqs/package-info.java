/**
 * Amazon SQS tasks: {@link io.github.sfntasks.provider.sqs.SqsSendMessage} and its provider
 * ({@code sqs:sendMessage}). Message attributes are the API's
 * {@link io.github.sfntasks.provider.support.MessageAttribute} and
 * {@link io.github.sfntasks.provider.support.MessageAttributeDataType}, shared with SNS.
 */
@ApiStatus(ApiStatus.Status.STABLE)
package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.ApiStatus;
