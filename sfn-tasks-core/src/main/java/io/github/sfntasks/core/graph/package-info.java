/**
 * The state-machine graph around tasks, as in the AWS CDK: {@link io.github.sfntasks.core.graph.Chain}
 * and {@code next}, {@link io.github.sfntasks.core.graph.TaskState}, {@link io.github.sfntasks.core.graph.PassState},
 * {@link io.github.sfntasks.core.graph.WaitState}, {@link io.github.sfntasks.core.graph.ChoiceState} with
 * {@link io.github.sfntasks.core.graph.Condition}s, {@link io.github.sfntasks.core.graph.ParallelState},
 * {@link io.github.sfntasks.core.graph.MapState}, {@link io.github.sfntasks.core.graph.SucceedState} and
 * {@link io.github.sfntasks.core.graph.FailState}; and {@link io.github.sfntasks.core.graph.StateMachine},
 * which validates the whole graph, renders the definition and aggregates the IAM policy.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.ApiStatus;
