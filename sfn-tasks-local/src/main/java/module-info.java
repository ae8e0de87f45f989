/**
 * The sfn-tasks local executor: runs any Amazon States Language definition in the JVM, with service
 * calls answered by mocks (Step Functions Local's mock configuration file, or a Java API), a virtual
 * clock, seeded randomness and AWS's history events.
 *
 * <ul>
 *   <li>{@link io.github.sfntasks.local} &mdash; {@code LocalRunner}, {@code Execution}, {@code Mocks} and
 *       the values around them;</li>
 *   <li>{@link io.github.sfntasks.local.junit} &mdash; a JUnit 5 extension (needs junit-jupiter-api, an
 *       optional dependency).</li>
 * </ul>
 *
 * <p>Depends on the sfn-tasks API (the exception family), jackson-databind and {@code com.dashjoin.jsonata}.
 */
module io.github.sfntasks.local {
    requires transitive io.github.sfntasks.api;
    requires transitive com.fasterxml.jackson.databind;
    requires com.dashjoin.jsonata;
    requires static org.junit.jupiter.api;

    exports io.github.sfntasks.local;
    exports io.github.sfntasks.local.junit;
}
