package io.github.sfntasks.testing;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Assertions on {@link TaskValidationException}s.
 *
 * <pre>{@code
 * ValidationAssertions.assertInvalid("Send", "delay", () -> SqsSendMessage.builder("Send")
 *     .queue("orders").messageBody(TaskInput.fromText("x")).delay(Duration.ofMinutes(16)).build());   // at most 15
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class ValidationAssertions {

    private ValidationAssertions() {
    }

    /**
     * Asserts {@code build} throws a {@link TaskValidationException} naming the state and the property.
     *
     * @param stateName the expected state name
     * @param property the expected property path
     * @param build what should fail
     * @return the exception, for further checks of its message
     */
    public static TaskValidationException assertInvalid(String stateName, String property, Executable build) {
        TaskValidationException e = assertThrows(TaskValidationException.class, build);
        assertEquals(stateName, e.stateName(), e.getMessage());
        assertEquals(property, e.property(), e.getMessage());
        return e;
    }

    /**
     * Asserts {@code build} throws a {@link TaskValidationException} of the given kind, naming the state and the
     * property.
     *
     * @param code the expected kind of problem
     * @param stateName the expected state name
     * @param property the expected property path
     * @param build what should fail
     * @return the exception, for further checks of its message
     */
    public static TaskValidationException assertInvalid(ErrorCode code, String stateName, String property, Executable build) {
        TaskValidationException e = assertInvalid(stateName, property, build);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }
}
