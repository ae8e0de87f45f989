package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Calls an AWS API action through a Step Functions AWS SDK integration
 * ({@code arn:<partition>:states:::aws-sdk:<service>:<action>}), as the AWS CDK's {@code CallAwsService}.
 *
 * <pre>{@code
 * CallAwsService.builder("GetObject")
 *     .service("s3")
 *     .action("getObject")
 *     .parameters(Map.of("Bucket", "my-bucket", "Key", JsonPath.stringAt("$.key")))
 *     .iamResources("arn:aws:s3:::my-bucket/*")
 *     .build();
 * }</pre>
 *
 * <p>In a workflow file: {@code "Provider": "aws-sdk:s3:getObject"} with {@code "Properties":
 * {"parameters": {...}, "iamResources": [...]}}; or {@code "Provider": "aws-sdk"} with
 * {@code service} and {@code action} among the properties. {@link #typeId()} is the full
 * {@code aws-sdk:<service>:<action>}.
 *
 * <p>Properties:
 * <ul>
 *   <li>{@code service} &mdash; the service name of the Resource, lowercase, as the Step Functions
 *       "AWS SDK service integrations" table writes it (the AWS SDK for Java 2.x module name:
 *       {@code s3}, {@code sfn}, {@code cloudwatchlogs}, {@code elasticloadbalancingv2}).</li>
 *   <li>{@code action} &mdash; the API action in camelCase ({@code getObject}); it must start with a
 *       lowercase letter.</li>
 *   <li>{@code parameters} &mdash; the request, an object whose members may be paths, intrinsic
 *       functions or JSONata expressions; default {@code {}}. Its top-level names must be PascalCase as
 *       AWS documents ("parameter names will be Pascal case"), and as the CDK v2 checks: a name that
 *       starts with a lowercase letter is an error, not a warning, because Step Functions would reject
 *       or ignore it at run time. Nested names are not checked (maps such as S3 {@code Metadata} or
 *       tag maps hold names of the user's choosing).</li>
 *   <li>{@code iamResources} &mdash; required, at least one: the resources the role may call the
 *       action on. {@code *} is granted only when given here explicitly (some actions, such as
 *       {@code s3:ListAllMyBuckets}, have no resource-level permissions).</li>
 *   <li>{@code iamAction} &mdash; the IAM action when it is not {@code <prefix>:<Action>}
 *       (e.g. {@code s3:listBuckets} needs {@code s3:ListAllMyBuckets}); a wildcard is refused, to keep
 *       the grant to one action.</li>
 *   <li>{@code additionalIamStatements} &mdash; more statements the role needs (for instance
 *       {@code rekognition:detectLabels} reading from S3), given as IAM JSON
 *       ({@code {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}).</li>
 * </ul>
 *
 * <p>Integration patterns: request/response and {@code .waitForTaskToken} (the token must travel in
 * {@code parameters}). AWS documents no {@code .sync} for SDK integrations ("Supported AWS SDK
 * integrations": Run a Job &mdash; not supported), so RUN_JOB is refused.
 *
 * <p>IAM: one statement, {@code <prefix>:<Action>} on {@code iamResources}, then
 * {@code additionalIamStatements}. The prefix is the service's IAM prefix where it differs from the
 * integration name ({@code sfn} &rarr; {@code states}, {@code cloudwatchlogs} &rarr; {@code logs},
 * {@code efs} &rarr; {@code elasticfilesystem}, {@code elasticloadbalancingv2} &rarr;
 * {@code elasticloadbalancing}, {@code mediapackagevod} &rarr; {@code mediapackage-vod}, {@code mwaa}
 * &rarr; {@code airflow}, {@code bedrockagent} &rarr; {@code bedrock}, as in the CDK; and, from the AWS
 * Service Authorization Reference, {@code costexplorer} &rarr; {@code ce}, {@code emr} &rarr;
 * {@code elasticmapreduce}, {@code cognitoidentityprovider} &rarr; {@code cognito-idp},
 * {@code eventbridge} &rarr; {@code events}, {@code sesv2} &rarr; {@code ses} and others).
 *
 * <p>Differences from the CDK:
 * <ul>
 *   <li>The action is granted in PascalCase ({@code s3:GetObject}) where the CDK writes the camelCase
 *       API name ({@code s3:getObject}); IAM action names are case-insensitive, so the permission is the
 *       same, spelled as the Service Authorization Reference spells it.</li>
 *   <li>More service names map to their IAM prefix than the CDK's seven (see above), so the default
 *       grant names a real action more often.</li>
 *   <li>{@code service} must already be lowercase (the CDK lowercases it in the Resource but not in
 *       the grant, which then names no real action).</li>
 *   <li>A wildcard in {@code iamAction} is refused (the CDK takes any string).</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html">AWS SDK service integrations</a>
 */
@ApiStatus(ApiStatus.Status.STABLE)
public final class CallAwsService extends ServiceTask {

    /** The provider type id; workflow files write {@code aws-sdk:<service>:<action>}. */
    public static final String TYPE_ID = "aws-sdk";

    /** The patterns Step Functions supports for AWS SDK integrations. */
    public static final Set<IntegrationPattern> PATTERNS =
            EnumSet.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN);

    static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9]*");
    static final Pattern ACTION = Pattern.compile("[a-z][a-zA-Z0-9]*");
    static final Pattern IAM_ACTION = Pattern.compile("[A-Za-z0-9-]+:[A-Za-z0-9]+");

    private final String service;
    private final String action;
    private final ObjectValue parameters;
    private final List<String> iamResources;
    private final String iamActionOverride;
    private final List<PolicyStatement> additionalIamStatements;

    private CallAwsService(Builder b) {
        super(b, typeIdOf(b.service, b.action), PATTERNS);
        this.service = require(b.service, "service");
        this.action = require(b.action, "action");
        this.parameters = b.parameters;
        this.iamActionOverride = b.iamAction;
        if (!SERVICE.matcher(service).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "service",
                    "must be the service name of the Resource, lowercase letters and digits (s3, sfn, cloudwatchlogs), was \""
                            + service + "\"");
        }
        if (!ACTION.matcher(action).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "action",
                    "must be the API action in camelCase, starting with a lowercase letter (getObject), was \""
                            + action + "\"");
        }
        if (parameters != null) {
            check(parameters, "parameters");
            checkPascalCase(parameters);
        }
        this.iamResources = checkResources(b.iamResources, "iamResources");
        if (iamActionOverride != null) {
            checkIamAction(iamActionOverride, "iamAction");
        }
        this.additionalIamStatements = checkStatements(b.additionalIamStatements, "additionalIamStatements");
        requireTaskTokenIfCallback(parameters, "parameters");
    }

    static String typeIdOf(String service, String action) {
        return service == null || action == null ? TYPE_ID : TYPE_ID + ":" + service + ":" + action;
    }

    private void checkPascalCase(ObjectValue params) {
        for (String key : params.members().keySet()) {
            if (!key.isEmpty() && Character.isLowerCase(key.charAt(0))) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "parameters." + key,
                        "AWS SDK integrations take parameter names in PascalCase; write \""
                                + Character.toUpperCase(key.charAt(0)) + key.substring(1) + "\"");
            }
        }
    }

    private List<String> checkResources(List<String> resources, String property) {
        require(resources, property);
        if (resources.isEmpty()) {
            throw invalid(ErrorCode.MISSING_PROPERTY, property,
                    "needs at least one resource ARN or pattern; give \"*\" explicitly for an action without resource-level permissions");
        }
        for (int i = 0; i < resources.size(); i++) {
            String r = resources.get(i);
            if (r == null || r.isBlank()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property + "[" + i + "]", "must be a resource ARN or pattern, was "
                        + (r == null ? "null" : "blank"));
            }
        }
        return List.copyOf(resources);
    }

    private void checkIamAction(String iamAction, String property) {
        if (iamAction.contains("*")) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property,
                    "must name one action (service:Action), not a wildcard, to keep the grant least-privilege; was \""
                            + iamAction + "\"");
        }
        if (!IAM_ACTION.matcher(iamAction).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, property,
                    "must be an IAM action written <prefix>:<Action> (s3:ListAllMyBuckets), was \"" + iamAction + "\"");
        }
    }

    private List<PolicyStatement> checkStatements(List<PolicyStatement> statements, String property) {
        if (statements == null) {
            return List.of();
        }
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == null) {
                throw invalid(ErrorCode.INVALID_PROPERTY, property + "[" + i + "]", "must be a policy statement, was null");
            }
        }
        return List.copyOf(statements);
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the service name of the Resource, such as {@code s3} */
    public String service() {
        return service;
    }

    /** @return the API action, such as {@code getObject} */
    public String action() {
        return action;
    }

    /** @return the request parameters, or {@code null} when none were given (rendered as {@code {}}) */
    public ObjectValue parameters() {
        return parameters;
    }

    /** @return the resources the action is granted on */
    public List<String> iamResources() {
        return iamResources;
    }

    /**
     * @return the IAM action granted: {@code iamAction} when given, else {@code <prefix>:<Action>}
     *         ({@code s3:GetObject}, {@code states:StartExecution})
     */
    public String iamAction() {
        return iamActionOverride != null ? iamActionOverride
                : IamPrefixes.ofService(service) + ":" + IamPrefixes.actionName(action);
    }

    /** @return the additional statements, in order (possibly empty) */
    public List<PolicyStatement> additionalIamStatements() {
        return additionalIamStatements;
    }

    @Override
    protected String resource(RenderContext context) {
        return context.integrationArn("aws-sdk:" + service + ":" + action, integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        // The CDK renders an empty object when there are no parameters; so do we.
        return parameters == null ? ObjectValue.empty() : parameters;
    }

    @Override
    protected List<PolicyStatement> grants(RenderContext context) {
        List<PolicyStatement> all = new ArrayList<>();
        all.add(PolicyStatement.allow(List.of(iamAction()), iamResources));
        all.addAll(additionalIamStatements);
        return all;
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this);
        b.service = service;
        b.action = action;
        b.parameters = parameters;
        b.iamResources = new ArrayList<>(iamResources);
        b.iamAction = iamActionOverride;
        b.additionalIamStatements = new ArrayList<>(additionalIamStatements);
        return b;
    }

    /** Builds a {@link CallAwsService}. */
    public static final class Builder extends TaskBuilder<Builder, CallAwsService> {
        private String service;
        private String action;
        private ObjectValue parameters;
        private List<String> iamResources;
        private String iamAction;
        private List<PolicyStatement> additionalIamStatements;

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param service the lowercase service name of the Resource ({@code s3}) @return this builder */
        public Builder service(String service) {
            this.service = service;
            return this;
        }

        /** @param action the API action in camelCase ({@code getObject}) @return this builder */
        public Builder action(String action) {
            this.action = action;
            return this;
        }

        /**
         * @param parameters the request; values may be paths, intrinsic functions or JSONata expressions
         *                   (use a {@code LinkedHashMap} for a stable order)
         * @return this builder
         */
        public Builder parameters(Map<String, ?> parameters) {
            this.parameters = parameters == null ? null : ObjectValue.of(parameters);
            return this;
        }

        /** @param parameters the request @return this builder */
        public Builder parameters(ObjectValue parameters) {
            this.parameters = parameters;
            return this;
        }

        /** @param resources the resources to grant the action on @return this builder */
        public Builder iamResources(List<String> resources) {
            this.iamResources = resources == null ? null : new ArrayList<>(resources);
            return this;
        }

        /** @param resources the resources to grant the action on @return this builder */
        public Builder iamResources(String... resources) {
            return iamResources(resources == null ? null : Arrays.asList(resources));
        }

        /** @param iamAction the IAM action, when it is not {@code <prefix>:<Action>} @return this builder */
        public Builder iamAction(String iamAction) {
            this.iamAction = iamAction;
            return this;
        }

        /** @param statements more statements the role needs @return this builder */
        public Builder additionalIamStatements(List<PolicyStatement> statements) {
            this.additionalIamStatements = statements == null ? null : new ArrayList<>(statements);
            return this;
        }

        @Override
        protected CallAwsService newTask() {
            if (explicitIntegrationPattern() == IntegrationPattern.RUN_JOB) {
                throw new TaskValidationException(ErrorCode.UNSUPPORTED_INTEGRATION_PATTERN, null, "integrationPattern",
                        "AWS SDK integrations support REQUEST_RESPONSE and WAIT_FOR_TASK_TOKEN; RUN_JOB (.sync)"
                                + " exists only for some optimized integrations");
            }
            return new CallAwsService(this);
        }
    }
}
