/**
 * The state-machine graph around tasks, as in the AWS CDK: {@link io.github.sfntasks.core.graph.Chain}
 * and {@code next}, {@link io.github.sfntasks.core.graph.TaskState}, {@link io.github.sfntasks.core.graph.PassState},
 * {@link io.github.sfntasks.core.graph.WaitState}, {@link io.github.sfntasks.core.graph.ChoiceState} with
 * {@link io.github.sfntasks.core.graph.Condition}s, {@link io.github.sfntasks.core.graph.ParallelState},
 * {@link io.github.sfntasks.core.graph.MapState}, {@link io.github.sfntasks.core.graph.SucceedState} and
 * {@link io.github.sfntasks.core.graph.FailState}; and {@link io.github.sfntasks.core.graph.StateMachine},
 * which validates the whole graph, renders the definition and aggregates the IAM policy.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Making a state.</b> Every state type {@code X} but Task has {@code X.builder(name)}, whose
 *       {@code build()} returns the state; the builder offers exactly the fields ASL allows on that type.
 *       Every state type also has a short form {@code X.of(...)}, equal to the builder with only what the
 *       type cannot do without: {@code PassState.of(name)}, {@code SucceedState.of(name)},
 *       {@code FailState.of(name)} and {@code FailState.of(name, error, cause)}, {@code ChoiceState.of(name)},
 *       {@code WaitState.of(name, seconds)}, {@code MapState.of(name, processor)},
 *       {@code ParallelState.of(name, branch, more...)}. A Task state is {@code TaskState.of(task)}: its fields
 *       are set on the task's own builder (in the provider's module).</li>
 *   <li><b>Fields in the builder, transitions on the state.</b> A builder sets a state's own fields; where
 *       the state goes is set on the built state or a {@link io.github.sfntasks.core.graph.Chain}:
 *       {@code next}, {@code when}/{@code otherwise}, {@code addCatch}. Nested graphs (a Map's item processor,
 *       a Parallel's branches) are fields, set in the builder.</li>
 *   <li><b>Typed places to go.</b> Every method that takes where to go takes a
 *       {@link io.github.sfntasks.core.graph.Chainable} (a state or a chain), and has an overload taking a
 *       provider's {@link io.github.sfntasks.api.spi.Task}. Passing a builder (a forgotten {@code build()})
 *       does not compile.</li>
 * </ul>
 *
 * <pre>{@code
 * StateMachine machine = StateMachine.builder(
 *         Chain.start(submitJob)
 *             .next(WaitState.of("Wait 30s", 30))
 *             .next(getStatus)
 *             .next(ChoiceState.of("Done?")
 *                 .when(Condition.stringEquals("$.status", "FAILED"), FailState.of("Failed", "JobFailed", "the job failed"))
 *                 .otherwise(SucceedState.of("Succeeded"))))
 *     .timeoutSeconds(300)
 *     .build();
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.ApiStatus;
