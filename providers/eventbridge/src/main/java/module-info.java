/**
 * Amazon EventBridge tasks for sfn-tasks:
 * {@link io.github.sfntasks.provider.eventbridge.EventBridgePutEvents} ({@code events:putEvents}).
 */
module io.github.sfntasks.provider.eventbridge {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.eventbridge;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.eventbridge.EventBridgePutEventsProvider;
}
