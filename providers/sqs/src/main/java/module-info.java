/**
 * Amazon SQS tasks for sfn-tasks: {@link io.github.sfntasks.provider.sqs.SqsSendMessage}
 * ({@code sqs:sendMessage}), with its message attributes given as the API's
 * {@link io.github.sfntasks.provider.support.MessageAttribute}.
 */
module io.github.sfntasks.provider.sqs {
    requires transitive io.github.sfntasks.api;
    requires transitive io.github.sfntasks.provider.support;

    exports io.github.sfntasks.provider.sqs;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.sqs.SqsSendMessageProvider;
}
