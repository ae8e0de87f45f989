/**
 * Amazon SNS tasks: {@link io.github.sfntasks.provider.sns.SnsPublish} and its provider
 * ({@code sns:publish}). Message attributes are the API's
 * {@link io.github.sfntasks.provider.support.MessageAttribute} and
 * {@link io.github.sfntasks.provider.support.MessageAttributeDataType}, shared with SQS.
 */
@ApiStatus(ApiStatus.Status.STABLE)
package io.github.sfntasks.provider.sns;

import io.github.sfntasks.api.ApiStatus;
