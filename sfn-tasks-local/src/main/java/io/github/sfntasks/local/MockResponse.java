package io.github.sfntasks.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;

import java.time.Duration;
import java.util.Objects;

/**
 * What a mocked service call answers: a result ({@code Return} in Step Functions Local's mock file, or
 * {@code SendTaskSuccess} output for a {@code .waitForTaskToken} task, or the job's result for {@code .sync})
 * or an error ({@code Throw}, or {@code SendTaskFailure}), after a virtual duration (zero unless set), which
 * {@code TimeoutSeconds} and {@code HeartbeatSeconds} are checked against.
 *
 * <pre>{@code
 * MockResponse.returning(json).after(Duration.ofMinutes(5));
 * MockResponse.failing("Lambda.ServiceException", "boom");
 * }</pre>
 *
 * @param result the result, or null when this is an error
 * @param error the error name, or null when this is a result
 * @param cause the error's cause, or null
 * @param duration how long the call takes in virtual time
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public record MockResponse(JsonNode result, String error, String cause, Duration duration) {

    /** Checks that exactly one of result and error is given. */
    public MockResponse {
        Objects.requireNonNull(duration, "duration");
        if ((result == null) == (error == null)) {
            throw new IllegalArgumentException("a mock response has a result or an error, not both or neither");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
    }

    /**
     * @param result the service's result
     * @return a successful response, taking no virtual time
     */
    public static MockResponse returning(JsonNode result) {
        return new MockResponse(Objects.requireNonNull(result, "result"), null, null, Duration.ZERO);
    }

    /**
     * @param error the error name, such as {@code Lambda.ServiceException}
     * @param cause the cause, may be null
     * @return a failed response, taking no virtual time
     */
    public static MockResponse failing(String error, String cause) {
        return new MockResponse(null, Objects.requireNonNull(error, "error"), cause, Duration.ZERO);
    }

    /**
     * @param d how long the call takes in virtual time
     * @return a copy taking {@code d}
     */
    public MockResponse after(Duration d) {
        return new MockResponse(result, error, cause, d);
    }

    /** @return whether this is an error */
    public boolean isError() {
        return error != null;
    }
}
