package io.github.sfntasks.local.junit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.local.Execution;
import io.github.sfntasks.local.LocalExecutionException;
import io.github.sfntasks.local.LocalRunner;
import io.github.sfntasks.local.Mocks;
import io.github.sfntasks.local.internal.Json;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Resolves {@link LocalRunner} parameters from {@link LocalStateMachine}, and adds the path taken by the
 * test's last execution to the message of a failing test.
 */
// JUnit is an optional dependency (requires static): whoever uses the extension has it.
@SuppressWarnings("exports")
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class LocalStateMachineExtension implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LocalStateMachineExtension.class);

    /** Creates the extension (JUnit does, through {@code @ExtendWith}). */
    public LocalStateMachineExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == LocalRunner.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        LocalStateMachine onClass = c.getRequiredTestClass().getAnnotation(LocalStateMachine.class);
        LocalStateMachine onMethod = c.getTestMethod().map(m -> m.getAnnotation(LocalStateMachine.class)).orElse(null);
        String definition = pick(onMethod == null ? "" : onMethod.definition(), onClass == null ? "" : onClass.definition());
        String mocks = pick(onMethod == null ? "" : onMethod.mocks(), onClass == null ? "" : onClass.mocks());
        String machine = pick(onMethod == null ? "" : onMethod.stateMachine(), onClass == null ? "" : onClass.stateMachine());
        String testCase = pick(onMethod == null ? "" : onMethod.testCase(), onClass == null ? "" : onClass.testCase());
        if (definition.isEmpty()) {
            throw new ParameterResolutionException("@LocalStateMachine(definition = ...) is missing on "
                    + c.getDisplayName());
        }
        Class<?> base = c.getRequiredTestClass();
        LocalRunner runner = LocalRunner.of(read(base, definition));
        if (!mocks.isEmpty()) {
            JsonNode config = read(base, mocks);
            if (machine.isEmpty()) {
                List<String> names = Mocks.stateMachinesIn(config);
                if (names.size() != 1) {
                    throw new LocalExecutionException(ErrorCode.MOCK_CONFIGURATION, "the mock file " + mocks + " has "
                            + names.size() + " state machines " + names + ": name one with stateMachine = ...");
                }
                machine = names.get(0);
            }
            runner = runner.mocks(Mocks.fromConfig(config, machine, testCase));
        }
        AtomicReference<Execution> last = new AtomicReference<>();
        c.getStore(NS).put("last", last);
        return runner.onExecution(last::set);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void handleTestExecutionException(ExtensionContext c, Throwable t) throws Throwable {
        AtomicReference<Execution> last = c.getStore(NS).get("last", AtomicReference.class);
        if (t instanceof AssertionError && last != null && last.get() != null
                && !String.valueOf(t.getMessage()).contains("path taken:")) {
            AssertionError more = new AssertionError(t.getMessage() + " [last " + last.get().describe() + "]", t);
            throw more;
        }
        throw t;
    }

    private static String pick(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static JsonNode read(Class<?> base, String name) {
        try (InputStream in = base.getClassLoader().getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
            String text = in != null ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : Files.readString(Path.of(name));
            return Json.parse(text);
        } catch (IOException e) {
            throw new LocalExecutionException(ErrorCode.MOCK_CONFIGURATION, "cannot read " + name
                    + " (neither a class-path resource nor a file): " + e.getMessage(), e);
        }
    }
}
