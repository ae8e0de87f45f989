package io.github.sfntasks.provider.scheduler;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

/**
 * The {@code scheduler:createSchedule} provider: {@link EventBridgeSchedulerCreateScheduleTask} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "scheduler:createSchedule",
 * "Properties": {
 *   "scheduleName": "TestSchedule",
 *   "schedule": "rate(5 minutes)",
 *   "target": {"arn": "arn:aws:sqs:us-east-1:123456789012:target", "role": "arn:aws:iam::123456789012:role/SchedulerRole"}
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class EventBridgeSchedulerCreateScheduleTaskProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EventBridgeSchedulerCreateScheduleTaskProvider() {
        super(EventBridgeSchedulerCreateScheduleTask.TYPE, EventBridgeSchedulerCreateScheduleTask.SHAPE,
                EventBridgeSchedulerCreateScheduleTask::builder);
    }
}
