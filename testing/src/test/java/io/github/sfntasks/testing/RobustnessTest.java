package io.github.sfntasks.testing;

import io.github.sfntasks.api.IntegrationPattern;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobustnessTest {

    @Test
    void countsWhatBuildsWhenEverythingElseIsAValidationError() {
        int built = Robustness.of(new Fake(), "{\"text\": \"hi\"}").withProperties("text", "unknown")
                .withPatterns(IntegrationPattern.REQUEST_RESPONSE).assertOnlyValidationErrors();
        // per language: "text" = each string value except ".$" forms (which add a second property)
        long strings = Robustness.ODD_VALUES.stream().filter(v -> v.startsWith("\"")).count();
        assertEquals(2 * strings, built);
    }

    @Test
    void failsOnAnyOtherException() {
        AssertionError e = assertThrows(AssertionError.class, () -> Robustness.of(new Fake(), "{\"text\": \"hi\"}")
                .withProperties("text").withValues(List.of("\"boom\"")).assertOnlyValidationErrors());
        assertTrue(e.getMessage().contains("text=\"boom\""), e.getMessage());
    }

    @Test
    void failsWhenNothingBuilds() {
        assertThrows(AssertionError.class, () -> Robustness.of(new Fake(), "{\"text\": 1}")
                .withProperties("other").withValues(List.of("1")).assertOnlyValidationErrors());
    }
}
