package io.github.sfntasks.api.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StateOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void discardRendersResultPathNull() {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        StateOptions.builder().resultPath(JsonPath.DISCARD).build().writeResult(s, QueryLanguage.JSONPATH);
        assertEquals(JsonNodeFactory.instance.nullNode(), s.get("ResultPath"));
    }

    @Test
    void retrierRendersEveryAslField() throws Exception {
        Retrier r = Retrier.builder().errors("States.Timeout").intervalSeconds(3).maxAttempts(4).backoffRate(1.5)
                .maxDelaySeconds(60).jitterStrategy(JitterStrategy.FULL).build();
        // Field names from the ASL spec's Retrier section (MaxDelaySeconds and JitterStrategy added in 2023)
        assertEquals(JSON.readTree("{\"ErrorEquals\": [\"States.Timeout\"], \"IntervalSeconds\": 3, \"MaxAttempts\": 4,"
                + " \"BackoffRate\": 1.5, \"MaxDelaySeconds\": 60, \"JitterStrategy\": \"FULL\"}"), r.toJson());
    }

    @Test
    void rejectsBackoffBelowOne() {
        assertThrows(TaskValidationException.class, () -> Retrier.builder().backoffRate(0.5).build());
    }

    @Test
    void statesAllMustBeAloneAndLast() {
        assertThrows(TaskValidationException.class, () -> Retrier.builder().errors(Errors.ALL, Errors.TIMEOUT).build());
        StateOptions o = StateOptions.builder().addRetry(Retrier.builder().build())
                .addRetry(Retrier.builder().errors(Errors.TIMEOUT).build()).build();
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> o.check(QueryLanguage.JSONPATH));
        assertEquals("Retry[0]", e.property());
    }

    @Test
    void jsonPathFieldsAreRefusedInJsonata() {
        TaskValidationException e = assertThrows(TaskValidationException.class,
                () -> StateOptions.builder().resultPath("$.x").build().check(QueryLanguage.JSONATA));
        assertEquals(ErrorCode.QUERY_LANGUAGE_MISMATCH, e.code());
        assertEquals("ResultPath", e.property());
        assertThrows(TaskValidationException.class,
                () -> StateOptions.builder().output(JsonataExpression.of("$states.result")).build().check(QueryLanguage.JSONPATH));
    }

    @Test
    void heartbeatMustBeBelowTimeout() {
        TaskValidationException e = assertThrows(TaskValidationException.class, () -> StateOptions.builder()
                .timeoutSeconds(10).heartbeatSeconds(10).build().check(QueryLanguage.JSONPATH));
        assertEquals("HeartbeatSeconds", e.property());
    }

    @Test
    void timeoutPathRendersTimeoutSecondsPath() {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        StateOptions.builder().timeout(JsonPath.reference("$.t")).build().writeTimeouts(s);
        assertEquals("$.t", s.get("TimeoutSecondsPath").textValue());
    }

    @Test
    void catcherRendersResultPathInJsonPathAndOutputInJsonata() {
        Catcher c = Catcher.builder().errors(Errors.ALL).next("Handle").resultPath("$.error").build();
        assertEquals("$.error", c.toJson(QueryLanguage.JSONPATH).get("ResultPath").textValue());
        assertThrows(TaskValidationException.class, () -> c.check(QueryLanguage.JSONATA, "Catch[0]"));
        assertEquals(List.of(Errors.ALL), Catcher.of("H").errors());
    }
}
