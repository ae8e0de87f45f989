package io.github.sfntasks.provider.awssdk;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.ObjectValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@link CallAwsService} and {@link CallAwsServiceCrossRegion} share: the API call (service, action,
 * parameters) and the IAM options that say what making it needs ({@code iamResources}, {@code iamAction},
 * {@code additionalIamStatements}), with their checks, their schema and the statements they make. The two
 * differ in how the service is written (Step Functions' name, or the JavaScript v3 client's) and in whose role
 * the statements are for (the state machine's, or the cross-region handler function's).
 *
 * <p>The regular expressions are written once, for both the Java checks and the JSON Schemas: each one reads
 * the same in {@code java.util.regex} and ECMA-262 (no {@code \s}, which differs between the two), so what the
 * schema allows and what the task accepts are one rule.
 */
abstract class AwsSdkCall extends ServiceTask {

    /** The patterns both tasks support: AWS documents no {@code .sync} for SDK integrations. */
    static final Set<IntegrationPattern> PATTERNS = Collections.unmodifiableSet(
            EnumSet.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN));

    /**
     * The characters {@link String#isBlank()} takes for white space ({@link Character#isWhitespace(int)}: the
     * Unicode space separators but the no-break ones, line and paragraph separators, tab to carriage return and
     * the four information separators), as the body of a character class.
     */
    static final String WHITESPACE =
            "\\t\\n\\u000b\\f\\r\\u001c-\\u001f \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000";

    /** Found in a string exactly when it is not {@link String#isBlank() blank}. */
    static final String NOT_BLANK_REGEX = "[^" + WHITESPACE + "]";

    /** An API action in camelCase, as the Resource and the CDK write it ({@code getObject}). */
    static final String ACTION_REGEX = "[a-z][a-zA-Z0-9]*";

    /** One IAM action, {@code <prefix>:<Action>}; no wildcard. */
    static final String IAM_ACTION_REGEX = "[A-Za-z0-9-]+:[A-Za-z0-9]+";

    private static final Pattern ACTION = Pattern.compile(ACTION_REGEX);
    private static final Pattern IAM_ACTION = Pattern.compile(IAM_ACTION_REGEX);

    private final String service;
    private final String action;
    private final ObjectValue parameters;
    private final List<String> iamResources;
    private final String iamActionOverride;
    private final List<PolicyStatement> additionalIamStatements;

    /**
     * Checks and keeps the call and its IAM options.
     *
     * @param b the builder
     * @param providerId the provider's type id; the task's is {@code <providerId>:<service>:<action>}
     * @param servicePattern what the service must match
     * @param serviceRule the service rule in words, for the error
     * @param role whose role the IAM options are for, for the errors ("the state machine's role")
     */
    AwsSdkCall(CallBuilder<?, ?> b, String providerId, Pattern servicePattern, String serviceRule, String role) {
        super(b, typeIdOf(providerId, b.service, b.action), PATTERNS);
        this.service = require(b.service, "service");
        this.action = require(b.action, "action");
        this.parameters = b.parameters;
        if (!servicePattern.matcher(service).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "service", serviceRule + ", was \"" + service + "\"");
        }
        if (!ACTION.matcher(action).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "action",
                    "must be the API action in camelCase, starting with a lowercase letter (getObject), was \""
                            + action + "\"");
        }
        if (parameters != null) {
            check(parameters, "parameters");
        }
        this.iamResources = checkResources(b.iamResources, role);
        this.iamActionOverride = checkIamAction(b.iamAction);
        this.additionalIamStatements = checkStatements(b.additionalIamStatements);
        requireTaskTokenIfCallback(parameters, "parameters");
    }

    private static String typeIdOf(String providerId, String service, String action) {
        return service == null || action == null ? providerId : providerId + ":" + service + ":" + action;
    }

    private List<String> checkResources(List<String> resources, String role) {
        require(resources, "iamResources");
        if (resources.isEmpty()) {
            throw invalid(ErrorCode.MISSING_PROPERTY, "iamResources", "needs at least one resource ARN or pattern for "
                    + role + "; give \"*\" explicitly for an action without resource-level permissions");
        }
        for (int i = 0; i < resources.size(); i++) {
            String r = resources.get(i);
            if (r == null || r.isBlank()) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "iamResources[" + i + "]",
                        "must be a resource ARN or pattern, was " + (r == null ? "null" : "blank"));
            }
        }
        return List.copyOf(resources);
    }

    private String checkIamAction(String iamAction) {
        if (iamAction == null) {
            return null;
        }
        if (iamAction.contains("*")) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "iamAction",
                    "must name one action (service:Action), not a wildcard, to keep the grant least-privilege; was \""
                            + iamAction + "\"");
        }
        if (!IAM_ACTION.matcher(iamAction).matches()) {
            throw invalid(ErrorCode.INVALID_PROPERTY, "iamAction",
                    "must be an IAM action written <prefix>:<Action> (s3:ListAllMyBuckets), was \"" + iamAction + "\"");
        }
        return iamAction;
    }

    private List<PolicyStatement> checkStatements(List<PolicyStatement> statements) {
        if (statements == null) {
            return List.of();
        }
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) == null) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "additionalIamStatements[" + i + "]",
                        "must be a policy statement, was null");
            }
        }
        return List.copyOf(statements);
    }

    /** @return the IAM prefix of {@link #service()}, for the default {@link #iamAction()} */
    abstract String iamPrefix();

    /** @return the service, as the task writes it ({@code s3}) */
    public String service() {
        return service;
    }

    /** @return the API action, such as {@code getObject} */
    public String action() {
        return action;
    }

    /** @return the request parameters, or {@code null} when none were given */
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
        return iamActionOverride != null ? iamActionOverride : iamPrefix() + ":" + IamPrefixes.actionName(action);
    }

    /** @return the additional statements, in order (possibly empty) */
    public List<PolicyStatement> additionalIamStatements() {
        return additionalIamStatements;
    }

    /** @return what making the call needs: the action on {@code iamResources}, then {@code additionalIamStatements} */
    final List<PolicyStatement> callStatements() {
        List<PolicyStatement> all = new ArrayList<>();
        all.add(PolicyStatement.allow(List.of(iamAction()), iamResources));
        all.addAll(additionalIamStatements);
        return List.copyOf(all);
    }

    /**
     * Adds the IAM options to a provider's schema.
     *
     * @param schema the provider's object schema
     * @param role whose role they are for, in the descriptions ("the handler's role")
     * @return the schema
     */
    static JsonSchema withIamOptions(JsonSchema schema, String role) {
        return schema
                .required("iamResources", JsonSchema.array(JsonSchema.string().pattern(NOT_BLANK_REGEX)).minItems(1)
                        .description("Resources " + role + " is granted the action on; \"*\" only if given explicitly"))
                .optional("iamAction", JsonSchema.string().pattern(whole(IAM_ACTION_REGEX))
                        .description("IAM action for " + role + " when it is not <prefix>:<Action>, e.g."
                                + " s3:ListAllMyBuckets; no wildcard"))
                .optional("additionalIamStatements",
                        PolicyStatementsJson.schema("More IAM statements " + role + " needs, in IAM JSON form"));
    }

    /** @param regex a regular expression @return it anchored at both ends, for a JSON Schema {@code pattern} */
    static String whole(String regex) {
        return "^(?:" + regex + ")$";
    }

    /**
     * The builder both tasks' builders extend: the call and its IAM options.
     *
     * @param <B> the concrete builder
     * @param <T> the task it builds
     */
    abstract static class CallBuilder<B extends CallBuilder<B, T>, T extends AwsSdkCall> extends TaskBuilder<B, T> {
        private String service;
        private String action;
        private ObjectValue parameters;
        private List<String> iamResources;
        private String iamAction;
        private List<PolicyStatement> additionalIamStatements;

        CallBuilder(String stateName) {
            super(stateName);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /**
         * @param service the service: for {@code CallAwsService} the lowercase name of the Resource ({@code s3},
         *                {@code sfn}); for {@code CallAwsServiceCrossRegion} the AWS SDK for JavaScript v3 client
         *                name ({@code s3}, {@code cloudwatch-logs})
         * @return this builder
         */
        public B service(String service) {
            this.service = service;
            return self();
        }

        /** @param action the API action in camelCase ({@code getObject}) @return this builder */
        public B action(String action) {
            this.action = action;
            return self();
        }

        /**
         * @param parameters the request; values may be paths, intrinsic functions or JSONata expressions
         *                   (use a {@code LinkedHashMap} for a stable order)
         * @return this builder
         */
        public B parameters(Map<String, ?> parameters) {
            this.parameters = parameters == null ? null : ObjectValue.of(parameters);
            return self();
        }

        /** @param parameters the request @return this builder */
        public B parameters(ObjectValue parameters) {
            this.parameters = parameters;
            return self();
        }

        /** @param resources the resources to grant the action on @return this builder */
        public B iamResources(List<String> resources) {
            this.iamResources = resources == null ? null : new ArrayList<>(resources);
            return self();
        }

        /** @param resources the resources to grant the action on @return this builder */
        public B iamResources(String... resources) {
            return iamResources(resources == null ? null : Arrays.asList(resources));
        }

        /** @param iamAction the IAM action, when it is not {@code <prefix>:<Action>} @return this builder */
        public B iamAction(String iamAction) {
            this.iamAction = iamAction;
            return self();
        }

        /** @param statements more statements the role needs @return this builder */
        public B additionalIamStatements(List<PolicyStatement> statements) {
            this.additionalIamStatements = statements == null ? null : new ArrayList<>(statements);
            return self();
        }

        /** Copies the call and its IAM options of {@code task}; for {@code toBuilder()}. */
        final B copyCall(AwsSdkCall task) {
            copyCommon(task);
            service = task.service;
            action = task.action;
            parameters = task.parameters;
            iamResources = new ArrayList<>(task.iamResources);
            iamAction = task.iamActionOverride;
            additionalIamStatements = new ArrayList<>(task.additionalIamStatements);
            return self();
        }

        /**
         * Fills the call and its IAM options from a workflow file's state; the service and action come from the
         * type id or from the properties ({@link ServiceAndAction}).
         */
        final B readCall(TaskRequest request, PropertyReader p, String providerId) {
            ServiceAndAction sa = ServiceAndAction.resolve(p, request.typeId(), providerId);
            return apply(request)
                    .service(sa.service())
                    .action(sa.action())
                    .parameters(p.object("parameters"))
                    .iamResources(p.stringList("iamResources"))
                    .iamAction(p.string("iamAction"))
                    .additionalIamStatements(PolicyStatementsJson.read(p, "additionalIamStatements"));
        }
    }
}
