package io.github.sfntasks.provider.stepfunctions;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Starts an execution of another state machine ({@code arn:<partition>:states:::states:startExecution}), as the
 * AWS CDK's {@code StepFunctionsStartExecution}.
 *
 * <pre>{@code
 * StepFunctionsStartExecution.builder("ChildTask")
 *     .stateMachine("arn:aws:states:us-east-1:123456789012:stateMachine:ChildStateMachine")
 *     .integrationPattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN)
 *     .input(TaskInput.fromObject(Map.of("token", JsonPath.taskToken(), "foo", "bar")))
 *     .name("MyExecutionName")
 *     .build();
 * }</pre>
 *
 * <p>Properties (workflow-file names):
 * <ul>
 *   <li>{@code stateMachine} &mdash; where the CDK takes an {@code IStateMachine}, we take the state machine ARN
 *       ({@code arn:<partition>:states:<region>:<account>:stateMachine:<name>}, optionally qualified with a version
 *       or alias: {@code ...:stateMachine:<name>:PROD}) or its name (then the ARN is built in the state machine's
 *       own partition, region and account); a path chooses it at run time. Rendered as {@code StateMachineArn}.
 *       Placeholders are values: a text that is one placeholder as a whole ({@code ${ChildStateMachine}},
 *       {@code ${Token[TOKEN.31]}}) is the state machine's ARN, as the CDK passes {@code stateMachineArn}, rendered
 *       and granted as it is; {@code child-${Stage}} is a name and
 *       {@code arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${ChildName}} an ARN, both
 *       with the executions {@code execution:<name>:*} derived. Only the literal parts are checked; an IAM wildcard
 *       in any position is refused.</li>
 *   <li>{@code input} &mdash; the execution's input; default the whole state input ({@code "Input.$": "$"}, or
 *       {@code {% $states.input %}} in JSONata).</li>
 *   <li>{@code name} &mdash; the execution name: 1 to 80 characters without white space, brackets, wildcards,
 *       {@code " # % \ ^ | ~ ` $ & , ; : /} or control characters; or a dynamic value.</li>
 *   <li>{@code associateWithParent} &mdash; adds {@code "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$":
 *       "$$.Execution.Id"} ({@code {% $states.context.Execution.Id %}} in JSONata) to the input, so the console
 *       links the child execution to this one. The input must then be an object or absent (absent: the input is
 *       that member alone, as in the CDK).</li>
 *   <li>{@code outputFormat} &mdash; RUN_JOB only: {@link ExecutionOutputFormat#JSON} ({@code .sync:2}, the default,
 *       as the CDK v2 renders) returns the child's output as JSON; {@link ExecutionOutputFormat#JSON_STRING}
 *       ({@code .sync}) as a JSON-encoded string.</li>
 * </ul>
 *
 * <p>Patterns: REQUEST_RESPONSE, RUN_JOB ({@code .sync:2} or {@code .sync}), WAIT_FOR_TASK_TOKEN (the token must
 * be in {@code input}).
 *
 * <p>IAM, as AWS documents for nested workflows: {@code states:StartExecution} on the state machine; RUN_JOB adds
 * {@code states:DescribeExecution} and {@code states:StopExecution} on
 * {@code arn:<partition>:states:<region>:<account>:execution:<stateMachineName>:*} and {@code events:PutTargets},
 * {@code events:PutRule}, {@code events:DescribeRule} on
 * {@code arn:<partition>:events:<region>:<account>:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule}.
 * A state machine chosen at run time grants {@code stateMachine:*} and {@code execution:*} in the state
 * machine's account and region, with a {@code WIDENED_GRANT} warning.
 *
 * <p>Differences from the CDK (ours is narrower or correct where the CDK is not):
 * <ul>
 *   <li>The executions are granted as {@code execution:<name>:*}, as AWS's IAM page for Step Functions shows;
 *       the CDK grants {@code execution:<name>*}, which also matches the executions of every other state
 *       machine whose name starts with {@code <name>} ({@code Child} would cover {@code ChildTwo}).</li>
 *   <li>A version or alias ARN is granted {@code states:StartExecution} on the unqualified state machine ARN,
 *       because Step Functions authorizes versions and aliases against the state machine's ARN, and on the
 *       qualified ARN (which adds no access but shows the grant covers what the state calls). The CDK grants
 *       only the qualified ARN, which does not authorize the call, and builds
 *       {@code execution:<name>:<qualifier>*}.</li>
 *   <li>The executions are granted in the state machine's own region and account (taken from its ARN); the
 *       CDK uses the stack's, which is wrong for a state machine in another account.</li>
 *   <li>With RUN_JOB and a whole-placeholder state machine ARN, the executions are granted as {@code execution:*}
 *       of the context's account and region, with a {@code WIDENED_GRANT} warning: the CDK takes the name out of
 *       the token's ARN at deploy time ({@code Fn::Split}), which a placeholder in a definition cannot say. Give
 *       the ARN with its name part ({@code ...:stateMachine:${ChildName}}) to keep {@code execution:<name>:*}.</li>
 *   <li>In JSONata, the default input is {@code {% $states.input %}}; the CDK renders the JSONPath {@code "$"}
 *       as a literal string there, which starts the child with the input {@code "$"}.</li>
 *   <li>{@link ExecutionOutputFormat#JSON_STRING} ({@code .sync}) is offered; the CDK always renders
 *       {@code .sync:2}.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html">Start a new AWS Step Functions state machine from a running execution</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html">IAM policies for AWS Step Functions</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class StepFunctionsStartExecution extends ServiceTask {

    /** The provider type id. */
    public static final String TYPE_ID = "states:startExecution";

    /** The patterns Step Functions supports for its own StartExecution. */
    public static final Set<IntegrationPattern> PATTERNS = EnumSet.of(IntegrationPattern.REQUEST_RESPONSE,
            IntegrationPattern.RUN_JOB, IntegrationPattern.WAIT_FOR_TASK_TOKEN);

    /** The input member that associates the child execution with this one. */
    public static final String STARTED_BY_KEY = "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID";

    /** The managed rule Step Functions creates to learn when a {@code .sync} child execution ends. */
    static final String EVENTS_RULE = "rule/StepFunctionsGetEventsForStepFunctionsExecutionRule";

    /** A state machine in IAM; a whole placeholder is its ARN (the CDK's {@code stateMachineArn}). */
    static final ResourceArn STATE_MACHINE = ResourceArn.of("states", "stateMachine:").wholePlaceholderIsArn();

    private final Value stateMachine;
    private final TaskInput input;
    private final Value name;
    private final boolean associateWithParent;
    private final ExecutionOutputFormat outputFormat;
    private final StatesNames.Ref machineRef;

    private StepFunctionsStartExecution(Builder b) {
        super(b, TYPE_ID, PATTERNS);
        this.stateMachine = require(Values.present(b.stateMachine), "stateMachine");
        this.input = b.input == null || Values.isAbsent(b.input.value()) ? null : b.input;
        this.name = Values.present(b.name);
        this.associateWithParent = b.associateWithParent;
        this.outputFormat = b.outputFormat;

        if (stateMachine instanceof Literal l) {
            this.machineRef = l.isText() ? StatesNames.parse(l.text(), "stateMachine", true) : null;
            if (machineRef == null) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "stateMachine",
                        "must be a state machine ARN (arn:<partition>:states:<region>:<account>:stateMachine:<name>,"
                                + " optionally :<version or alias>) or a state machine name, was " + l);
            }
            STATE_MACHINE.check(l.text(), "stateMachine");
        } else {
            this.machineRef = null;
            check(stateMachine, "stateMachine");
        }
        if (input != null) {
            check(input.value(), "input");
        }
        if (name instanceof Literal l) {
            String problem = l.isText() ? StatesNames.problem(l.text()) : "must be a string (or a path), was " + l;
            if (problem != null) {
                throw invalid(ErrorCode.INVALID_PROPERTY, "name", problem);
            }
        } else {
            check(name, "name");
        }
        if (associateWithParent && input != null) {
            ObjectValue object = Values.asObject(input.value());
            if (object == null) {
                throw invalid(ErrorCode.CONFLICTING_PROPERTIES, "input",
                        "must be an object (TaskInput.fromObject) when associateWithParent is true, so that "
                                + STARTED_BY_KEY + " can be added to it; was " + input.value());
            }
            if (object.members().containsKey(STARTED_BY_KEY)) {
                throw invalid(ErrorCode.CONFLICTING_PROPERTIES, "input." + STARTED_BY_KEY,
                        "is set by associateWithParent; remove it from the input or leave associateWithParent false");
            }
        }
        if (outputFormat != null && integrationPattern() != IntegrationPattern.RUN_JOB) {
            throw invalid(ErrorCode.CONFLICTING_PROPERTIES, "outputFormat",
                    "only applies to the RUN_JOB pattern (.sync), not to " + integrationPattern());
        }
        requireTaskTokenIfCallback(input == null ? null : input.value(), "input");
    }



    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the state machine (an ARN, a name, or a dynamic value) */
    public Value stateMachine() {
        return stateMachine;
    }

    /** @return the input, or {@code null} for the whole state input */
    public TaskInput input() {
        return input;
    }

    /** @return the execution name, or {@code null} */
    public Value name() {
        return name;
    }

    /** @return whether the child execution is associated with this one */
    public boolean associateWithParent() {
        return associateWithParent;
    }

    /** @return the output format set, or {@code null} (RUN_JOB then uses {@link ExecutionOutputFormat#JSON}) */
    public ExecutionOutputFormat outputFormat() {
        return outputFormat;
    }

    @Override
    protected String resource(RenderContext context) {
        String arn = context.integrationArn(TYPE_ID, integrationPattern());
        if (integrationPattern() == IntegrationPattern.RUN_JOB) {
            return arn + (outputFormat == null ? ExecutionOutputFormat.JSON : outputFormat).resourceSuffix();
        }
        return arn;
    }

    @Override
    protected Value parameters(RenderContext context) {
        boolean jsonata = queryLanguage() == QueryLanguage.JSONATA;
        Value in;
        if (associateWithParent) {
            ObjectValue.Builder object = input == null ? ObjectValue.builder() : Values.asObject(input.value()).toBuilder();
            in = object.put(STARTED_BY_KEY, jsonata
                    ? JsonataExpression.parse("{% $states.context.Execution.Id %}")
                    : JsonPath.executionId()).build();
        } else if (input != null) {
            in = input.value();
        } else {
            in = jsonata ? JsonataExpression.parse("{% $states.input %}") : JsonPath.entirePayload();
        }
        return ObjectValue.builder()
                .put("Input", in)
                .put("StateMachineArn", machineRef == null ? stateMachine : Literal.of(machineArn(context, true)))
                .putIfNotNull("Name", name)
                .build();
    }

    @Override
    protected void grants(Grants g) {
        RenderContext context = g.context();
        String machine;
        String executions;
        boolean runJob = integrationPattern() == IntegrationPattern.RUN_JOB;
        if (machineRef == null) {
            machine = context.arn("states", "stateMachine:*");
            executions = context.arn("states", "execution:*");
            g.widened("stateMachine", "chosen at run time, so the grant names every state machine of the account and region: "
                    + machine + (runJob ? " (and " + executions + ")" : "") + "; give a literal (or a placeholder) for one");
        } else if (machineRef.arn() != null) {
            machine = machineRef.arn();
            executions = context.arn("states", "execution:*");
            if (runJob) {
                // The CDK splits the token at deploy time (Fn::Split) for the name; a placeholder cannot say that.
                g.widened("stateMachine", "a whole placeholder is the state machine's ARN, whose name cannot be taken"
                        + " out of it here, so its executions are granted as every execution of the account and region: "
                        + executions + "; give arn:<partition>:states:<region>:<account>:stateMachine:${Name} (or the"
                        + " name) for execution:<name>:*");
            }
        } else {
            machine = machineArn(context, false);
            executions = (machineRef.prefix() != null ? machineRef.prefix() : context.arn("states", ""))
                    + "execution:" + machineRef.name() + ":*";
        }
        if (machineRef != null && machineRef.qualifier() != null) {
            // Step Functions authorizes a version or alias against the unqualified ARN; the qualified one is
            // listed too so the grant visibly covers the ARN the state calls (it adds no access).
            g.allow(List.of("states:StartExecution"), List.of(machine, machineArn(context, true)));
        } else {
            g.allow("states:StartExecution", machine);
        }
        if (runJob) {
            g.allow(List.of("states:DescribeExecution", "states:StopExecution"), List.of(executions));
            g.allow(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"),
                    List.of(context.arn("events", EVENTS_RULE)));
        }
    }

    /** The state machine's ARN, with its qualifier or without (IAM authorizes against the unqualified ARN). */
    private String machineArn(RenderContext context, boolean qualified) {
        if (machineRef.arn() != null) {
            return machineRef.arn();
        }
        String unqualified = machineRef.prefix() != null
                ? machineRef.prefix() + "stateMachine:" + machineRef.name()
                : context.arn("states", "stateMachine:" + machineRef.name());
        return qualified && machineRef.qualifier() != null ? unqualified + ":" + machineRef.qualifier() : unqualified;
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this);
        b.stateMachine = stateMachine;
        b.input = input;
        b.name = name;
        b.associateWithParent = associateWithParent;
        b.outputFormat = outputFormat;
        return b;
    }

    /** Builds a {@link StepFunctionsStartExecution}. */
    public static final class Builder extends TaskBuilder<Builder, StepFunctionsStartExecution> {
        private Value stateMachine;
        private TaskInput input;
        private Value name;
        private boolean associateWithParent;
        private ExecutionOutputFormat outputFormat;

        private Builder(String stateName) {
            super(stateName);
        }

        /** @param stateMachine the state machine ARN (optionally qualified) or name @return this builder */
        public Builder stateMachine(String stateMachine) {
            this.stateMachine = stateMachine == null ? null : Literal.of(stateMachine);
            return this;
        }

        /** @param stateMachine the state machine ARN chosen at run time (a path, intrinsic or expression) @return this builder */
        public Builder stateMachine(Value stateMachine) {
            this.stateMachine = stateMachine;
            return this;
        }

        /** @param input the execution's input (default: the state input) @return this builder */
        public Builder input(TaskInput input) {
            this.input = input;
            return this;
        }

        /** @param name the execution name, 1 to 80 characters @return this builder */
        public Builder name(String name) {
            this.name = name == null ? null : Literal.of(name);
            return this;
        }

        /** @param name the execution name chosen at run time (a path, intrinsic or expression) @return this builder */
        public Builder name(Value name) {
            this.name = name;
            return this;
        }

        /** @param associate whether to pass this execution's id to the child (default false) @return this builder */
        public Builder associateWithParent(boolean associate) {
            this.associateWithParent = associate;
            return this;
        }

        /** @param format how RUN_JOB returns the child's output (default {@link ExecutionOutputFormat#JSON}) @return this builder */
        public Builder outputFormat(ExecutionOutputFormat format) {
            this.outputFormat = format;
            return this;
        }

        @Override
        protected StepFunctionsStartExecution newTask() {
            return new StepFunctionsStartExecution(this);
        }
    }
}
