/**
 * Test fixtures shared by the sfn-tasks provider modules, for their tests only (use it in test scope).
 *
 * <ul>
 *   <li>{@link io.github.sfntasks.testing.ExpectedJson} &mdash; loads expected JSON kept beside the tests and
 *       compares a task's rendered state and IAM statements with it, including a byte-identical re-render;</li>
 *   <li>{@link io.github.sfntasks.testing.ProviderRegistration} &mdash; checks that {@code module-info}'s
 *       {@code provides} and {@code META-INF/services} list the same providers and that {@code ServiceLoader}
 *       finds them;</li>
 *   <li>{@link io.github.sfntasks.testing.Robustness} &mdash; feeds a provider odd JSON in every property and
 *       asserts it fails only with {@code TaskValidationException};</li>
 *   <li>{@link io.github.sfntasks.testing.ValidationAssertions} &mdash; asserts a validation error names the state
 *       and the property.</li>
 * </ul>
 *
 * <p>Depends on sfn-tasks-api and junit-jupiter-api only. Experimental: every type is
 * {@code @ApiStatus(EXPERIMENTAL)}.
 */
module io.github.sfntasks.testing {
    requires transitive io.github.sfntasks.api;
    requires transitive org.junit.jupiter.api;

    exports io.github.sfntasks.testing;

    uses io.github.sfntasks.api.spi.TaskProvider;
}
