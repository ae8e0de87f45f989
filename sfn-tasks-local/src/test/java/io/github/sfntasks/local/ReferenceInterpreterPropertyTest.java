package io.github.sfntasks.local;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The executor against an independent reference ({@link ReferenceChains}): for random JSONPath-language chains
 * of Pass and Choice states (InputPath, Result, Parameters with paths, the context object and intrinsic
 * functions, ResultPath, OutputPath; Choice with every comparison operator and its Path variant, type tests,
 * And/Or/Not), the path taken, each state's output, and the execution's output or error are the reference's.
 *
 * <p>200 tries in the default build; the {@code fuzz} Maven profile runs 20,000
 * ({@code mvn -pl sfn-tasks-local verify -Pfuzz}, which sets jqwik's {@code jqwik.tries.default}).
 */
class ReferenceInterpreterPropertyTest {

    @Property
    void theExecutorAgreesWithTheReference(@ForAll("chains") ReferenceChains.Case c) {
        ReferenceChains.Outcome want;
        try {
            want = ReferenceChains.run(c);
        } catch (ReferenceChains.Unspecified e) {
            Assume.that(false);
            return;
        }
        Execution got = LocalRunner.of(c.definition()).start(c.input());
        List<String> path = got.path();
        assertEquals(want.path(), path, () -> "path taken\n" + c + "\n" + got);
        List<JsonNode> outputs = new ArrayList<>();
        for (StateVisit v : got.visits()) {
            if (v.output() != null) {
                outputs.add(v.output());
            }
        }
        assertEquals(want.stateOutputs().size(), outputs.size(), () -> "states that produced output\n" + c);
        for (int i = 0; i < outputs.size(); i++) {
            int k = i;
            assertTrue(ReferenceChains.sameJson(want.stateOutputs().get(i), outputs.get(i)),
                    () -> "output of " + want.path().get(k) + ": expected " + want.stateOutputs().get(k) + " but was "
                            + outputs.get(k) + "\n" + c);
        }
        if (want.ok()) {
            assertTrue(got.succeeded(), () -> "expected success, got " + got.error() + " (" + got.cause() + ")\n" + c);
            assertTrue(ReferenceChains.sameJson(want.output(), got.output()),
                    () -> "expected output " + want.output() + " but was " + got.output() + "\n" + c);
        } else {
            assertEquals(ExecutionStatus.FAILED, got.status(), () -> "expected a failure\n" + c);
            if (want.error() != null) {
                assertEquals(want.error(), got.error(), () -> "error (cause: " + got.cause() + ")\n" + c);
            }
        }
    }

    @Provide
    Arbitrary<ReferenceChains.Case> chains() {
        return Arbitraries.randomValue(ReferenceChains::generate);
    }
}
