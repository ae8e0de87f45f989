package io.github.sfntasks.cdk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachineOptions;
import io.github.sfntasks.core.workflow.WorkflowReader;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.stepfunctions.CfnStateMachine;
import software.amazon.awscdk.services.stepfunctions.CustomerManagedEncryptionConfiguration;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Step Functions state machine in a CDK v2 app, from a machine built with sfn-tasks' typed builders or from a
 * workflow file: the CDK {@link StateMachine} (its definition given by {@code DefinitionBody.fromString}), and a role
 * that {@code states.amazonaws.com} assumes, holding the machine's least-privilege statements.
 *
 * <p>CDK tokens flow through: give a typed builder {@code fn.getFunctionArn()} or {@code table.getTableName()} and the
 * synthesized template references the function and the table ({@code Fn::GetAtt}, {@code Ref}) in the definition and
 * in the grants, as the CDK's own tasks do. ARNs are built from the stack's partition, region and account. A workflow
 * file's placeholders of your own ({@code ${OrdersTable}}, {@code ${OrderFunction.Arn}}) take their values from
 * {@link Builder#substitution}: the definition through the state machine's {@code DefinitionSubstitutions} (keyed by
 * the name's letters and digits, {@code OrderFunctionArn}), the grants and the machine's own options (a
 * {@code StateMachineOptions} section's log destination and KMS key) directly;
 * {@code ${AWS::Partition}}, {@code ${AWS::Region}}, {@code ${AWS::AccountId}} and {@code ${AWS::URLSuffix}} become the
 * stack's values.
 *
 * <p>The CDK's own {@code StateMachine}, {@code Chain} and {@code PolicyStatement} share simple names with sfn-tasks
 * types; this construct never needs the CDK's, so a file imports sfn-tasks' and the CDK's resource classes side by side:
 *
 * <pre>{@code
 * import io.github.sfntasks.cdk.SfnTasksOptions;
 * import io.github.sfntasks.cdk.SfnTasksStateMachine;
 * import io.github.sfntasks.core.graph.Chain;
 * import io.github.sfntasks.provider.dynamodb.DynamoAttributeValue;
 * import io.github.sfntasks.provider.dynamodb.DynamoPutItem;
 * import io.github.sfntasks.provider.lambda.LambdaInvoke;
 * import software.amazon.awscdk.Stack;
 * import software.amazon.awscdk.services.dynamodb.Attribute;
 * import software.amazon.awscdk.services.dynamodb.AttributeType;
 * import software.amazon.awscdk.services.dynamodb.Table;
 * import software.amazon.awscdk.services.iam.IRole;
 * import software.amazon.awscdk.services.lambda.Code;
 * import software.amazon.awscdk.services.lambda.Function;
 * import software.amazon.awscdk.services.lambda.Runtime;
 * import software.constructs.Construct;
 *
 * public class OrderStack extends Stack {
 *     public OrderStack(Construct scope, String id, IRole apiRole) {
 *         super(scope, id);
 *         Function fn = Function.Builder.create(this, "Validate")
 *                 .runtime(Runtime.PYTHON_3_12).handler("index.handler").code(Code.fromAsset("validate")).build();
 *         Table table = Table.Builder.create(this, "Orders")
 *                 .partitionKey(Attribute.builder().name("id").type(AttributeType.STRING).build()).build();
 *         SfnTasksStateMachine orders = SfnTasksStateMachine.Builder.create(this, "OrderWorkflow")
 *                 .definition(Chain.start(LambdaInvoke.builder("Validate").lambdaFunction(fn.getFunctionArn()).build())
 *                         .next(DynamoPutItem.builder("Save").table(table.getTableName())
 *                                 .item("id", DynamoAttributeValue.fromString(JsonPath.stringAt("$.id"))).build()))
 *                 .options(SfnTasksOptions.builder().tracing(true).build())
 *                 .build();
 *         orders.grantStartExecution(apiRole);
 *     }
 * }
 * }</pre>
 *
 * <p>Runs wherever the CDK's Java bindings run: the jsii runtime starts Node.js, which must be on the PATH.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
public final class SfnTasksStateMachine extends Construct {

    private static final String STATES_PRINCIPAL = "states.amazonaws.com";

    private final StateMachine stateMachine;
    private final IRole role;
    private final ObjectNode definition;
    private final List<String> warnings;

    /** What is rendered and checked before the construct is added to its scope, so that a failure adds nothing. */
    private record Prepared(ObjectNode definition, String text, List<PolicyStatement> statements,
            Map<String, String> substitutions, List<String> warnings, StateMachineOptions options) {
    }

    /** The CloudFormation property of the log group's ARN, which the construct sets to the value given, as given. */
    private static final String LOG_GROUP_ARN = "LoggingConfiguration.Destinations.0.CloudWatchLogsLogGroup.LogGroupArn";

    private SfnTasksStateMachine(Builder b, Prepared p) {
        super(b.scope, b.id);
        this.definition = p.definition();
        this.warnings = p.warnings();
        for (String w : warnings) {
            Annotations.of(this).addWarningV2("sfn-tasks:warning", w);
        }

        this.role = b.role != null ? b.role
                : Role.Builder.create(this, "Role").assumedBy(new ServicePrincipal(STATES_PRINCIPAL)).build();
        for (PolicyStatement s : p.statements()) {
            role.addToPrincipalPolicy(s);
        }

        SfnTasksOptions o = b.options;
        StateMachine.Builder sm = StateMachine.Builder.create(this, "Resource")
                .definitionBody(DefinitionBody.fromString(p.text()))
                .role(role);
        if (!p.substitutions().isEmpty()) {
            sm.definitionSubstitutions(p.substitutions());
        }
        StateMachineOptions model = p.options();
        if (o.equals(SfnTasksOptions.DEFAULTS) && !model.isEmpty()) {
            // The machine's own options (a workflow file's StateMachineOptions section, StateMachine.Builder.options):
            // the CDK's StateMachine takes each, and adds the logging, X-Ray and KMS grants it needs itself.
            sm.stateMachineType(model.effectiveType() == StateMachineOptions.Type.EXPRESS
                    ? StateMachineType.EXPRESS : StateMachineType.STANDARD);
            sm.tracingEnabled(Boolean.TRUE.equals(model.tracingEnabled()));
            if (model.logs() != null && model.logs().destination() != null) {
                // The ARN as Step Functions takes it (ending in ":*", as a log group's GetAtt Arn does); the CDK's
                // fromLogGroupArn appends ":*" to a token, so the property is set to the value itself below.
                sm.logs(LogOptions.builder()
                        .destination(LogGroup.fromLogGroupArn(this, "Logs", model.logs().destination()))
                        .level(LogLevel.valueOf(model.logs().level().name()))
                        .includeExecutionData(model.logs().includeExecutionData()).build());
            }
            if (model.encryption() != null) {
                IKey key = Key.fromKeyArn(this, "Key", model.encryption().kmsKey());
                Integer reuse = model.encryption().kmsDataKeyReusePeriodSeconds();
                sm.encryptionConfiguration(reuse == null ? new CustomerManagedEncryptionConfiguration(key)
                        : new CustomerManagedEncryptionConfiguration(key, Duration.seconds(reuse)));
            }
            if (model.stateMachineName() != null) {
                sm.stateMachineName(model.stateMachineName());
            }
        } else {
            sm.stateMachineType(o.type() == SfnTasksOptions.Type.EXPRESS ? StateMachineType.EXPRESS : StateMachineType.STANDARD)
                    .tracingEnabled(o.tracing());
            if (o.logDestination() != null) {
                sm.logs(LogOptions.builder().destination(o.logDestination())
                        .level(LogLevel.valueOf(o.logLevel().name()))
                        .includeExecutionData(o.includeExecutionData()).build());
            }
            if (o.stateMachineName() != null) {
                sm.stateMachineName(o.stateMachineName());
            }
        }
        this.stateMachine = sm.build();
        if (o.equals(SfnTasksOptions.DEFAULTS) && model.logs() != null && model.logs().destination() != null) {
            ((CfnStateMachine) stateMachine.getNode().getDefaultChild())
                    .addPropertyOverride(LOG_GROUP_ARN, model.logs().destination());
        }
    }

    private static Prepared prepare(Builder b) {
        Stack stack = Stack.of(b.scope);
        RenderContext context = RenderContext.of(stack.getPartition(), stack.getRegion(), stack.getAccount());
        io.github.sfntasks.core.graph.StateMachine given = b.machine();
        StateMachineOptions options = given.options();
        if (!options.isEmpty() && !b.options.equals(SfnTasksOptions.DEFAULTS)) {
            throw new IllegalArgumentException("the machine has its own options (" + options + ") and options(...) were"
                    + " given too: set them in one place");
        }
        // The CDK's StateMachine grants what logging, X-Ray and a KMS key need; the machine keeps only its name
        // (which grants on the machine itself, a Distributed Map's, are built from).
        io.github.sfntasks.core.graph.StateMachine machine = options.isEmpty() ? given
                : given.withOptions(StateMachineOptions.builder().stateMachineName(options.stateMachineName()).build());
        ObjectNode definition = machine.definition(context);
        List<io.github.sfntasks.api.iam.PolicyStatement> statements = machine.policyStatements(context);

        Map<String, String> pseudo = Map.of(
                "AWS::Partition", stack.getPartition(),
                "AWS::Region", stack.getRegion(),
                "AWS::AccountId", stack.getAccount(),
                "AWS::URLSuffix", stack.getUrlSuffix());
        Substitution definitionText = new Substitution(pseudo, b.substitutions, true);
        String text = definitionText.apply(definition.toString());
        Substitution grants = new Substitution(pseudo, b.substitutions, false);
        List<PolicyStatement> cdkStatements = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (io.github.sfntasks.api.iam.PolicyStatement s : statements) {
            List<String> resources = new ArrayList<>();
            for (String r : s.resources()) {
                resources.add(grants.apply(r));
            }
            for (String name : grants.takeUnresolved()) {
                unresolved.add("${" + name + "} in the grant of " + String.join(", ", s.actions()));
            }
            cdkStatements.add(toCdk(s, resources));
        }
        // The machine's own options may name resources too (a log group, a KMS key): their values, like a grant's.
        StateMachineOptions resolvedOptions = options;
        if (options.logs() != null && options.logs().destination() != null) {
            String destination = grants.apply(options.logs().destination());
            for (String name : grants.takeUnresolved()) {
                unresolved.add("${" + name + "} in the log destination");
            }
            resolvedOptions = resolvedOptions.toBuilder().logs(options.logs().level(),
                    options.logs().includeExecutionData(), destination).build();
        }
        if (options.encryption() != null) {
            String key = grants.apply(options.encryption().kmsKey());
            for (String name : grants.takeUnresolved()) {
                unresolved.add("${" + name + "} in the KMS key");
            }
            resolvedOptions = resolvedOptions.toBuilder().encryption(key,
                    options.encryption().kmsDataKeyReusePeriodSeconds()).build();
        }
        Set<String> unused = new LinkedHashSet<>(b.substitutions.keySet());
        unused.removeAll(definitionText.used());
        unused.removeAll(grants.used());
        if (!unresolved.isEmpty() || !unused.isEmpty()) {
            throw unresolved(b.id, unresolved, unused);
        }
        List<String> warnings = new ArrayList<>(machine.warnings(context));
        for (String name : definitionText.takeUnresolved()) {
            warnings.add("the definition holds ${" + name + "}, which no substitution names: it is deployed as that"
                    + " literal text (give it a value with substitution(\"" + name + "\", ...) if it is a placeholder)");
        }
        Map<String, String> keys = substitutionKeys(definitionText.used(), text);
        text = renamed(text, keys);
        Map<String, String> substitutions = new LinkedHashMap<>();
        keys.forEach((name, key) -> substitutions.put(key, b.substitutions.get(name)));
        return new Prepared(definition, text, cdkStatements, substitutions, List.copyOf(warnings), resolvedOptions);
    }

    /**
     * The DefinitionSubstitutions key of each placeholder the definition uses: its name when that is letters, digits
     * and underscores, otherwise those characters of it ({@code OrderFunction.Arn}: {@code OrderFunctionArn}), numbered
     * when that is taken, so that a key is never the name of another <code>${...}</code> of the definition, which Step
     * Functions would then replace too.
     */
    private static Map<String, String> substitutionKeys(Set<String> used, String text) {
        Set<String> taken = new LinkedHashSet<>();
        for (Placeholders.Part part : Placeholders.parts(text)) {
            if (part.placeholder() && part.text().startsWith("${")) {
                taken.add(part.text().substring(2, part.text().length() - 1));
            }
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (String name : used) {
            if (name.matches("[A-Za-z0-9_]+")) {
                keys.put(name, name);
            }
        }
        Set<String> assigned = new LinkedHashSet<>(keys.values());
        for (String name : used) {
            if (keys.containsKey(name)) {
                continue;
            }
            String base = name.replaceAll("[^A-Za-z0-9_]", "");
            base = base.isEmpty() ? "Value" : base;
            String key = base;
            for (int n = 2; taken.contains(key) || assigned.contains(key); n++) {
                key = base + n;
            }
            keys.put(name, key);
            assigned.add(key);
        }
        return keys;
    }

    private static String renamed(String text, Map<String, String> keys) {
        StringBuilder out = new StringBuilder();
        for (Placeholders.Part part : Placeholders.parts(text)) {
            String t = part.text();
            String name = part.placeholder() && t.startsWith("${") ? t.substring(2, t.length() - 1) : null;
            out.append(name != null && keys.containsKey(name) ? "${" + keys.get(name) + "}" : t);
        }
        return out.toString();
    }

    private static PolicyStatement toCdk(io.github.sfntasks.api.iam.PolicyStatement s, List<String> resources) {
        PolicyStatement.Builder p = PolicyStatement.Builder.create()
                .effect(s.effect() == io.github.sfntasks.api.iam.PolicyStatement.Effect.Deny ? Effect.DENY : Effect.ALLOW)
                .actions(s.actions())
                .resources(resources);
        if (!s.conditions().isEmpty()) {
            Map<String, Object> conditions = new LinkedHashMap<>();
            for (io.github.sfntasks.api.iam.PolicyStatement.Condition c : s.conditions()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> byKey = (Map<String, Object>) conditions.computeIfAbsent(c.operator(), k -> new LinkedHashMap<>());
                byKey.put(c.key(), c.values().size() == 1 ? c.values().get(0) : c.values());
            }
            p.conditions(conditions);
        }
        return p.build();
    }

    private static SfnTasksException unresolved(String id, List<String> unresolved, Set<String> unused) {
        StringBuilder sb = new StringBuilder("SfnTasksStateMachine \"" + id + "\": ");
        List<String> problems = new ArrayList<>();
        for (String u : unresolved) {
            problems.add(u + " has no value");
        }
        for (String u : unused) {
            problems.add("substitution \"" + u + "\" names no placeholder of the definition or the grants");
        }
        sb.append(String.join("; ", problems));
        sb.append(". Give each placeholder a value with substitution(\"Name\", token), for instance"
                + " substitution(\"OrdersTable\", table.getTableName()), and drop substitutions nothing uses");
        return new SfnTasksException(ErrorCode.UNRESOLVED_PLACEHOLDER, sb.toString());
    }

    /** Replaces the placeholders of one text: the pseudo parameters always, the user's ones in grants only. */
    private static final class Substitution {
        private final Map<String, String> pseudo;
        private final Map<String, String> user;
        private final boolean keepUser;
        private final Set<String> used = new LinkedHashSet<>();
        private final Set<String> unresolved = new LinkedHashSet<>();

        Substitution(Map<String, String> pseudo, Map<String, String> user, boolean keepUser) {
            this.pseudo = pseudo;
            this.user = user;
            this.keepUser = keepUser;
        }

        String apply(String text) {
            StringBuilder out = new StringBuilder();
            for (Placeholders.Part part : Placeholders.parts(text)) {
                String t = part.text();
                if (!part.placeholder() || !t.startsWith("${") || t.startsWith("${Token[")) {
                    out.append(t);
                    continue;
                }
                String name = t.substring(2, t.length() - 1);
                if (pseudo.containsKey(name)) {
                    out.append(pseudo.get(name));
                } else if (user.containsKey(name)) {
                    used.add(name);
                    out.append(keepUser ? t : user.get(name));
                } else {
                    unresolved.add(name);
                    out.append(t);
                }
            }
            return out.toString();
        }

        Set<String> used() {
            return used;
        }

        List<String> takeUnresolved() {
            List<String> out = new ArrayList<>(unresolved);
            unresolved.clear();
            return out;
        }
    }

    /** @return the CDK state machine */
    public StateMachine getStateMachine() {
        return stateMachine;
    }

    /** @return the role the state machine assumes, holding the machine's statements */
    public IRole getRole() {
        return role;
    }

    /** @return the state machine's ARN (a token until deployment) */
    public String getStateMachineArn() {
        return stateMachine.getStateMachineArn();
    }

    /** @return the state machine's name (a token until deployment) */
    public String getStateMachineName() {
        return stateMachine.getStateMachineName();
    }

    /** @return a copy of the ASL definition as rendered, before placeholders were given their values */
    public ObjectNode getDefinition() {
        return definition.deepCopy();
    }

    /**
     * @return the machine's warnings (a grant widened because a resource is chosen at run time...); each is also a
     *         CDK warning annotation on this construct, which {@code cdk synth} prints
     */
    public List<String> getWarnings() {
        return warnings;
    }

    /**
     * @param grantee who may start executions
     * @return the grant ({@code states:StartExecution} on this state machine)
     */
    public Grant grantStartExecution(IGrantable grantee) {
        return stateMachine.grantStartExecution(grantee);
    }

    /** Builds a {@link SfnTasksStateMachine}, in the manner of the CDK's construct builders. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
    public static final class Builder {
        private final Construct scope;
        private final String id;
        private io.github.sfntasks.core.graph.StateMachine machine;
        private io.github.sfntasks.core.graph.Chainable start;
        private Path workflowFile;
        private TaskRegistry registry;
        private final Map<String, String> substitutions = new LinkedHashMap<>();
        private SfnTasksOptions options = SfnTasksOptions.DEFAULTS;
        private IRole role;

        private Builder(Construct scope, String id) {
            this.scope = Objects.requireNonNull(scope, "scope");
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * @param scope the parent construct (a stack, usually)
         * @param id the construct id
         * @return a builder
         */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /**
         * The machine, built with sfn-tasks' typed builders. Written fully qualified where the CDK's
         * {@code StateMachine} is imported too.
         *
         * @param machine the machine
         * @return this builder
         */
        public Builder stateMachine(io.github.sfntasks.core.graph.StateMachine machine) {
            this.machine = Objects.requireNonNull(machine, "machine");
            return this;
        }

        /**
         * The machine's states, without naming sfn-tasks' {@code StateMachine} type: what
         * {@code StateMachine.builder(...)} takes (a {@code Chain}, a state, or a task).
         *
         * @param start the start of the machine
         * @return this builder
         */
        public Builder definition(io.github.sfntasks.core.graph.Chainable start) {
            this.start = Objects.requireNonNull(start, "start");
            return this;
        }

        /**
         * @param task the machine's only state: a task built with a provider's typed builder
         * @return this builder
         */
        public Builder definition(io.github.sfntasks.api.spi.Task task) {
            return definition(io.github.sfntasks.core.graph.TaskState.of(Objects.requireNonNull(task, "task")));
        }

        /**
         * A workflow file (JSON; YAML when it ends in {@code .yaml} or {@code .yml}), read with the providers on the
         * class path (or those of {@link #registry}). A relative path is relative to the working directory, the
         * project's folder when {@code cdk synth} runs the app.
         *
         * @param file the workflow file
         * @return this builder
         */
        public Builder workflowFile(Path file) {
            this.workflowFile = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * @param file the workflow file's path
         * @return this builder
         * @see #workflowFile(Path)
         */
        public Builder workflowFile(String file) {
            return workflowFile(Path.of(Objects.requireNonNull(file, "file")));
        }

        /**
         * @param registry the providers a workflow file's {@code Provider} names resolve to (default: those
         *        {@link TaskRegistry#load()} finds)
         * @return this builder
         */
        public Builder registry(TaskRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Gives a placeholder of the definition ({@code ${name}}) its value, usually a CDK token such as
         * {@code table.getTableName()}.
         *
         * @param name the placeholder's name, without {@code ${}}
         * @param value its value
         * @return this builder
         */
        public Builder substitution(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isEmpty() || name.startsWith("AWS::") || name.startsWith("Token[")) {
                throw new IllegalArgumentException("substitution name \"" + name + "\": give the name of a placeholder of"
                        + " your own (${OrdersTable} -> \"OrdersTable\"); ${AWS::...} and CDK tokens need no substitution");
            }
            substitutions.put(name, value);
            return this;
        }

        /**
         * @param values placeholder names and their values
         * @return this builder
         * @see #substitution(String, String)
         */
        public Builder substitutions(Map<String, String> values) {
            values.forEach(this::substitution);
            return this;
        }

        /**
         * @param options type, logging, tracing, name (default {@link SfnTasksOptions#DEFAULTS})
         * @return this builder
         */
        public Builder options(SfnTasksOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * @param role a role of your own for the machine (its statements are added to it); by default the construct
         *        creates one that {@code states.amazonaws.com} assumes
         * @return this builder
         */
        public Builder role(IRole role) {
            this.role = Objects.requireNonNull(role, "role");
            return this;
        }

        /**
         * @return the construct, added to the scope
         * @throws IllegalStateException unless exactly one of stateMachine, definition and workflowFile was given
         * @throws io.github.sfntasks.core.workflow.WorkflowException every problem of a workflow file, located
         * @throws io.github.sfntasks.api.TaskValidationException a state the machine cannot render
         * @throws SfnTasksException ({@link ErrorCode#UNRESOLVED_PLACEHOLDER}) a placeholder of a grant without value,
         *         or a substitution nothing uses
         */
        public SfnTasksStateMachine build() {
            int given = (machine != null ? 1 : 0) + (start != null ? 1 : 0) + (workflowFile != null ? 1 : 0);
            if (given != 1) {
                throw new IllegalStateException("SfnTasksStateMachine \"" + id + "\": give exactly one of stateMachine(...),"
                        + " definition(...) and workflowFile(...); " + given + " given");
            }
            return new SfnTasksStateMachine(this, prepare(this));
        }

        private io.github.sfntasks.core.graph.StateMachine machine() {
            if (machine != null) {
                return machine;
            }
            if (start != null) {
                return io.github.sfntasks.core.graph.StateMachine.builder(start).build();
            }
            TaskRegistry providers = registry != null ? registry : TaskRegistry.load();
            return new WorkflowReader(providers).read(workflowFile);
        }
    }
}
