/**
 * Amazon SQS tasks: {@link io.github.sfntasks.provider.sqs.SqsSendMessage} and its provider
 * ({@code sqs:sendMessage}). Message attributes are the API's
 * {@link io.github.sfntasks.provider.support.MessageAttribute} and
 * {@link io.github.sfntasks.provider.support.MessageAttributeDataType}, shared with SNS.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.provider.sqs;

import io.github.sfntasks.api.ApiStatus;
