package io.github.sfntasks.cdk;

import io.github.sfntasks.api.ApiStatus;
import software.amazon.awscdk.services.logs.ILogGroup;

import java.util.Objects;

/**
 * The state machine's own options, the ones that are not in its definition: its type, logging to CloudWatch Logs,
 * X-Ray tracing and its name. Immutable; made by {@link #builder()}, copied with {@link #toBuilder()}. The
 * construct maps each onto the CDK {@code StateMachine}'s props, so the CDK adds the grants each needs to the role
 * (the {@code logs:*LogDelivery*} actions for logging, the X-Ray actions for tracing).
 *
 * <pre>{@code
 * SfnTasksOptions options = SfnTasksOptions.builder()
 *         .type(SfnTasksOptions.Type.EXPRESS)
 *         .logs(logGroup, SfnTasksOptions.LogLevel.ALL, true)
 *         .tracing(true)
 *         .build();
 * }</pre>
 *
 * @param type STANDARD or EXPRESS
 * @param logDestination the log group that receives the execution history, or null for no logging
 * @param logLevel what is logged (OFF when there is no destination)
 * @param includeExecutionData whether log events carry the states' input and output
 * @param tracing whether X-Ray tracing is on
 * @param stateMachineName the state machine's physical name, or null for one the CDK generates
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
public record SfnTasksOptions(Type type, ILogGroup logDestination, LogLevel logLevel, boolean includeExecutionData,
        boolean tracing, String stateMachineName) {

    /** A state machine's type (AWS: "Choosing workflow type in Step Functions"). */
    public enum Type {
        /** Exactly-once, up to a year, every execution's history kept: the default. */
        STANDARD,
        /** At-least-once, up to five minutes, high rate; no {@code .sync}, no {@code .waitForTaskToken}, no activities. */
        EXPRESS
    }

    /** What is written to CloudWatch Logs (AWS: "Log levels for Step Functions execution events"). */
    public enum LogLevel {
        /** Nothing. */
        OFF,
        /** Every event. */
        ALL,
        /** Errors only. */
        ERROR,
        /** Fatal errors only. */
        FATAL
    }

    /** The defaults: STANDARD, no logging, no tracing, a generated name. */
    public static final SfnTasksOptions DEFAULTS = builder().build();

    /** Checks that logging has a destination when its level is not OFF. */
    public SfnTasksOptions {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(logLevel, "logLevel");
        if (logDestination == null && logLevel != LogLevel.OFF) {
            throw new IllegalArgumentException("logLevel " + logLevel + " needs a log group: logs(logGroup, level, includeExecutionData)");
        }
        if (stateMachineName != null && !stateMachineName.matches("[A-Za-z0-9_-]{1,80}")) {
            throw new IllegalArgumentException("stateMachineName \"" + stateMachineName
                    + "\" is not 1 to 80 letters, digits, '-' or '_'");
        }
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.logDestination = logDestination;
        b.logLevel = logLevel;
        b.includeExecutionData = includeExecutionData;
        b.tracing = tracing;
        b.stateMachineName = stateMachineName;
        return b;
    }

    /** Builds {@link SfnTasksOptions}. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
    public static final class Builder {
        private Type type = Type.STANDARD;
        private ILogGroup logDestination;
        private LogLevel logLevel = LogLevel.OFF;
        private boolean includeExecutionData;
        private boolean tracing;
        private String stateMachineName;

        private Builder() {
        }

        /**
         * @param type STANDARD (default) or EXPRESS
         * @return this builder
         */
        public Builder type(Type type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Logs executions to CloudWatch Logs.
         *
         * @param destination the log group
         * @param level what to log (OFF turns logging off again)
         * @param includeExecutionData whether events carry the states' input and output
         * @return this builder
         */
        public Builder logs(ILogGroup destination, LogLevel level, boolean includeExecutionData) {
            this.logLevel = Objects.requireNonNull(level, "level");
            this.logDestination = level == LogLevel.OFF ? null : Objects.requireNonNull(destination, "destination");
            this.includeExecutionData = level != LogLevel.OFF && includeExecutionData;
            return this;
        }

        /**
         * @param tracing whether X-Ray tracing is on (default off)
         * @return this builder
         */
        public Builder tracing(boolean tracing) {
            this.tracing = tracing;
            return this;
        }

        /**
         * @param name the state machine's physical name (1 to 80 letters, digits, '-' or '_'), or null for a
         *        generated one (the default, which lets CloudFormation replace the machine)
         * @return this builder
         */
        public Builder stateMachineName(String name) {
            this.stateMachineName = name;
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when the name is not one Step Functions accepts
         */
        public SfnTasksOptions build() {
            return new SfnTasksOptions(type, logDestination, logLevel, includeExecutionData, tracing, stateMachineName);
        }
    }
}
