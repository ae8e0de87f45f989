package io.github.sfntasks.core.doc;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The graph API is typed: a builder passed where a state goes (a forgotten {@code build()}) is a compile
 * error, not SFN-E027 at run time. Each misuse is compiled beside the same line with {@code build()},
 * which must compile: so a misuse fails for its type, not for a mistake of the test's own.
 */
class GraphTypingTest {

    private static final List<String> MISUSES = List.of(
            "Chain.start(PassState.builder(\"P\")%s)",
            "Chain.start(LambdaInvoke.builder(\"Invoke\").lambdaFunction(\"f\")%s)",
            "Chain.start(PassState.of(\"A\")).next(FailState.builder(\"F\")%s)",
            "PassState.of(\"A\").next(LambdaInvoke.builder(\"Invoke\").lambdaFunction(\"f\")%s)",
            "ChoiceState.of(\"C\").when(Condition.isPresent(\"$.x\"), SucceedState.builder(\"S\")%s)",
            "ChoiceState.of(\"C\").otherwise(FailState.builder(\"F\")%s)",
            "TaskState.of(invoke).addCatch(FailState.builder(\"F\")%s, Errors.ALL)",
            "ParallelState.builder(\"P\").branch(PassState.builder(\"A\")%s)",
            "ParallelState.of(\"P\", PassState.builder(\"A\")%s)",
            "MapState.builder(\"M\").itemProcessor(LambdaInvoke.builder(\"Invoke\").lambdaFunction(\"f\")%s)",
            "MapState.of(\"M\", PassState.builder(\"A\")%s)",
            "StateMachine.builder(WaitState.builder(\"W\").seconds(1)%s)");

    @Test
    void aBuilderWhereAStateGoesDoesNotCompile() {
        Map<String, String> units = new LinkedHashMap<>();
        for (int i = 0; i < MISUSES.size(); i++) {
            // %s is where build() belongs
            String misuse = MISUSES.get(i).formatted("");
            String fixed = MISUSES.get(i).formatted(".build()");
            units.put("Misuse" + i, DocSnippetsTest.wrap("Misuse" + i, "Object o = " + misuse + ";"));
            units.put("Fixed" + i, DocSnippetsTest.wrap("Fixed" + i, "Object o = " + fixed + ";"));
        }
        Map<String, List<String>> errors = SnippetCompiler.compile(units);
        for (int i = 0; i < MISUSES.size(); i++) {
            assertEquals(List.of(), errors.get("Fixed" + i), "with build(), it compiles: " + fixedLine(units.get("Fixed" + i)));
            List<String> misuse = errors.get("Misuse" + i);
            assertFalse(misuse.isEmpty(), "a builder where a state goes must not compile: " + units.get("Misuse" + i));
            assertTrue(misuse.stream().allMatch(e -> e.contains("no suitable method found")
                            || e.contains("cannot be applied to") || e.contains("incompatible types")),
                    MISUSES.get(i) + ": a type error, not another one: " + misuse);
        }
    }

    private static String fixedLine(String unit) {
        return unit.lines().filter(l -> l.startsWith("Object o")).findFirst().orElse(unit);
    }
}
