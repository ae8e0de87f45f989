/**
 * Amazon SNS tasks for sfn-tasks: {@link io.github.sfntasks.provider.sns.SnsPublish}
 * ({@code sns:publish}), with its message attributes given as the API's
 * {@link io.github.sfntasks.provider.support.MessageAttribute}.
 */
module io.github.sfntasks.provider.sns {
    requires transitive io.github.sfntasks.api;
    requires transitive io.github.sfntasks.provider.support;

    exports io.github.sfntasks.provider.sns;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.sns.SnsPublishProvider;
}
