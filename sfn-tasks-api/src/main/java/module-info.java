/**
 * The sfn-tasks API: the service-provider interface every task integration implements, and the
 * values users build tasks from.
 *
 * <ul>
 *   <li>{@link io.github.sfntasks.api} &mdash; {@code RenderContext}, placeholders, integration patterns, query
 *       languages, warnings and the exception family: the leaf every other package builds on;</li>
 *   <li>{@link io.github.sfntasks.api.spi} &mdash; {@code TaskProvider} (the SPI found by {@code ServiceLoader}),
 *       {@code Task} and {@code TaskRequest};</li>
 *   <li>{@link io.github.sfntasks.api.value} &mdash; paths, intrinsic functions, JSONata expressions and task input;</li>
 *   <li>{@link io.github.sfntasks.api.state} &mdash; the options every Task state shares (paths, retry, catch, timeouts...);</li>
 *   <li>{@link io.github.sfntasks.api.iam} &mdash; policy statements and ARNs;</li>
 *   <li>{@link io.github.sfntasks.api.support} &mdash; the shared shape of a provider: builder base, task base,
 *       property reader for workflow files, JSON Schema builder.</li>
 * </ul>
 *
 * <p>Depends on jackson-databind only.
 *
 */
module io.github.sfntasks.api {
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.sfntasks.api;
    exports io.github.sfntasks.api.spi;
    exports io.github.sfntasks.api.value;
    exports io.github.sfntasks.api.state;
    exports io.github.sfntasks.api.iam;
    exports io.github.sfntasks.api.support;

}
