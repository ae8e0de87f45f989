package io.github.sfntasks.provider.stepfunctions;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands work to an activity worker: the Task's Resource is the activity ARN itself
 * ({@code arn:<partition>:states:<region>:<account>:activity:<name>}), as the AWS CDK's
 * {@code StepFunctionsInvokeActivity}. The state waits until a worker that polls with GetActivityTask reports
 * SendTaskSuccess or SendTaskFailure (or the heartbeat or timeout runs out).
 *
 * <pre>{@code
 * StepFunctionsInvokeActivity.builder("Submit Job")
 *     .activity("SubmitJob")
 *     .heartbeat(Duration.ofMinutes(1))
 *     .build();
 * }</pre>
 *
 * <p>Properties (workflow-file names):
 * <ul>
 *   <li>{@code activity} &mdash; where the CDK takes an {@code IActivity}, we take the activity ARN or its name
 *       (1 to 80 characters without white space, brackets, wildcards, {@code " # % \ ^ | ~ ` $ & , ; : /} or control
 *       characters); a name becomes the ARN in the state machine's partition, region and account. Static: the
 *       Resource cannot be chosen at run time. Placeholders are values: a text that is one placeholder as a whole
 *       ({@code ${SubmitJobActivity}}, {@code ${Token[TOKEN.31]}}) is the activity ARN, as the CDK passes
 *       {@code activityArn}, and is the Resource as it is; {@code submit-${Stage}} is a name (the ARN is built
 *       around it); {@code arn:${AWS::Partition}:states:...:activity:${Name}} an ARN. Only the literal parts are
 *       checked; an IAM wildcard in any position is refused.</li>
 *   <li>{@code parameters} (JSONPath) / {@code arguments} (JSONata) &mdash; as the CDK v2, the input the worker
 *       receives, rendered as {@code Parameters} or {@code Arguments} by the state's query language: an object
 *       whose members may be paths or expressions, or (JSONata) one expression. Either name is accepted in either
 *       language, as in the CDK; give one. Absent: the worker receives the state input.</li>
 *   <li>{@code kmsKey} &mdash; when the activity is encrypted with a customer managed KMS key (the CDK's
 *       {@code Activity.encryptionConfiguration}): the key ARN or key id, so the grants below can be made. A whole
 *       placeholder is the key ARN (the CDK's {@code keyArn}); a key id holding placeholders is made an ARN in the
 *       context's region and account.</li>
 * </ul>
 * Heartbeat and timeout are common state options ({@code heartbeat(...)}, {@code timeout(...)}).
 *
 * <p>Patterns: REQUEST_RESPONSE only (the Resource has no suffix; the state still waits for the worker, which
 * is what an activity is). The CDK ignores an integration pattern on this task; we refuse any other, so a
 * {@code .sync} or callback request is not silently dropped.
 *
 * <p>IAM: none for the activity itself. Scheduling an activity task is done by Step Functions on the state
 * machine's behalf; the permissions ({@code states:GetActivityTask}, {@code states:SendTaskSuccess},
 * {@code states:SendTaskFailure}, {@code states:SendTaskHeartbeat}) belong to the worker's role, not the state
 * machine's, and the CDK grants nothing either. With {@code kmsKey}: {@code kms:Decrypt} and
 * {@code kms:GenerateDataKey} on the key, on condition that {@code kms:EncryptionContext:aws:states:activityArn}
 * equals the activity ARN, exactly as the CDK grants for an encrypted activity.
 *
 * <p>Differences from the CDK: none in the rendered state or the grants for the same properties.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-activities.html">Learn about Activities in Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/encryption-at-rest.html">Data at rest encryption in Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsstepfunctions.html">Actions, resources, and condition keys for AWS Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class StepFunctionsInvokeActivity extends ServiceTask {

    /** The provider type id. */
    public static final String TYPE_ID = "states:invokeActivity";

    /** An activity task has no integration pattern suffix. */
    public static final Set<IntegrationPattern> PATTERNS = EnumSet.of(IntegrationPattern.REQUEST_RESPONSE);

    /** The condition key that ties the KMS grant to this activity. */
    static final String ENCRYPTION_CONTEXT_KEY = "kms:EncryptionContext:aws:states:activityArn";

    private static final Pattern KEY_ID = Pattern.compile(Arn.KMS_KEY_ID_PATTERN);

    /** An activity in IAM; a whole placeholder is its ARN (the CDK's {@code activityArn}). */
    static final ResourceArn ACTIVITY = ResourceArn.of("states", "activity:").wholePlaceholderIsArn();
    /** A KMS key in IAM; a whole placeholder is its ARN (the CDK's {@code keyArn}). */
    static final ResourceArn KEY = ResourceArn.of("kms", "key/").wholePlaceholderIsArn();

    private final String activity;
    private final Value parameters;
    private final String parametersProperty;
    private final String kmsKey;

    private StepFunctionsInvokeActivity(Builder b) {
        super(b, TYPE_ID, PATTERNS);
        this.activity = require(b.activity, "activity");
        if (StatesNames.parse(activity, "activity", false) == null) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "activity",
                    "must be an activity ARN (arn:<partition>:states:<region>:<account>:activity:<name>) or an"
                            + " activity name of 1 to 80 characters without white space, brackets, wildcards,"
                            + " \" # % \\ ^ | ~ ` $ & , ; : / or control characters, was \"" + activity + "\"");
        }
        ACTIVITY.check(activity, "activity");
        this.parametersProperty = b.parametersProperty;
        this.parameters = Values.present(b.parameters);
        if (parameters != null) {
            check(parameters, parametersProperty);
            boolean object = Values.asObject(parameters) != null;
            boolean expression = parameters instanceof JsonataExpression;
            if (!object && !(expression && queryLanguage() == QueryLanguage.JSONATA)) {
                throw invalid(ErrorCode.INVALID_PROPERTY, parametersProperty,
                        "must be an object (its members may be paths or expressions)"
                                + (queryLanguage() == QueryLanguage.JSONATA ? " or a JSONata expression" : "")
                                + ", was " + parameters);
            }
        }
        this.kmsKey = b.kmsKey;
        if (kmsKey != null && keyArnOrNull(kmsKey) == null) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "kmsKey",
                    "must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<key id>) or a key id"
                            + " (a UUID or mrk-...), was \"" + kmsKey + "\"; aliases do not name the key IAM grants on");
        }
        if (kmsKey != null) {
            KEY.check(kmsKey, "kmsKey");
        }
    }

    /** @return the key id part of a key ARN or id, or {@code null} when it is neither */
    private static String keyArnOrNull(String key) {
        if (Placeholders.contains(key)) {
            return placeholderKeyFits(key) ? key : null;
        }
        Arn arn = Arn.parse(key);
        if (arn == null) {
            return KEY_ID.matcher(key).matches() ? key : null;
        }
        return arn.service().equals("kms") && arn.resource().startsWith("key/")
                && KEY_ID.matcher(arn.resource().substring(4)).matches() ? key : null;
    }

    /** A key holding placeholders, by its literal parts: a whole placeholder (the ARN), a key ARN, or a key id. */
    private static boolean placeholderKeyFits(String key) {
        if (Placeholders.isWhole(key)) {
            return true;
        }
        String id = key;
        if (key.startsWith("arn:")) {
            Arn arn = Arn.parse(key);
            if (arn == null || !arn.service().equals("kms") || !arn.resource().startsWith("key/")) {
                return false;
            }
            id = arn.resource().substring("key/".length());
        }
        return !id.isEmpty() && Placeholders.firstDisallowed(id, c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-')) < 0;
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the activity, as given (ARN or name) */
    public String activity() {
        return activity;
    }

    /** @return the parameters (arguments in JSONata), or {@code null} */
    public Value parameters() {
        return parameters;
    }

    /** @return the KMS key the activity is encrypted with, or {@code null} */
    public String kmsKey() {
        return kmsKey;
    }

    /**
     * @param context partition, region, account for a name
     * @return the activity ARN
     */
    public String activityArn(RenderContext context) {
        return ACTIVITY.arn(activity, context);
    }

    @Override
    protected String resource(RenderContext context) {
        return activityArn(context);
    }

    @Override
    protected Value parameters(RenderContext context) {
        return parameters;
    }

    @Override
    protected List<PolicyStatement> grants(RenderContext context) {
        if (kmsKey == null) {
            return List.of();
        }
        return List.of(PolicyStatement.allow(List.of("kms:Decrypt", "kms:GenerateDataKey"), List.of(KEY.arn(kmsKey, context)))
                .withConditions(PolicyStatement.Condition.of("StringEquals", ENCRYPTION_CONTEXT_KEY,
                        activityArn(context))));
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this);
        b.activity = activity;
        b.parameters = parameters;
        b.parametersProperty = parametersProperty;
        b.kmsKey = kmsKey;
        return b;
    }

    /** Builds a {@link StepFunctionsInvokeActivity}. */
    public static final class Builder extends TaskBuilder<Builder, StepFunctionsInvokeActivity> {
        private String activity;
        private Value parameters;
        private String parametersProperty = "parameters";
        private String kmsKey;

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param activity the activity ARN or name @return this builder */
        public Builder activity(String activity) {
            this.activity = activity;
            return this;
        }

        /**
         * @param parameters the worker's input; members may be paths, intrinsic functions or expressions (use a
         *                   {@code LinkedHashMap} for a stable order)
         * @return this builder
         */
        public Builder parameters(Map<String, ?> parameters) {
            return parameters(parameters == null ? null : ObjectValue.of(parameters));
        }

        /** @param parameters the worker's input: an object, or (JSONata) an expression @return this builder */
        public Builder parameters(Value parameters) {
            this.parameters = parameters;
            this.parametersProperty = "parameters";
            return this;
        }

        /**
         * The CDK's JSONata name for {@link #parameters(Map)}.
         *
         * @param arguments the worker's input
         * @return this builder
         */
        public Builder arguments(Map<String, ?> arguments) {
            return arguments(arguments == null ? null : ObjectValue.of(arguments));
        }

        /**
         * The CDK's JSONata name for {@link #parameters(Value)}.
         *
         * @param arguments the worker's input: an object or a JSONata expression
         * @return this builder
         */
        public Builder arguments(Value arguments) {
            this.parameters = arguments;
            this.parametersProperty = "arguments";
            return this;
        }

        /** @param key the ARN or id of the customer managed key the activity is encrypted with @return this builder */
        public Builder kmsKey(String key) {
            this.kmsKey = key;
            return this;
        }

        @Override
        protected StepFunctionsInvokeActivity newTask() {
            return new StepFunctionsInvokeActivity(this);
        }
    }
}
