/**
 * Amazon EventBridge Scheduler tasks: {@link io.github.sfntasks.provider.scheduler.EventBridgeSchedulerCreateScheduleTask}
 * ({@code scheduler:createSchedule}, the AWS SDK integration {@code aws-sdk:scheduler:createSchedule}) and its provider.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
package io.github.sfntasks.provider.scheduler;

import io.github.sfntasks.api.ApiStatus;
