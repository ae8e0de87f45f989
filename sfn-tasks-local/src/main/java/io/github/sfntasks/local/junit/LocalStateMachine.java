package io.github.sfntasks.local.junit;

import io.github.sfntasks.api.ApiStatus;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The state machine a test runs: a definition (a class-path resource, else a file path) and optionally a
 * Step Functions Local mock configuration file with the test case to use. On a method it overrides the
 * class's annotation; a method's empty {@link #definition()} or {@link #mocks()} keeps the class's.
 *
 * <pre>{@code
 * @LocalStateMachine(definition = "order.asl.json", mocks = "MockConfigFile.json", stateMachine = "Order")
 * class OrderTest {
 *     @Test
 *     @LocalStateMachine(testCase = "HappyPath")
 *     void happyPath(LocalRunner runner) {
 *         runner.start("{}").assertSucceeded().assertPath("Charge", "Ship");
 *     }
 * }
 * }</pre>
 */
// JUnit is an optional dependency (requires static): whoever uses the extension has it.
@SuppressWarnings("exports")
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(LocalStateMachineExtension.class)
public @interface LocalStateMachine {

    /** @return the definition file (JSON): a class-path resource, else a file path */
    String definition() default "";

    /** @return the mock configuration file, or "" for none */
    String mocks() default "";

    /** @return the state machine's name under the mock file's {@code StateMachines} ("" = the only one) */
    String stateMachine() default "";

    /** @return the test case under that state machine's {@code TestCases} */
    String testCase() default "";
}
