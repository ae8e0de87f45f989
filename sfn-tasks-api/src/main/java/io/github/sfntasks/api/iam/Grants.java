package io.github.sfntasks.api.iam;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.TaskWarning;
import io.github.sfntasks.api.WarningCode;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The grants vocabulary: collects the statements one state needs, for one render context, and the warnings of
 * every grant that had to be wider than one named resource. A task's grants are written with it once; the
 * statements go into the policy, the warnings to the workflow reader, the CLI and the Java caller. The ECS
 * provider's {@code EcsRunTask}:
 *
 * <pre>{@code
 * protected void grants(Grants g) {
 *     g.allow("ecs:RunTask", taskDefinitionGrant(g));
 *     g.passRole("taskRole", value(TASK_ROLE), ECS_TASKS);
 *     g.passRole("executionRole", value(EXECUTION_ROLE), ECS_TASKS);
 *     if (integrationPattern() == IntegrationPattern.RUN_JOB) {
 *         g.allow(List.of("ecs:StopTask", "ecs:DescribeTasks"), List.of("*"));
 *         g.managedRule("ECSTaskRule");
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one is made per render of one state.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class Grants {

    /** The IAM role kind: {@code arn:<partition>:iam::<account>:role/<name>}. */
    public static final ResourceArn ROLE = ResourceArn.of("iam", "role/").global();

    /** The actions Step Functions needs on the managed EventBridge rule of a {@code .sync} integration. */
    public static final List<String> MANAGED_RULE_ACTIONS = List.of("events:PutTargets", "events:PutRule", "events:DescribeRule");

    private final RenderContext context;
    private final String stateName;
    private final List<PolicyStatement> statements = new ArrayList<>();
    private final List<TaskWarning> warnings = new ArrayList<>();

    /**
     * @param context partition, region and account every ARN is built in
     * @param stateName the state the grants are for, named in warnings (may be null)
     */
    public Grants(RenderContext context, String stateName) {
        this.context = Objects.requireNonNull(context, "context");
        this.stateName = stateName;
    }

    /** @return the render context */
    public RenderContext context() {
        return context;
    }

    /**
     * @param statement a statement, appended
     * @return this
     */
    public Grants add(PolicyStatement statement) {
        statements.add(Objects.requireNonNull(statement, "statement"));
        return this;
    }

    /**
     * @param more statements, appended in order
     * @return this
     */
    public Grants addAll(Collection<PolicyStatement> more) {
        more.forEach(this::add);
        return this;
    }

    /**
     * @param action one action
     * @param resources its resources
     * @return this
     */
    public Grants allow(String action, String... resources) {
        return add(PolicyStatement.allow(action, resources));
    }

    /**
     * @param actions the actions
     * @param resources their resources
     * @return this
     */
    public Grants allow(List<String> actions, List<String> resources) {
        return add(PolicyStatement.allow(actions, resources));
    }

    /**
     * Records a grant that had to be wider than one named resource.
     *
     * @param property the property that made it so
     * @param message what was granted and how to narrow it
     * @return this
     */
    public Grants widened(String property, String message) {
        warnings.add(new TaskWarning(WarningCode.WIDENED_GRANT, stateName, property, message));
        return this;
    }

    /**
     * The resource a grant names for a property: the ARN of a literal name or ARN (placeholders kept in place),
     * or, for a value chosen at run time, the kind's pattern in the context's account and region, with a warning.
     *
     * @param property the property, for the warning
     * @param value the value given (a literal string, or a path, intrinsic or expression)
     * @param kind how the resource is named in IAM
     * @return the ARN or pattern
     */
    public String resource(String property, Value value, ResourceArn kind) {
        if (value instanceof Literal l && l.isText()) {
            return kind.arn(l.text(), context);
        }
        String pattern = kind.wildcard(context);
        widened(property, "chosen at run time, so the grant names every " + kind.service() + " "
                + (kind.resourcePrefix().isEmpty() ? "resource" : kind.resourcePrefix().replaceAll("[:/]$", ""))
                + " of the account and region: " + pattern + "; give a literal (or a placeholder) for one resource");
        return pattern;
    }

    /**
     * The resource a grant names for a literal identifier (a name or ARN, placeholders kept in place).
     *
     * @param nameOrArn the identifier
     * @param kind how the resource is named in IAM
     * @return the ARN
     */
    public String resource(String nameOrArn, ResourceArn kind) {
        return kind.arn(nameOrArn, context);
    }

    /**
     * {@code iam:PassRole} on a role the task hands to an AWS service, with the {@code iam:PassedToService}
     * condition where a service is named (AWS documents it for ECS tasks, SageMaker, EMR and others). A role
     * given by name is taken to be in the context's account; a role chosen at run time gets every role of the
     * account, with a warning.
     *
     * @param property the property that names the role, for the warning
     * @param role the role ARN or name (possibly a placeholder), or a dynamic value; {@code null}: nothing
     * @param passedToService the service principal the role is passed to ({@code ecs-tasks.amazonaws.com}),
     *                        or {@code null} for no condition
     * @return this
     */
    public Grants passRole(String property, Value role, String passedToService) {
        if (role == null) {
            return this;
        }
        PolicyStatement s = PolicyStatement.allow("iam:PassRole", resource(property, role, ROLE));
        if (passedToService != null) {
            s = s.withConditions(PolicyStatement.Condition.of("StringEquals", "iam:PassedToService", passedToService));
        }
        return add(s);
    }

    /**
     * {@code iam:PassRole} as {@link #passRole(String, Value, String)}, for a role property whose whole-placeholder
     * form is the role's ARN (an ASL {@code RoleArn} field, where the AWS CDK writes {@code role.roleArn}): pass
     * {@code Grants.ROLE.wholePlaceholderIsArn()} as {@code kind}.
     *
     * @param property the property that names the role, for the warning
     * @param role the role ARN or name (possibly a placeholder), or a dynamic value; {@code null}: nothing
     * @param kind how the role is named ({@link #ROLE}, or a copy of it)
     * @param passedToService the service principal the role is passed to, or {@code null} for no condition
     * @return this
     */
    public Grants passRole(String property, Value role, ResourceArn kind, String passedToService) {
        if (role == null) {
            return this;
        }
        PolicyStatement s = PolicyStatement.allow("iam:PassRole", resource(property, role, kind));
        if (passedToService != null) {
            s = s.withConditions(PolicyStatement.Condition.of("StringEquals", "iam:PassedToService", passedToService));
        }
        return add(s);
    }

    /**
     * @param property the property that names the role
     * @param roleNameOrArn the role ARN or name (possibly a placeholder); {@code null}: nothing
     * @param passedToService the service principal, or {@code null} for no condition
     * @return this
     * @see #passRole(String, Value, String)
     */
    public Grants passRole(String property, String roleNameOrArn, String passedToService) {
        return roleNameOrArn == null ? this : passRole(property, Literal.of(roleNameOrArn), passedToService);
    }

    /**
     * What a {@code .sync} integration needs for the EventBridge rule Step Functions manages to learn that the job
     * ended: {@code events:PutTargets}, {@code events:PutRule} and {@code events:DescribeRule} on
     * {@code arn:<partition>:events:<region>:<account>:rule/StepFunctionsGetEventsFor<ruleSuffix>}.
     *
     * @param ruleSuffix the service's rule name after {@code StepFunctionsGetEventsFor} ({@code ECSTaskRule},
     *                   {@code BatchJobsRule}, {@code StepFunctionsExecutionRule}...), as AWS's "IAM policies for
     *                   integrated services" page names it
     * @return this
     */
    public Grants managedRule(String ruleSuffix) {
        return managedRuleNamed("StepFunctionsGetEventsFor" + ruleSuffix);
    }

    /**
     * The same as {@link #managedRule(String)} for a rule whose name does not start {@code StepFunctionsGetEventsFor}:
     * AWS names CodeBuild's {@code StepFunctionsGetEventForCodeBuildStartBuildRule} and Amazon EMR's
     * {@code StepFunctionsGetEventForEMRRunJobFlowRule} (no "s" after "Event").
     *
     * @param ruleName the whole rule name, as AWS's "IAM policies for integrated services" page writes it
     * @return this
     */
    public Grants managedRuleNamed(String ruleName) {
        return allow(MANAGED_RULE_ACTIONS, List.of(context.arn("events", "rule/" + Objects.requireNonNull(ruleName, "ruleName"))));
    }

    /**
     * {@code kms:Decrypt} and {@code kms:GenerateDataKey} on a customer-managed key that encrypts data the task
     * hands to or reads from a service.
     *
     * @param keyArnOrId a key ARN, or a key id in the context's account and region; {@code null}: nothing
     * @return this
     */
    public Grants kmsDataKey(String keyArnOrId) {
        return keyArnOrId == null ? this : add(PolicyStatement.kmsDataKey(keyArnOrId, context));
    }

    /**
     * @param text a resource written into a grant
     * @return whether it holds a placeholder (filled in at deploy time)
     */
    public static boolean isPlaceholder(String text) {
        return Placeholders.contains(text);
    }

    /** @return the statements, in the order they were added */
    public List<PolicyStatement> statements() {
        return List.copyOf(statements);
    }

    /** @return the warnings, in the order they were recorded */
    public List<TaskWarning> warnings() {
        return List.copyOf(warnings);
    }
}
