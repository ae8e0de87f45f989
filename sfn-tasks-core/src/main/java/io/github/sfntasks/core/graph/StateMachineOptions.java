package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The options of the state machine resource itself, beside its definition: name, type, logging, X-Ray tracing and
 * encryption. They are not part of the ASL definition: a deployment template ({@code io.github.sfntasks.core.deploy})
 * or a CDK construct writes them on the state machine resource, and {@link StateMachine#policyStatements} adds the
 * grants each one needs to the role's policy. Names follow the AWS CDK's {@code StateMachineProps}.
 *
 * <pre>{@code
 * StateMachineOptions options = StateMachineOptions.builder()
 *     .stateMachineName("order-workflow")
 *     .stateMachineType(StateMachineOptions.Type.EXPRESS)
 *     .logs(StateMachineOptions.LogLevel.ALL, true,
 *           "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/order:*")
 *     .tracingEnabled(true)
 *     .build();
 * StateMachine machine = StateMachine.builder(start).options(options).build();
 * }</pre>
 *
 * <p>In a workflow file they are the top-level section {@value #SECTION} (not ASL: it never appears in the rendered
 * definition):
 *
 * {@code StateMachineOptions:} with, one per line, {@code stateMachineName: order-workflow},
 * {@code stateMachineType: EXPRESS},
 * <code>logs: {level: ALL, includeExecutionData: true, destination: "${OrderLogs.Arn}"}</code>,
 * {@code tracingEnabled: true} and
 * <code>encryptionConfiguration: {kmsKey: "${OrderKey.Arn}", kmsDataKeyReusePeriodSeconds: 300}</code>
 * ({@code examples/deploy/order.yaml} has one).
 *
 * <p>Grants, as AWS documents them:
 * <ul>
 *   <li>logs (level other than OFF): {@code logs:CreateLogDelivery}, {@code GetLogDelivery}, {@code UpdateLogDelivery},
 *       {@code DeleteLogDelivery}, {@code ListLogDeliveries}, {@code PutResourcePolicy}, {@code DescribeResourcePolicies},
 *       {@code DescribeLogGroups} on {@code *}: these CloudWatch Logs vended-log delivery actions take no resource, so
 *       AWS's policy uses {@code *} ("IAM policies for CloudWatch Logs",
 *       https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html#cloudwatch-iam-policy; the CDK grants the same);</li>
 *   <li>tracing: {@code xray:PutTraceSegments}, {@code PutTelemetryRecords}, {@code GetSamplingRules},
 *       {@code GetSamplingTargets} on {@code *} (X-Ray has no resource-level permissions for them:
 *       https://docs.aws.amazon.com/step-functions/latest/dg/xray-iam.html);</li>
 *   <li>a customer managed KMS key: {@code kms:Decrypt} and {@code kms:GenerateDataKey} on the key, with the condition
 *       {@code kms:EncryptionContext:aws:states:stateMachineArn} equal to the machine's own ARN; with logging on,
 *       {@code kms:GenerateDataKey} on the key for {@code kms:EncryptionContext:SourceArn} =
 *       {@code arn:<partition>:logs:<region>:<account>:*} ("Data at rest encryption",
 *       https://docs.aws.amazon.com/step-functions/latest/dg/encryption-at-rest.html).</li>
 * </ul>
 *
 * <p><b>The machine's own ARN.</b> Some grants name the machine itself (these, and a Distributed Map's
 * {@code states:StartExecution}). With a {@link #stateMachineName()} it is built from the render context:
 * {@code arn:<partition>:states:<region>:<account>:stateMachine:<name>}. Without one the name is known only once the
 * machine exists, so the grants hold the placeholder {@value #OWN_NAME}, which a deployment template fills from the
 * state machine resource (CloudFormation {@code ${StateMachine.Name}} is its {@code GetAtt Name}); those statements
 * are written to a policy of their own, attached after the machine is created, so that the machine (which needs the
 * role) and the policy (which needs the machine) form no dependency cycle.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
public final class StateMachineOptions {

    /** The top-level section of a workflow file that holds these options. */
    public static final String SECTION = "StateMachineOptions";

    /**
     * The placeholder for the machine's own name in grants of an unnamed machine. A CloudFormation substitution
     * variable: the state machine resource's {@code Name} attribute when its logical id is {@code StateMachine}.
     */
    public static final String OWN_NAME = "${StateMachine.Name}";

    /** No options: a STANDARD machine, no name, no logging, no tracing, AWS-owned encryption. */
    public static final StateMachineOptions DEFAULTS = builder().build();

    // The CDK's check of a state machine name (state-machine.ts, validateStateMachineName).
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9+!@.()\\-=_']{1,80}");

    /** STANDARD or EXPRESS (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-standard-vs-express.html). */
    public enum Type {
        /** Durable, exactly-once, up to a year; the default. */
        STANDARD,
        /** High-volume, at-least-once, up to five minutes; no {@code .sync}, {@code .waitForTaskToken} or activities. */
        EXPRESS
    }

    /** Which execution history events are logged (https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html). */
    public enum LogLevel {
        /** Every event. */
        ALL,
        /** Errors. */
        ERROR,
        /** Fatal errors. */
        FATAL,
        /** Nothing. */
        OFF
    }

    /**
     * Logging to CloudWatch Logs.
     *
     * @param level which events
     * @param includeExecutionData whether input and output go into the log
     * @param destination the log group's ARN (ending in {@code :*}, as Step Functions takes it) or a placeholder;
     *                    may be null only with level OFF
     */
    public record Logs(LogLevel level, boolean includeExecutionData, String destination) {
        /** @throws NullPointerException without a level */
        public Logs {
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * Encryption with a customer managed KMS key.
     *
     * @param kmsKey the key's ARN, or a placeholder ({@code ${OrderKey.Arn}})
     * @param kmsDataKeyReusePeriodSeconds how long a data key is reused (60 to 900), or null for the service default (300)
     */
    public record Encryption(String kmsKey, Integer kmsDataKeyReusePeriodSeconds) {
        /** @throws NullPointerException without a key */
        public Encryption {
            Objects.requireNonNull(kmsKey, "kmsKey");
        }
    }

    private final String stateMachineName;
    private final Type stateMachineType;
    private final Logs logs;
    private final Boolean tracingEnabled;
    private final Encryption encryption;

    private StateMachineOptions(Builder b) {
        this.stateMachineName = b.stateMachineName;
        this.stateMachineType = b.stateMachineType;
        this.logs = b.logs;
        this.tracingEnabled = b.tracingEnabled;
        this.encryption = b.encryption;
    }

    /** @return a builder of options, none set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.stateMachineName = stateMachineName;
        b.stateMachineType = stateMachineType;
        b.logs = logs;
        b.tracingEnabled = tracingEnabled;
        b.encryption = encryption;
        return b;
    }

    /** @return the machine's name, or null (the deployment generates one) */
    public String stateMachineName() {
        return stateMachineName;
    }

    /** @return the type set, or null (STANDARD, the service's default) */
    public Type stateMachineType() {
        return stateMachineType;
    }

    /** @return the effective type: the one set, or STANDARD */
    public Type effectiveType() {
        return stateMachineType == null ? Type.STANDARD : stateMachineType;
    }

    /** @return logging, or null */
    public Logs logs() {
        return logs;
    }

    /** @return whether X-Ray tracing is on: true, false, or null (not set: off) */
    public Boolean tracingEnabled() {
        return tracingEnabled;
    }

    /** @return encryption with a customer managed key, or null (an AWS-owned key) */
    public Encryption encryption() {
        return encryption;
    }

    /** @return whether no option is set */
    public boolean isEmpty() {
        return stateMachineName == null && stateMachineType == null && logs == null && tracingEnabled == null
                && encryption == null;
    }

    /**
     * @param context partition, region and account
     * @return the machine's own ARN: built from its name, or holding {@value #OWN_NAME}
     */
    public String ownArn(RenderContext context) {
        return context.arn("states", "stateMachine:" + ownName());
    }

    /**
     * The executions a Distributed Map state of this machine starts: their ARNs are
     * {@code arn:...:execution:<machine name>/<map run>:<id>}, so the pattern is
     * {@code arn:...:execution:<name>/*} ("IAM policies for using Distributed Map states",
     * https://docs.aws.amazon.com/step-functions/latest/dg/iam-policies-eg-dist-map.html).
     *
     * @param context partition, region and account
     * @return the ARN pattern of the map runs' child executions
     */
    public String ownChildExecutionsArn(RenderContext context) {
        return context.arn("states", "execution:" + ownName() + "/*");
    }

    private String ownName() {
        return stateMachineName != null ? stateMachineName : OWN_NAME;
    }

    /**
     * The grants these options need (see the class Javadoc for their sources).
     *
     * @param context partition, region and account
     * @return the statements, none when nothing needs a grant
     */
    public List<PolicyStatement> policyStatements(RenderContext context) {
        List<PolicyStatement> out = new ArrayList<>();
        boolean logging = logs != null && logs.level() != LogLevel.OFF;
        if (logging) {
            out.add(PolicyStatement.allow(List.of("logs:CreateLogDelivery", "logs:DeleteLogDelivery",
                    "logs:DescribeLogGroups", "logs:DescribeResourcePolicies", "logs:GetLogDelivery",
                    "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:UpdateLogDelivery"), List.of("*")));
        }
        if (Boolean.TRUE.equals(tracingEnabled)) {
            out.add(PolicyStatement.allow(List.of("xray:GetSamplingRules", "xray:GetSamplingTargets",
                    "xray:PutTelemetryRecords", "xray:PutTraceSegments"), List.of("*")));
        }
        if (encryption != null) {
            String key = io.github.sfntasks.api.iam.Arn.kmsKeyArn(encryption.kmsKey(), context);
            out.add(PolicyStatement.allow(List.of("kms:Decrypt", "kms:GenerateDataKey"), List.of(key))
                    .withConditions(PolicyStatement.Condition.of("StringEquals",
                            "kms:EncryptionContext:aws:states:stateMachineArn", ownArn(context))));
            if (logging) {
                out.add(PolicyStatement.allow(List.of("kms:GenerateDataKey"), List.of(key))
                        .withConditions(PolicyStatement.Condition.of("StringEquals",
                                "kms:EncryptionContext:SourceArn", context.arn("logs", "*"))));
            }
        }
        return out;
    }

    /**
     * The options as the workflow file's {@value #SECTION} section writes them.
     *
     * @return the section, empty when no option is set
     */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        if (stateMachineName != null) {
            n.put("stateMachineName", stateMachineName);
        }
        if (stateMachineType != null) {
            n.put("stateMachineType", stateMachineType.name());
        }
        if (logs != null) {
            ObjectNode l = n.putObject("logs");
            l.put("level", logs.level().name());
            l.put("includeExecutionData", logs.includeExecutionData());
            if (logs.destination() != null) {
                l.put("destination", logs.destination());
            }
        }
        if (tracingEnabled != null) {
            n.put("tracingEnabled", tracingEnabled);
        }
        if (encryption != null) {
            ObjectNode e = n.putObject("encryptionConfiguration");
            e.put("kmsKey", encryption.kmsKey());
            if (encryption.kmsDataKeyReusePeriodSeconds() != null) {
                e.put("kmsDataKeyReusePeriodSeconds", encryption.kmsDataKeyReusePeriodSeconds());
            }
        }
        return n;
    }

    private static final Set<String> FIELDS = Set.of("stateMachineName", "stateMachineType", "logs", "tracingEnabled",
            "encryptionConfiguration");
    private static final Set<String> LOG_FIELDS = Set.of("level", "includeExecutionData", "destination");
    private static final Set<String> KMS_FIELDS = Set.of("kmsKey", "kmsDataKeyReusePeriodSeconds");

    /**
     * Reads the workflow file's {@value #SECTION} section, reporting every problem.
     *
     * @param section the section's value
     * @param problems called with the JSON Pointer (relative to the section, {@code /logs/level}) and the problem of
     *                 each field that is wrong
     * @return the options (those fields that were right), never null
     */
    public static StateMachineOptions fromJson(JsonNode section, BiConsumer<String, TaskValidationException> problems) {
        Builder b = builder();
        if (!(section instanceof ObjectNode obj)) {
            problems.accept("", invalid(null, "must be an object of " + new java.util.TreeSet<>(FIELDS)));
            return b.build();
        }
        unknown(obj, FIELDS, "", problems);
        JsonNode name = obj.get("stateMachineName");
        if (name != null) {
            if (name.isTextual()) {
                b.stateMachineName = name.textValue();
            } else {
                problems.accept("/stateMachineName", invalid("stateMachineName", "must be a string"));
            }
        }
        JsonNode type = obj.get("stateMachineType");
        if (type != null) {
            Type t = enumValue(Type.class, type);
            if (t == null) {
                problems.accept("/stateMachineType", invalid("stateMachineType", "must be STANDARD or EXPRESS, was " + type));
            }
            b.stateMachineType = t;
        }
        JsonNode logs = obj.get("logs");
        if (logs != null) {
            if (logs instanceof ObjectNode l) {
                unknown(l, LOG_FIELDS, "/logs", problems);
                LogLevel level = LogLevel.ERROR; // the CDK's default level
                JsonNode lv = l.get("level");
                if (lv != null) {
                    level = enumValue(LogLevel.class, lv);
                    if (level == null) {
                        problems.accept("/logs/level", invalid("logs.level", "must be ALL, ERROR, FATAL or OFF, was " + lv));
                    }
                }
                JsonNode data = l.get("includeExecutionData");
                if (data != null && !data.isBoolean()) {
                    problems.accept("/logs/includeExecutionData", invalid("logs.includeExecutionData", "must be true or false"));
                }
                JsonNode dest = l.get("destination");
                if (dest != null && !dest.isTextual()) {
                    problems.accept("/logs/destination", invalid("logs.destination", "must be a log group ARN string"));
                }
                if (level != null) {
                    b.logs = new Logs(level, data != null && data.booleanValue(), dest != null && dest.isTextual() ? dest.textValue() : null);
                }
            } else {
                problems.accept("/logs", invalid("logs", "must be an object of " + new java.util.TreeSet<>(LOG_FIELDS)));
            }
        }
        JsonNode tracing = obj.get("tracingEnabled");
        if (tracing != null) {
            if (tracing.isBoolean()) {
                b.tracingEnabled = tracing.booleanValue();
            } else {
                problems.accept("/tracingEnabled", invalid("tracingEnabled", "must be true or false"));
            }
        }
        JsonNode enc = obj.get("encryptionConfiguration");
        if (enc != null) {
            if (enc instanceof ObjectNode e) {
                unknown(e, KMS_FIELDS, "/encryptionConfiguration", problems);
                JsonNode key = e.get("kmsKey");
                JsonNode period = e.get("kmsDataKeyReusePeriodSeconds");
                Integer seconds = null;
                if (period != null) {
                    if (period.isIntegralNumber() && period.canConvertToInt()) {
                        seconds = period.intValue();
                    } else {
                        problems.accept("/encryptionConfiguration/kmsDataKeyReusePeriodSeconds",
                                invalid("encryptionConfiguration.kmsDataKeyReusePeriodSeconds", "must be a whole number of seconds"));
                    }
                }
                if (key == null || !key.isTextual()) {
                    problems.accept("/encryptionConfiguration" + (key == null ? "" : "/kmsKey"),
                            invalid("encryptionConfiguration.kmsKey", "is required: the customer managed key's ARN"));
                } else {
                    b.encryption = new Encryption(key.textValue(), seconds);
                }
            } else {
                problems.accept("/encryptionConfiguration", invalid("encryptionConfiguration",
                        "must be an object of " + new java.util.TreeSet<>(KMS_FIELDS)));
            }
        }
        try {
            return b.build();
        } catch (TaskValidationException e) {
            String property = e.property().startsWith(SECTION + ".") ? e.property().substring(SECTION.length() + 1) : "";
            problems.accept(property.isEmpty() ? "" : "/" + property.replace('.', '/'), e);
            return DEFAULTS;
        }
    }

    private static void unknown(ObjectNode obj, Set<String> allowed, String at, BiConsumer<String, TaskValidationException> problems) {
        obj.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                problems.accept(at + "/" + f.replace("~", "~0").replace("/", "~1"), invalid((at.isEmpty() ? "" : at.substring(1).replace('/', '.') + ".") + f,
                        "is not a state-machine option; allowed: " + new java.util.TreeSet<>(allowed)));
            }
        });
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return Enum.valueOf(type, node.textValue().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static TaskValidationException invalid(String property, String detail) {
        return new TaskValidationException(ErrorCode.INVALID_MACHINE_OPTIONS, null,
                property == null ? SECTION : SECTION + "." + property, detail);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateMachineOptions other && toJson().equals(other.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return SECTION + toJson();
    }

    /** Builds {@link StateMachineOptions}; {@link #build()} checks them. */
    public static final class Builder {
        private String stateMachineName;
        private Type stateMachineType;
        private Logs logs;
        private Boolean tracingEnabled;
        private Encryption encryption;

        private Builder() {
        }

        /**
         * @param name 1 to 80 characters of {@code A-Z a-z 0-9 + ! @ . ( ) - = _ '}, or text with placeholders
         * @return this builder
         */
        public Builder stateMachineName(String name) {
            this.stateMachineName = name;
            return this;
        }

        /** @param type STANDARD or EXPRESS @return this builder */
        public Builder stateMachineType(Type type) {
            this.stateMachineType = type;
            return this;
        }

        /**
         * @param level which events to log
         * @param includeExecutionData whether input and output are logged
         * @param destination the log group's ARN (or a placeholder); required unless the level is OFF
         * @return this builder
         */
        public Builder logs(LogLevel level, boolean includeExecutionData, String destination) {
            this.logs = new Logs(level, includeExecutionData, destination);
            return this;
        }

        /** @param logs logging, or null for none @return this builder */
        public Builder logs(Logs logs) {
            this.logs = logs;
            return this;
        }

        /** @param enabled whether X-Ray tracing is on @return this builder */
        public Builder tracingEnabled(boolean enabled) {
            this.tracingEnabled = enabled;
            return this;
        }

        /**
         * @param kmsKey the customer managed key's ARN, or a placeholder
         * @param kmsDataKeyReusePeriodSeconds 60 to 900, or null for the service's default
         * @return this builder
         */
        public Builder encryption(String kmsKey, Integer kmsDataKeyReusePeriodSeconds) {
            this.encryption = new Encryption(kmsKey, kmsDataKeyReusePeriodSeconds);
            return this;
        }

        /**
         * @return the options
         * @throws TaskValidationException ({@link ErrorCode#INVALID_MACHINE_OPTIONS}) naming the option that is wrong
         */
        public StateMachineOptions build() {
            if (stateMachineName != null) {
                int bad = Placeholders.firstDisallowed(stateMachineName, c -> c < 128 && NAME.matcher(String.valueOf((char) c)).matches());
                if (stateMachineName.isEmpty() || bad >= 0 || Placeholders.literalLength(stateMachineName) > 80) {
                    throw invalid("stateMachineName", "must be 1 to 80 characters of A-Z a-z 0-9 + ! @ . ( ) - = _ ', was \""
                            + stateMachineName + "\"");
                }
            }
            if (logs != null && logs.level() != LogLevel.OFF) {
                if (logs.destination() == null || logs.destination().isBlank()) {
                    throw invalid("logs.destination", "is required when the level is " + logs.level()
                            + ": the ARN of a CloudWatch Logs log group (arn:aws:logs:<region>:<account>:log-group:<name>:*)");
                }
                if (!Placeholders.isWhole(logs.destination()) && !logs.destination().contains(":log-group:")) {
                    throw invalid("logs.destination", "must be a log group ARN, arn:<partition>:logs:<region>:<account>:log-group:<name>:*,"
                            + " or a placeholder; was \"" + logs.destination() + "\"");
                }
            }
            if (encryption != null) {
                if (encryption.kmsKey().isBlank()) {
                    throw invalid("encryptionConfiguration.kmsKey", "cannot be blank");
                }
                Integer p = encryption.kmsDataKeyReusePeriodSeconds();
                if (p != null && (p < 60 || p > 900)) {
                    throw new TaskValidationException(ErrorCode.OUT_OF_RANGE, null,
                            SECTION + ".encryptionConfiguration.kmsDataKeyReusePeriodSeconds",
                            "must be between 60 and 900 seconds, was " + p);
                }
            }
            return new StateMachineOptions(this);
        }
    }
}
