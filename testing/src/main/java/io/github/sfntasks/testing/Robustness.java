package io.github.sfntasks.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.state.StateOptions;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Odd values for every property, plain and as {@code ".$"}, in both query languages and every integration
 * pattern: the provider either builds a task that renders (state and statements, in {@link ExpectedJson#CONTEXT}
 * and in {@link RenderContext#cloudFormation()}), or throws a {@link TaskValidationException} naming the state;
 * never another exception. Immutable; {@code withX} methods return copies.
 *
 * <pre>{@code
 * Robustness.of(new SqsSendMessageProvider(), "{\"queue\": \"q\", \"messageBody\": \"x\"}")
 *         .withProperties("queue", "messageBody", "delay", "unknown")
 *         .assertOnlyValidationErrors();
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class Robustness {

    /** The state name every request uses. */
    public static final String STATE_NAME = "S";

    /** Odd JSON values, as text: nulls, numbers out of range, empty and nested containers, paths, JSONata, ARNs. */
    public static final List<String> ODD_VALUES = List.of("null", "0", "-1", "901", "1.5", "1e400", "true", "\"\"", "\"x\"",
            "\" \"", "\"\\u0000\"", "[]", "[null]", "[[1]]", "{}", "{\"a\": 1}", "{\"default\": 1}", "{\"v\": {\"value\": 1}}",
            "{\"v\": {\"value\": [1, {\"a\": 1}]}}", "{\"v\": {\"value.$\": \"$.a\", \"dataType\": \"Binary\"}}",
            "{\"v\": {\"value\": \"{% $x %}\"}}", "{\"v\": null}", "{\"v\": {\"value\": 1e400}}", "{\"v\": {\"value\": [1e400]}}",
            "\"{% $states.input %}\"", "\"{% %}\"", "\"$.a\"", "\"$$.Task.Token\"", "\"States.Format('{}', $.a)\"",
            "\"States.Nope()\"", "\"arn:aws:sqs:us-east-1:123456789012:q.fifo\"",
            "\"https://sqs.us-east-1.amazonaws.com/123456789012/q.fifo\"", "\"t.fifo\"");

    private final TaskProvider provider;
    private final ObjectNode validProperties;
    private final List<String> properties;
    private final List<String> values;
    private final Set<IntegrationPattern> patterns;
    private final boolean stateQueryLanguage;

    private Robustness(TaskProvider provider, ObjectNode validProperties, List<String> properties, List<String> values,
                       Set<IntegrationPattern> patterns, boolean stateQueryLanguage) {
        this.provider = provider;
        this.validProperties = validProperties;
        this.properties = properties;
        this.values = values;
        this.patterns = patterns;
        this.stateQueryLanguage = stateQueryLanguage;
    }

    /**
     * @param provider the provider under test
     * @param validPropertiesJson properties that build a task; each case replaces one of them
     * @return a check of no properties yet, with {@link #ODD_VALUES} and every integration pattern
     */
    public static Robustness of(TaskProvider provider, String validPropertiesJson) {
        return new Robustness(Objects.requireNonNull(provider, "provider"), ExpectedJson.object(validPropertiesJson),
                List.of(), ODD_VALUES, EnumSet.allOf(IntegrationPattern.class), false);
    }

    /** @param names the properties to try each value in (include an unknown one) @return a copy */
    public Robustness withProperties(String... names) {
        return new Robustness(provider, validProperties, List.of(names), values, patterns, stateQueryLanguage);
    }

    /** @param jsonValues the values to try, as JSON text @return a copy */
    public Robustness withValues(List<String> jsonValues) {
        jsonValues.forEach(ExpectedJson::parse);
        return new Robustness(provider, validProperties, properties, List.copyOf(jsonValues), patterns, stateQueryLanguage);
    }

    /** @param first an integration pattern to request @param more more of them @return a copy */
    public Robustness withPatterns(IntegrationPattern first, IntegrationPattern... more) {
        return new Robustness(provider, validProperties, properties, values, EnumSet.of(first, more), stateQueryLanguage);
    }

    /**
     * @param own whether each request's {@link StateOptions} name the query language as the state's own (as a
     *            workflow state with its own {@code QueryLanguage} field does) rather than none
     * @return a copy
     */
    public Robustness withStateQueryLanguage(boolean own) {
        return new Robustness(provider, validProperties, properties, values, patterns, own);
    }

    /**
     * Runs every combination.
     *
     * @return how many combinations built a task (at least one, or the check proves nothing and fails)
     */
    public int assertOnlyValidationErrors() {
        assertTrue(!properties.isEmpty(), "name the properties to try with withProperties(...)");
        int built = 0;
        for (QueryLanguage language : QueryLanguage.values()) {
            for (IntegrationPattern pattern : patterns) {
                for (String property : properties) {
                    for (String suffix : List.of("", ".$")) {
                        for (String value : values) {
                            ObjectNode props = validProperties.deepCopy();
                            props.remove(property);
                            props.set(property + suffix, ExpectedJson.parse(value));
                            String where = language + " " + pattern + " " + property + suffix + "=" + value;
                            StateOptions options = stateQueryLanguage ? StateOptions.builder().queryLanguage(language).build() : null;
                            if (attempt(TaskRequest.of(STATE_NAME, provider.typeId(), props, pattern, language, options), where)) {
                                built++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(built > 0, "nothing built: the valid properties or the values are wrong");
        return built;
    }

    private boolean attempt(TaskRequest request, String where) {
        Task task;
        try {
            task = provider.create(request);
        } catch (TaskValidationException e) {
            assertEquals(STATE_NAME, e.stateName(), () -> "no state name for " + where + ": " + e.getMessage());
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError(where, e);
        }
        try {
            for (RenderContext context : List.of(ExpectedJson.CONTEXT, RenderContext.cloudFormation())) {
                assertNotNull(task.toState(context), where);
                assertNotNull(task.policyStatements(context), where);
            }
        } catch (RuntimeException e) {
            throw new AssertionError("built but does not render: " + where, e);
        }
        return true;
    }
}
