package io.github.sfntasks.conformance;

import io.github.sfntasks.conformance.runner.KitRunner;
import io.github.sfntasks.conformance.runner.RegisteredProviderKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import test.sfntasks.coredependent.CoreDependentProvider;
import test.sfntasks.providers.Defect;
import test.sfntasks.providers.TestPublishProvider;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No property passes vacuously: each one, run through the jqwik engine exactly as a provider's test runs it, fails
 * on a provider with the one defect it is there to catch, for the reason it is there to name; and the same
 * provider without the defect passes them all.
 */
class BrokenProvidersTest {

    private static final List<String> PROPERTIES = List.of("validPropertiesRenderValidAsl", "grantsCoverTheState",
            "grantsAreLeastPrivilege", "renderingIsDeterministicAndThreadSafe", "invalidPropertiesAreRejected",
            "rendersRoundTrip", "resourcePropertiesTakePlaceholders", "rolesHandedToAServiceArePassed");

    @BeforeEach
    void noContributions() {
        RegisteredProviderKit.arbitraries = List.of();
    }

    @AfterEach
    void reset() {
        RegisteredProviderKit.current = null;
        RegisteredProviderKit.arbitraries = null;
    }

    /** Runs one property for a provider with one defect and checks it fails, naming the expected problem. */
    private static void fails(Defect defect, String property, String expected) {
        RegisteredProviderKit.current = new TestPublishProvider(defect);
        // More tries than the kit's default, so that a defect only some broken requests reach (a too long subject)
        // is found on every run; a failing property stops at its first failure anyway.
        String before = System.setProperty(KitTries.PROPERTY, "600");
        List<KitRunner.Outcome> outcomes;
        try {
            outcomes = KitRunner.run(RegisteredProviderKit.class, 0, property);
        } finally {
            if (before == null) {
                System.clearProperty(KitTries.PROPERTY);
            } else {
                System.setProperty(KitTries.PROPERTY, before);
            }
        }
        assertEquals(1, outcomes.size(), () -> "one test for " + property + ": " + outcomes);
        KitRunner.Outcome o = outcomes.get(0);
        assertTrue(o.failed(), () -> property + " passed for a provider with the defect " + defect);
        ConformanceFailure f = assertInstanceOf(ConformanceFailure.class, o.error(),
                () -> property + " failed for another reason than the kit's check: " + o.error());
        assertEquals(property, f.property());
        assertTrue(f.getMessage().contains(expected),
                () -> property + " for " + defect + " should say \"" + expected + "\" but says:\n" + f.getMessage());
        System.out.printf("[broken] %-26s -> %s fails: %s%n", defect, property, firstProblem(f));
    }

    private static String firstProblem(ConformanceFailure f) {
        String p = f.problems().get(0);
        int nl = p.indexOf('\n');
        p = nl > 0 ? p.substring(0, nl) : p;
        return p.length() > 160 ? p.substring(0, 160) + "..." : p;
    }

    @Test
    void theCorrectProviderPassesPropertiesTwoToNine() {
        RegisteredProviderKit.current = new TestPublishProvider(Defect.NONE);
        List<KitRunner.Outcome> outcomes = KitRunner.run(RegisteredProviderKit.class, 0, PROPERTIES.toArray(String[]::new));
        assertEquals(PROPERTIES.size(), outcomes.size());
        assertTrue(outcomes.stream().noneMatch(KitRunner.Outcome::failed), () -> KitRunner.failures(outcomes));
    }

    @Test
    void placeholdersFailWhenAResourcePropertyRefusesThem() {
        fails(Defect.REFUSES_PLACEHOLDERS, "resourcePropertiesTakePlaceholders", "topic = \"${SfnKitResource}\" was refused");
    }

    @Test
    void passRoleFailsWhenARoleHandedToTheServiceIsNotPassed() {
        fails(Defect.FORGETS_PASS_ROLE, "rolesHandedToAServiceArePassed", "no statement grants iam:PassRole");
    }

    @Test
    void validRenderFailsWhenTheStateCarriesEnd() {
        fails(Defect.RENDERS_END, "validPropertiesRenderValidAsl", "End is rendered by the task");
    }

    @Test
    void validRenderFailsOnAPathThatDoesNotParse() {
        fails(Defect.BAD_PATH_IN_RENDER, "validPropertiesRenderValidAsl", "does not parse as a path or intrinsic call");
    }

    @Test
    void coverageFailsWhenAGrantIsMissing() {
        fails(Defect.MISSING_GRANT, "grantsCoverTheState", "no statement grants sns:Publish on ");
    }

    @Test
    void leastPrivilegeFailsOnAWildcardResource() {
        fails(Defect.WILDCARD_RESOURCE, "grantsAreLeastPrivilege", "the resource \"*\" for sns:Publish");
    }

    @Test
    void leastPrivilegeFailsOnAWildcardAction() {
        fails(Defect.WILDCARD_ACTION, "grantsAreLeastPrivilege", "the action \"*\" grants every action");
    }

    @Test
    void leastPrivilegeFailsOnAnActionTheResourceDoesNotImply() {
        fails(Defect.EXTRA_ACTION, "grantsAreLeastPrivilege", "the action sns:DeleteTopic is not implied");
    }

    @Test
    void leastPrivilegeFailsOnAHardCodedPartition() {
        fails(Defect.HARD_CODED_PARTITION, "grantsAreLeastPrivilege", "names partition \"aws\"; the render context's is \"aws-cn\"");
    }

    @Test
    void determinismFailsOnARenderCounter() {
        fails(Defect.NON_DETERMINISTIC, "renderingIsDeterministicAndThreadSafe", "the same task rendered twice differs");
    }

    @Test
    void threadSafetyFailsWhenTheOutputDependsOnTheThread() {
        fails(Defect.THREAD_DEPENDENT, "renderingIsDeterministicAndThreadSafe", "threads at once, the output differs");
    }

    @Test
    void rejectionFailsOnANullPointerExceptionForBadInput() {
        fails(Defect.NPE_ON_BAD_INPUT, "invalidPropertiesAreRejected", "threw java.lang.NullPointerException");
    }

    @Test
    void rejectionFailsOnAnotherExceptionType() {
        fails(Defect.WRONG_EXCEPTION, "invalidPropertiesAreRejected", "threw java.lang.IllegalArgumentException");
    }

    @Test
    void rejectionFailsWhenUnknownPropertiesAreAccepted() {
        fails(Defect.ACCEPTS_UNKNOWN_PROPERTIES, "invalidPropertiesAreRejected", "accepted the broken request");
    }

    @Test
    void rejectionFailsOnPartialOutput() {
        fails(Defect.PARTIAL_OUTPUT, "invalidPropertiesAreRejected", "(partial output)");
    }

    @Test
    void rejectionFailsWhenTheExceptionDoesNotNameTheState() {
        fails(Defect.UNNAMED_STATE, "invalidPropertiesAreRejected", "the exception names the state (none)");
    }

    @Test
    void roundTripFailsOnANumberJacksonWritesBackOtherwise() {
        fails(Defect.NOT_ROUND_TRIPPING, "rendersRoundTrip", "read back and written again differs");
    }

    @Test
    void discoveryFailsForAProviderNeitherRegisteredNorAModule() {
        RegisteredProviderKit.current = new TestPublishProvider();
        List<KitRunner.Outcome> outcomes = KitRunner.run(RegisteredProviderKit.class, 2,
                "discoveredOnTheClassPath", "discoveredOnTheModulePath", "registeredTwiceAlike");
        assertEquals(3, outcomes.size());
        for (KitRunner.Outcome o : outcomes) {
            assertTrue(o.failed(), () -> o.name() + " passed for an unregistered provider");
            assertInstanceOf(ConformanceFailure.class, o.error());
            System.out.printf("[broken] %-26s -> %s fails: %s%n", "UNREGISTERED", o.name(),
                    firstProblem((ConformanceFailure) o.error()));
        }
        assertTrue(outcomes.stream().anyMatch(o -> o.error().getMessage().contains("has no module-info.class")));
    }

    @Test
    void architectureFailsForAProviderThatUsesCore() {
        RegisteredProviderKit.current = new CoreDependentProvider();
        List<KitRunner.Outcome> outcomes = KitRunner.run(RegisteredProviderKit.class, 0, "dependsOnTheApiOnly");
        assertTrue(outcomes.get(0).failed());
        assertTrue(outcomes.get(0).error().getMessage().contains("io.github.sfntasks.core.TaskRegistry"),
                () -> outcomes.get(0).error().getMessage());
        RegisteredProviderKit.current = new TestPublishProvider();
        assertFalse(KitRunner.run(RegisteredProviderKit.class, 0, "dependsOnTheApiOnly").get(0).failed(),
                "the same check passes for a provider that uses the API only");
    }
}
