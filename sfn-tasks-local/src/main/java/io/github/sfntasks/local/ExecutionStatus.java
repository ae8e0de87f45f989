package io.github.sfntasks.local;

import io.github.sfntasks.api.ApiStatus;

/** How a local execution ended, named as {@code DescribeExecution} names it. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public enum ExecutionStatus {
    /** It reached a Succeed state or an End. */
    SUCCEEDED,
    /** An error nothing caught, a Fail state, or the history event limit. */
    FAILED
}
