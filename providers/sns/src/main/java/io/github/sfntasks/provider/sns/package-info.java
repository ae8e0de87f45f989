/**
 * Amazon SNS tasks: {@link io.github.sfntasks.provider.sns.SnsPublish} and its provider
 * ({@code sns:publish}), with {@link io.github.sfntasks.provider.sns.MessageAttribute} and
 * {@link io.github.sfntasks.provider.sns.MessageAttributeDataType}.
 */
@ApiStatus(ApiStatus.Status.STABLE)
package io.github.sfntasks.provider.sns;

import io.github.sfntasks.api.ApiStatus;
