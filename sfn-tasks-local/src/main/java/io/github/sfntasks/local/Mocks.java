package io.github.sfntasks.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.local.internal.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The mocked service calls of one test: for each Task state name, how its service answers. Immutable; made
 * with {@link #builder()} or read from Step Functions Local's mock configuration file
 * ({@link #fromConfigFile(Path, String, String)}).
 *
 * <pre>{@code
 * Mocks mocks = Mocks.builder()
 *     .returns("Charge", "{\"StatusCode\": 200, \"Payload\": {\"ok\": true}}")
 *     .responses("Ship", MockResponse.failing("Lambda.TooManyRequestsException", "slow down"),
 *                        MockResponse.returning(JsonNodeFactory.instance.objectNode()))
 *     .answers("Price", call -> MockResponse.returning(call.input().get("Payload")))
 *     .build();
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class Mocks {

    private static final Mocks NONE = new Mocks(Map.of());

    private final Map<String, MockAnswer> answers;

    private Mocks(Map<String, MockAnswer> answers) {
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** @return no mocks (a machine without Task states needs none) */
    public static Mocks none() {
        return NONE;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the mocked state names, in the order given */
    public java.util.Set<String> stateNames() {
        return answers.keySet();
    }

    /**
     * @param stateName a state name
     * @return its answer, or null
     */
    public MockAnswer answerFor(String stateName) {
        return answers.get(stateName);
    }

    /**
     * Reads one test case of a Step Functions Local mock configuration file ({@code StateMachines} &rarr;
     * {@code TestCases} &rarr; state name &rarr; mocked response name; {@code MockedResponses} with
     * invocation keys such as {@code "0"} or {@code "1-2"} holding {@code Return} or {@code Throw}).
     *
     * @param config the file's JSON
     * @param stateMachine the state machine's name under {@code StateMachines}
     * @param testCase the test case's name under its {@code TestCases}
     * @return the mocks of that test case
     * @throws LocalExecutionException ({@link ErrorCode#MOCK_CONFIGURATION}) naming what is missing or malformed
     */
    public static Mocks fromConfig(JsonNode config, String stateMachine, String testCase) {
        return new Mocks(MockConfigReader.read(config, stateMachine, testCase));
    }

    /**
     * @param file a mock configuration file ({@code MockConfigFile.json})
     * @param stateMachine the state machine's name under {@code StateMachines}
     * @param testCase the test case's name
     * @return the mocks of that test case
     * @throws LocalExecutionException when the file cannot be read, is not JSON, or names no such test case
     */
    public static Mocks fromConfigFile(Path file, String stateMachine, String testCase) {
        try {
            return fromConfig(Json.parse(Files.readString(file)), stateMachine, testCase);
        } catch (JsonProcessingException e) {
            throw new LocalExecutionException(ErrorCode.MOCK_CONFIGURATION,
                    "the mock configuration file " + file + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new LocalExecutionException(ErrorCode.MOCK_CONFIGURATION,
                    "cannot read the mock configuration file " + file + ": " + e, e);
        }
    }

    /**
     * @param config a mock configuration file's JSON
     * @return the state machine names under {@code StateMachines}
     */
    public static List<String> stateMachinesIn(JsonNode config) {
        List<String> out = new java.util.ArrayList<>();
        config.path("StateMachines").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Builds {@link Mocks}; a later mock for the same state replaces the earlier one. */
    public static final class Builder {
        private final Map<String, MockAnswer> answers = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param stateName a Task state
         * @param result what every call returns
         * @return this builder
         */
        public Builder returns(String stateName, JsonNode result) {
            MockResponse r = MockResponse.returning(result);
            return answers(stateName, call -> r);
        }

        /**
         * @param stateName a Task state
         * @param resultJson what every call returns, as JSON text
         * @return this builder
         * @throws IllegalArgumentException when the text is not JSON
         */
        public Builder returns(String stateName, String resultJson) {
            try {
                return returns(stateName, Json.parse(resultJson));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the result for state \"" + stateName + "\" is not JSON: "
                        + e.getOriginalMessage(), e);
            }
        }

        /**
         * @param stateName a Task state
         * @param error the error every call fails with
         * @param cause its cause, may be null
         * @return this builder
         */
        public Builder fails(String stateName, String error, String cause) {
            MockResponse r = MockResponse.failing(error, cause);
            return answers(stateName, call -> r);
        }

        /**
         * @param stateName a Task state
         * @param responses the response to invocation 0, 1, ...; later invocations have none (an error)
         * @return this builder
         */
        public Builder responses(String stateName, MockResponse... responses) {
            List<MockResponse> list = List.of(responses);
            return answers(stateName, call -> call.invocation() < list.size() ? list.get(call.invocation()) : null);
        }

        /**
         * @param stateName a Task state
         * @param answer a function of the call
         * @return this builder
         */
        public Builder answers(String stateName, MockAnswer answer) {
            answers.put(Objects.requireNonNull(stateName, "stateName"), Objects.requireNonNull(answer, "answer"));
            return this;
        }

        /**
         * @param other more mocks (they replace these for the same state)
         * @return this builder
         */
        public Builder addAll(Mocks other) {
            answers.putAll(other.answers);
            return this;
        }

        /** @return the mocks */
        public Mocks build() {
            return new Mocks(answers);
        }
    }
}
