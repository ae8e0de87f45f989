package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

import java.util.List;
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
 *       AWS documents ("parameter names will be Pascal case"): they start with an uppercase letter
 *       {@code A-Z}, as every AWS API member name does. A name that starts otherwise ({@code bucket}) is an
 *       error, not a warning, because Step Functions would reject or ignore it at run time. Nested names
 *       are not checked (maps such as S3 {@code Metadata} or tag maps hold names of the user's
 *       choosing).</li>
 *   <li>{@code iamResources} &mdash; required, at least one: the resources the role may call the
 *       action on. {@code *} is granted only when given here explicitly (some actions, such as
 *       {@code s3:ListAllMyBuckets}, have no resource-level permissions).</li>
 *   <li>{@code iamAction} &mdash; the IAM action when it is not {@code <prefix>:<Action>}
 *       (e.g. {@code s3:listBuckets} needs {@code s3:ListAllMyBuckets}); a wildcard is refused, to keep
 *       the grant to one action.</li>
 *   <li>{@code additionalIamStatements} &mdash; more statements the role needs (for instance
 *       {@code rekognition:detectLabels} reading from S3), given as IAM JSON
 *       ({@code {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}). Each
 *       action is {@code <prefix>:<name>}, wildcards allowed in the name, as IAM and the CDK's
 *       {@code PolicyStatement} take it, but not {@code *} alone (every action of every service, which the CDK
 *       takes); values are static (no paths, no JSONata).</li>
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
 *   <li>A top-level parameter name must start with {@code A-Z}; the CDK refuses only a name whose first
 *       character changes when upper-cased ({@code bucket}, {@code élan}) and lets {@code _x} or {@code 1x}
 *       through, which no AWS API has.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html">AWS SDK service integrations</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class CallAwsService extends AwsSdkCall {

    /** The provider type id; workflow files write {@code aws-sdk:<service>:<action>}. */
    public static final String TYPE_ID = "aws-sdk";

    /** The patterns Step Functions supports for AWS SDK integrations (unmodifiable). */
    public static final Set<IntegrationPattern> PATTERNS = AwsSdkCall.PATTERNS;

    /** A service name of the Resource: lowercase letters and digits. */
    static final String SERVICE_REGEX = "[a-z][a-z0-9]*";

    /**
     * What a top-level parameter name starts with: an uppercase letter A-Z, as every AWS API member name does in
     * the PascalCase that SDK integrations take.
     */
    static final String PARAMETER_NAME_START_REGEX = "[A-Z]";

    private static final Pattern SERVICE = Pattern.compile(SERVICE_REGEX);

    private CallAwsService(Builder b) {
        super(b, TYPE_ID, SERVICE,
                "must be the service name of the Resource, lowercase letters and digits (s3, sfn, cloudwatchlogs)",
                "the state machine's role");
        if (parameters() != null) {
            checkPascalCase(parameters());
        }
    }

    private void checkPascalCase(ObjectValue params) {
        for (String key : params.members().keySet()) {
            char first = key.isEmpty() ? 0 : key.charAt(0);
            if (first < 'A' || first > 'Z') {
                String hint = first >= 'a' && first <= 'z'
                        ? "; write \"" + Character.toUpperCase(first) + key.substring(1) + "\"" : "";
                throw invalid(ErrorCode.INVALID_PROPERTY, "parameters." + key,
                        "AWS SDK integrations take parameter names in PascalCase, starting with a letter A-Z" + hint);
            }
        }
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    @Override
    String iamPrefix() {
        return IamPrefixes.ofService(service());
    }

    @Override
    protected String resource(RenderContext context) {
        return context.integrationArn("aws-sdk:" + service() + ":" + action(), integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        // The CDK renders an empty object when there are no parameters; so do we.
        return parameters() == null ? ObjectValue.empty() : parameters();
    }

    @Override
    protected List<PolicyStatement> grants(RenderContext context) {
        return callStatements();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCall(this);
    }

    /** Builds a {@link CallAwsService}. */
    public static final class Builder extends AwsSdkCall.CallBuilder<Builder, CallAwsService> {

        private Builder(String stateName) {
            super(stateName);
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
