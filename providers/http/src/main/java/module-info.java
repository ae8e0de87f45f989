/**
 * The HTTP Task for sfn-tasks: {@link io.github.sfntasks.provider.http.HttpInvoke} ({@code http:invoke}).
 */
module io.github.sfntasks.provider.http {
    requires transitive io.github.sfntasks.api;

    exports io.github.sfntasks.provider.http;

    provides io.github.sfntasks.api.spi.TaskProvider with io.github.sfntasks.provider.http.HttpInvokeProvider;
}
