/**
 * The sfn-tasks conformance kit: the properties every {@code TaskProvider} must pass, generated from its JSON
 * Schema with jqwik, and the architecture rules of the project (ArchUnit). The differential check against the AWS
 * CDK v2 is a module of its own, {@code io.github.sfntasks.conformance.cdk} (artifact
 * {@code sfn-tasks-conformance-cdk}), so that this one depends on explicit or named modules only.
 *
 * <ul>
 *   <li>{@link io.github.sfntasks.conformance} &mdash; {@code ProviderConformanceKit}, the base class a provider's
 *       test extends, and {@code ConformanceChecks}, the checks as plain methods;</li>
 *   <li>{@link io.github.sfntasks.conformance.generation} &mdash; the generated requests, and
 *       {@code ProviderArbitraries}, the SPI for what a provider's schema cannot say;</li>
 *   <li>{@link io.github.sfntasks.conformance.iam} &mdash; the table of what each Task state Resource needs in IAM;</li>
 *   <li>{@link io.github.sfntasks.conformance.architecture} &mdash; the project's architecture rules.</li>
 * </ul>
 *
 * @uses io.github.sfntasks.api.spi.TaskProvider
 * @uses io.github.sfntasks.conformance.generation.ProviderArbitraries
 */
module io.github.sfntasks.conformance {
    requires transitive io.github.sfntasks.core;
    requires transitive net.jqwik.api;
    requires transitive com.tngtech.archunit;

    exports io.github.sfntasks.conformance;
    exports io.github.sfntasks.conformance.generation;
    exports io.github.sfntasks.conformance.iam;
    exports io.github.sfntasks.conformance.architecture;
    // The CDK differential (its own module) reuses the kit's generator and JSON helpers; nobody else sees them.
    exports io.github.sfntasks.conformance.internal to io.github.sfntasks.conformance.cdk;

    // jqwik instantiates the kit's lifecycle hook and calls the base class reflectively.
    opens io.github.sfntasks.conformance to net.jqwik.engine;

    uses io.github.sfntasks.api.spi.TaskProvider;
    uses io.github.sfntasks.conformance.generation.ProviderArbitraries;
}
