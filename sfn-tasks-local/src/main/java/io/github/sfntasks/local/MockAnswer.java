package io.github.sfntasks.local;

import io.github.sfntasks.api.ApiStatus;

/** Answers a mocked service call from what it is sent: a function of the input. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface MockAnswer {

    /**
     * @param call the call
     * @return the response, or null when this mock has no response for that invocation
     */
    MockResponse answer(ServiceCall call);
}
