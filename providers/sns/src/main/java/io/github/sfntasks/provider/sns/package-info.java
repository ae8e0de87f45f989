/**
 * Amazon SNS tasks: {@link io.github.sfntasks.provider.sns.SnsPublish} and its provider
 * ({@code sns:publish}). Message attributes are the API's
 * {@link io.github.sfntasks.provider.support.MessageAttribute} and
 * {@link io.github.sfntasks.provider.support.MessageAttributeDataType}, shared with SQS.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.provider.sns;

import io.github.sfntasks.api.ApiStatus;
