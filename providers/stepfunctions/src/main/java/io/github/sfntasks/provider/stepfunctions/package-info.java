/**
 * AWS Step Functions tasks: {@link io.github.sfntasks.provider.stepfunctions.StepFunctionsStartExecution}
 * (start an execution of another state machine, {@code states:startExecution}) and
 * {@link io.github.sfntasks.provider.stepfunctions.StepFunctionsInvokeActivity} (hand work to an activity
 * worker, {@code states:invokeActivity}), with their providers.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
package io.github.sfntasks.provider.stepfunctions;

import io.github.sfntasks.api.ApiStatus;
