/**
 * What several sfn-tasks provider modules share and the stable API does not need: the SNS/SQS message-attribute
 * model and its checks ({@link io.github.sfntasks.provider.support.MessageAttributes}), the base of a
 * message-sending task ({@link io.github.sfntasks.provider.support.MessageTask}), the container overrides ECS and
 * Batch share ({@link io.github.sfntasks.provider.support.ContainerOverrides}), and the retriers AWS recommends
 * for some services ({@link io.github.sfntasks.provider.support.Retriers}). Experimental: it changes with the
 * providers that use it.
 */
module io.github.sfntasks.provider.support {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.support;
}
