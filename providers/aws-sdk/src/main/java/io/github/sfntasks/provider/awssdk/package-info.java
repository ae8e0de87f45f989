/**
 * AWS SDK service integrations: {@link io.github.sfntasks.provider.awssdk.CallAwsService}
 * ({@code arn:<partition>:states:::aws-sdk:<service>:<action>}) and
 * {@link io.github.sfntasks.provider.awssdk.CallAwsServiceCrossRegion} (the call made in another
 * region by a Lambda function), with their providers.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.ApiStatus;
