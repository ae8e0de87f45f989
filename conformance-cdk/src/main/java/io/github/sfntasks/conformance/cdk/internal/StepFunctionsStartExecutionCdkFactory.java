package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.tasks.StepFunctionsStartExecution;

import java.util.List;

/**
 * {@code states:startExecution} as the CDK's {@code StepFunctionsStartExecution}, with the state machine imported by
 * ARN ({@code StateMachine.fromStateMachineArn}) or by name ({@code fromStateMachineName}). The CDK has no output
 * format: RUN_JOB is always {@code .sync:2}.
 */
public final class StepFunctionsStartExecutionCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "states:startExecution";
    private static final String SOURCE_IAM = "https://docs.aws.amazon.com/step-functions/latest/dg/stepfunctions-iam.html";

    /** For ServiceLoader. */
    public StepFunctionsStartExecutionCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        ObjectNode p = c.properties();
        String machine = CdkProps.staticText(p, "stateMachine");
        if (machine == null) {
            throw new NotExpressible("a state machine chosen at run time (the CDK takes an IStateMachine)");
        }
        IStateMachine sm = machine.startsWith("arn:")
                ? StateMachine.fromStateMachineArn(stack, "ImportedStateMachine", machine)
                : StateMachine.fromStateMachineName(stack, "ImportedStateMachine", machine);
        StepFunctionsStartExecution.Builder b = StepFunctionsStartExecution.Builder.create(stack, stateName).stateMachine(sm);
        if (p.has("input") || p.has("input.$")) {
            b.input(CdkProps.taskInput(p, "input"));
        }
        String name = CdkProps.string(p, "name");
        if (name != null) {
            b.name(name);
        }
        if (p.has("associateWithParent")) {
            b.associateWithParent(p.get("associateWithParent").asBoolean());
        }
        if (c.integrationPattern() != null) {
            b.integrationPattern(software.amazon.awscdk.services.stepfunctions.IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    /** A state machine given statically: the ARN prefix ({@code arn:...:<account>:}), its name and qualifier. */
    private record Machine(String prefix, String name, String qualifier) {

        static Machine of(TaskCase c) {
            String text = CdkProps.staticText(c.properties(), "stateMachine");
            if (text == null) {
                return null;
            }
            String prefix = CdkProps.STACK_STATES_PREFIX;
            String rest = text;
            int at = text.indexOf(":stateMachine:");
            if (text.startsWith("arn:") && at > 0) {
                prefix = text.substring(0, at + 1);
                rest = text.substring(at + ":stateMachine:".length());
            }
            int colon = rest.indexOf(':');
            return colon < 0 ? new Machine(prefix, rest, null)
                    : new Machine(prefix, rest.substring(0, colon), rest.substring(colon + 1));
        }

        String executions(String pattern) {
            return prefix + "execution:" + name + pattern;
        }
    }

    private static boolean runJob(TaskCase c) {
        return c.integrationPattern() == IntegrationPattern.RUN_JOB;
    }

    @Override
    public List<AllowedDifference> allowedDifferences() {
        return List.of(
                new AllowedDifference(TYPE_ID, "execution-grant-narrower",
                        "RUN_JOB grants DescribeExecution/StopExecution on execution:<name>:*, as AWS's IAM page shows;"
                                + " the CDK's execution:<name>* also matches every other state machine whose name starts"
                                + " with <name>",
                        SOURCE_IAM,
                        c -> runJob(c) && Machine.of(c) != null,
                        (c, ours, cdk) -> {
                            Machine m = Machine.of(c);
                            CdkProps.replaceResource(ours, m.executions(":*"), m.executions("*"));
                        }),
                new AllowedDifference(TYPE_ID, "execution-grant-in-machine-account",
                        "the executions are granted in the partition, region and account of the state machine's ARN;"
                                + " the CDK uses the stack's, which misses a state machine in another account or region",
                        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-access-cross-acct-resources.html",
                        c -> runJob(c) && Machine.of(c) != null
                                && !Machine.of(c).prefix().equals(CdkProps.STACK_STATES_PREFIX),
                        (c, ours, cdk) -> {
                            Machine m = Machine.of(c);
                            CdkProps.replaceResource(ours, m.executions("*"),
                                    new Machine(CdkProps.STACK_STATES_PREFIX, m.name(), null).executions("*"));
                        }),
                new AllowedDifference(TYPE_ID, "qualified-machine-grants",
                        "a version or alias is authorized against the unqualified state machine ARN, so StartExecution"
                                + " is granted on it (and on the qualified ARN the state calls), and executions as"
                                + " execution:<name>:*; the CDK grants the qualified ARN only (which does not authorize the"
                                + " call) and execution:<name>:<qualifier>*",
                        "https://docs.aws.amazon.com/step-functions/latest/dg/auth-version-alias.html",
                        c -> Machine.of(c) != null && Machine.of(c).qualifier() != null,
                        (c, ours, cdk) -> {
                            Machine m = Machine.of(c);
                            String unqualified = m.prefix() + "stateMachine:" + m.name();
                            String qualified = unqualified + ":" + m.qualifier();
                            List<String> started = CdkProps.resources(ours, "states:StartExecution");
                            if (started.contains(qualified) && !CdkProps.resources(cdk, "states:StartExecution").contains(unqualified)) {
                                CdkProps.removeResource(ours, "states:StartExecution", unqualified);
                            }
                            String stack = CdkProps.STACK_STATES_PREFIX + "execution:" + m.name();
                            CdkProps.replaceResource(ours, stack + "*", stack + ":" + m.qualifier() + "*");
                        }),
                new AllowedDifference(TYPE_ID, "sync-json-string-output",
                        "outputFormat JSON_STRING renders startExecution.sync (the child's output as a JSON string);"
                                + " the CDK always renders .sync:2",
                        "https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html",
                        c -> runJob(c) && "JSON_STRING".equals(c.properties().path("outputFormat").asText(null)),
                        (c, ours, cdk) -> {
                            JsonNode mine = ours.path("state").path("Resource");
                            JsonNode theirs = cdk.path("state").path("Resource");
                            if (mine.isTextual() && theirs.isTextual() && mine.asText().endsWith(".sync")
                                    && theirs.asText().equals(mine.asText() + ":2")) {
                                ((ObjectNode) ours.get("state")).put("Resource", theirs.asText());
                            }
                        }),
                new AllowedDifference(TYPE_ID, "jsonata-default-input",
                        "in JSONata the default input is {% $states.input %}; the CDK writes the JSONPath \"$\", which"
                                + " JSONata passes as the text \"$\"",
                        "https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html",
                        c -> c.queryLanguage() == QueryLanguage.JSONATA && !c.properties().has("input")
                                && !c.properties().path("associateWithParent").asBoolean(false),
                        (c, ours, cdk) -> {
                            ObjectNode mine = CdkProps.parameters(ours);
                            ObjectNode theirs = CdkProps.parameters(cdk);
                            if (mine != null && theirs != null && "{% $states.input %}".equals(mine.path("Input").asText(null))
                                    && "$".equals(theirs.path("Input").asText(null))) {
                                mine.put("Input", "$");
                            }
                        }));
    }
}
