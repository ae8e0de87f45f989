package io.github.sfntasks.api.state;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.TaskValidationException;

import java.time.Duration;
import java.util.List;

/**
 * One entry of a state's {@code Retry}: which errors, how often, how long between tries. Fields
 * left unset are not rendered (the service then uses its defaults: interval 1 s, 3 attempts,
 * back-off 2.0).
 *
 * <pre>{@code
 * Retrier.builder().errors(Errors.TIMEOUT).intervalSeconds(2).maxAttempts(6).backoffRate(2).build();
 * }</pre>
 *
 * @param errors the error names to match ({@code ErrorEquals}), at least one
 * @param intervalSeconds seconds before the first retry (1 to 99999999), or {@code null}
 * @param maxAttempts the most retries (0 to 99999999), or {@code null}
 * @param backoffRate the multiplier of the interval per try (at least 1.0), or {@code null}
 * @param maxDelaySeconds the cap of the interval (1 to 31622400), or {@code null}
 * @param jitterStrategy the jitter, or {@code null}
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public record Retrier(List<String> errors, Integer intervalSeconds, Integer maxAttempts, Double backoffRate,
                      Integer maxDelaySeconds, JitterStrategy jitterStrategy) {

    /**
     * @throws TaskValidationException when a field is out of the range ASL allows
     */
    public Retrier {
        // Every bad field at once (ranges: "Handling errors in Step Functions workflows", "Retrier fields").
        List<TaskValidationException> found = new java.util.ArrayList<>();
        try {
            errors = checkErrors(errors, "Retry");
        } catch (TaskValidationException e) {
            found.add(e);
        }
        range(found, "IntervalSeconds", intervalSeconds, 1, 99_999_999);
        range(found, "MaxAttempts", maxAttempts, 0, 99_999_999);
        range(found, "MaxDelaySeconds", maxDelaySeconds, 1, 31_622_400);
        if (backoffRate != null && (backoffRate < 1.0 || backoffRate.isNaN() || backoffRate.isInfinite())) {
            found.add(new TaskValidationException(ErrorCode.OUT_OF_RANGE, null, "Retry.BackoffRate",
                    "must be a number of at least 1.0, was " + backoffRate));
        }
        if (!found.isEmpty()) {
            throw TaskValidationException.of(found);
        }
    }

    static List<String> checkErrors(List<String> errors, String field) {
        if (errors == null || errors.isEmpty()) {
            throw new TaskValidationException(ErrorCode.MISSING_PROPERTY, null, field + ".ErrorEquals",
                    "name at least one error, for example States.ALL");
        }
        for (String e : errors) {
            if (e == null || e.isBlank()) {
                throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, field + ".ErrorEquals",
                        "error names cannot be null or blank");
            }
        }
        if (errors.contains(Errors.ALL) && errors.size() > 1) {
            throw new TaskValidationException(ErrorCode.INVALID_PROPERTY, null, field + ".ErrorEquals",
                    "States.ALL must stand alone in ErrorEquals, was " + errors);
        }
        return List.copyOf(errors);
    }

    private static void range(List<TaskValidationException> found, String field, Integer v, int min, int max) {
        if (v != null && (v < min || v > max)) {
            found.add(new TaskValidationException(ErrorCode.OUT_OF_RANGE, null, "Retry." + field,
                    "must be a whole number from " + min + " to " + max + ", was " + v));
        }
    }

        /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether this retrier matches {@code States.ALL} */
    public boolean matchesAll() {
        return errors.contains(Errors.ALL);
    }

    /** @return the ASL of this retrier */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        errors.forEach(n.putArray("ErrorEquals")::add);
        if (intervalSeconds != null) {
            n.put("IntervalSeconds", intervalSeconds);
        }
        if (maxAttempts != null) {
            n.put("MaxAttempts", maxAttempts);
        }
        if (backoffRate != null) {
            if (backoffRate == Math.rint(backoffRate) && backoffRate < Integer.MAX_VALUE) {
                n.put("BackoffRate", backoffRate.intValue());
            } else {
                n.put("BackoffRate", backoffRate);
            }
        }
        if (maxDelaySeconds != null) {
            n.put("MaxDelaySeconds", maxDelaySeconds);
        }
        if (jitterStrategy != null) {
            n.put("JitterStrategy", jitterStrategy.name());
        }
        return n;
    }

    /** Builds a {@link Retrier}. */
    public static final class Builder {
        private List<String> errors = List.of(Errors.ALL);
        private Integer intervalSeconds;
        private Integer maxAttempts;
        private Double backoffRate;
        private Integer maxDelaySeconds;
        private JitterStrategy jitterStrategy;

        private Builder() {
        }

        /** @param errors error names (default {@code States.ALL}) @return this builder */
        public Builder errors(String... errors) {
            this.errors = List.of(errors);
            return this;
        }

        /** @param errors error names @return this builder */
        public Builder errors(List<String> errors) {
            this.errors = errors;
            return this;
        }

        /** @param seconds the first interval @return this builder */
        public Builder intervalSeconds(int seconds) {
            this.intervalSeconds = seconds;
            return this;
        }

        /** @param interval the first interval (whole seconds) @return this builder */
        public Builder interval(Duration interval) {
            this.intervalSeconds = Math.toIntExact(interval.toSeconds());
            return this;
        }

        /** @param attempts the most retries @return this builder */
        public Builder maxAttempts(int attempts) {
            this.maxAttempts = attempts;
            return this;
        }

        /** @param rate the back-off multiplier @return this builder */
        public Builder backoffRate(double rate) {
            this.backoffRate = rate;
            return this;
        }

        /** @param seconds the cap of the interval @return this builder */
        public Builder maxDelaySeconds(int seconds) {
            this.maxDelaySeconds = seconds;
            return this;
        }

        /** @param jitter the jitter strategy @return this builder */
        public Builder jitterStrategy(JitterStrategy jitter) {
            this.jitterStrategy = jitter;
            return this;
        }

        /** @return the retrier @throws TaskValidationException when a field is out of range */
        public Retrier build() {
            return new Retrier(errors, intervalSeconds, maxAttempts, backoffRate, maxDelaySeconds, jitterStrategy);
        }
    }
}
