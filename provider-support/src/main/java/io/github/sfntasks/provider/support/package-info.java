/**
 * Shapes that several provider modules share: message attributes (SNS, SQS), the message task base, container
 * overrides (ECS, Batch), recommended
 * retriers. A provider depends on this module only when it uses one of them.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.support;

import io.github.sfntasks.api.ApiStatus;
