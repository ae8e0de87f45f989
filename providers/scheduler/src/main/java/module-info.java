/**
 * Amazon EventBridge Scheduler tasks for sfn-tasks:
 * {@link io.github.sfntasks.provider.scheduler.EventBridgeSchedulerCreateScheduleTask} ({@code scheduler:createSchedule}).
 */
module io.github.sfntasks.provider.scheduler {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.scheduler;

    provides io.github.sfntasks.api.spi.TaskProvider
            with io.github.sfntasks.provider.scheduler.EventBridgeSchedulerCreateScheduleTaskProvider;
}
