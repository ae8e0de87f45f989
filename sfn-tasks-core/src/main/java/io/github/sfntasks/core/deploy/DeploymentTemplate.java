package io.github.sfntasks.core.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.graph.StateMachineOptions;
import io.github.sfntasks.core.internal.Trees;
import io.github.sfntasks.core.internal.YamlWriter;

import java.util.Objects;

/**
 * A state machine as a deployable unit: the state machine resource, with its {@link StateMachineOptions}, plus the
 * role it runs as and that role's least-privilege policy, in a CloudFormation template, a SAM template or a Terraform
 * configuration.
 *
 * <pre>{@code
 * StateMachine machine = new WorkflowReader(TaskRegistry.load()).read(Path.of("order.yaml"));
 * String yaml = DeploymentTemplate.render(machine, DeploymentFormat.CLOUDFORMATION, TemplateSyntax.YAML,
 *         DeploymentOptions.defaults());
 * }</pre>
 *
 * <h2>Placeholders</h2>
 * A resource property may hold a placeholder ({@code ${OrdersTable}}, {@code ${OrderFunction.Arn}}); ARNs hold
 * {@code ${AWS::Partition}}, {@code ${AWS::Region}} and {@code ${AWS::AccountId}}. Each format fills them its own way:
 * <ul>
 *   <li><b>CloudFormation and SAM.</b> {@code ${AWS::...}} is the pseudo parameter; {@code ${X}} and {@code ${X.Attr}}
 *       name a resource (or parameter) of the {@linkplain DeploymentOptions#baseTemplate() base template}: {@code Ref X}
 *       and {@code GetAtt X.Attr}; any other {@code ${X}} becomes a template parameter {@code X} (type String). In the
 *       definition each placeholder is rewritten to a plain key, {@code ${OrderFunctionArn}}, that the resource's
 *       {@code DefinitionSubstitutions} maps to the reference. Why not {@code Fn::Sub} on the definition: Fn::Sub reads
 *       every <code>${</code> of the definition as a variable, so literal text such as a JSONata or
 *       {@code States.Format} string holding <code>${</code> would have to be escaped ({@code ${!...}}) and one missed
 *       escape fails the deployment (cfn-lint E1019); DefinitionSubstitutions replaces only the keys it lists and
 *       leaves all other text alone, and it exists in both {@code AWS::StepFunctions::StateMachine} and
 *       {@code AWS::Serverless::StateMachine}, so both templates read the same. The definition of a CloudFormation
 *       template is a {@code DefinitionString} (a string: CloudFormation never reads ASL keys such as {@code Ref} as
 *       intrinsic functions); SAM has only {@code Definition} (an object). The policy's strings use {@code Fn::Sub},
 *       with a literal <code>${</code> escaped as <code>${!</code>.</li>
 *   <li><b>Terraform.</b> {@code ${AWS::Partition}}, {@code ${AWS::Region}}, {@code ${AWS::AccountId}} and
 *       {@code ${AWS::URLSuffix}} become the {@code aws_partition}, {@code aws_region} and {@code aws_caller_identity}
 *       data sources; {@code ${X}} becomes the variable {@code var.X} ({@code ${X.Arn}}: {@code var.X_Arn}); a literal
 *       <code>${</code> or <code>%{</code> is escaped as <code>$${</code> and <code>%%{</code>. The definition and the
 *       policies are JSON strings with these interpolations (no {@code templatefile}: one file is the whole unit).</li>
 * </ul>
 * A CDK token cannot be filled outside a CDK app: it is an error here (use the CDK construct).
 *
 * <h2>The machine's own ARN</h2>
 * Grants that name the machine itself (a Distributed Map's {@code states:StartExecution}, a KMS encryption context)
 * use its name when {@link StateMachineOptions#stateMachineName()} is set. Otherwise they hold
 * {@link StateMachineOptions#OWN_NAME} and go into a second policy, {@code <logicalId>OwnPolicy}
 * ({@code AWS::IAM::RolePolicy}, or {@code aws_iam_role_policy}), that reads the name from the created machine: the
 * machine needs the role, that policy needs the machine, so the two are not in one resource and there is no cycle.
 * Every other grant is in the role's own inline policy, created with the role before the machine (Step Functions
 * checks the logging grants when it creates a machine with logging). An empty policy is not written.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
public final class DeploymentTemplate {

    private DeploymentTemplate() {
    }

    /**
     * @param machine the state machine (its options are written on the resource)
     * @param format CloudFormation, SAM or Terraform
     * @param options logical id, base template, description
     * @return the template as a JSON tree
     * @throws SfnTasksException ({@link ErrorCode#DEPLOYMENT_TEMPLATE}) listing every placeholder the format cannot
     *         fill, a clash with the base template's names, or an option the format lacks
     */
    public static ObjectNode tree(StateMachine machine, DeploymentFormat format, DeploymentOptions options) {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        return switch (format) {
            case CLOUDFORMATION -> new CloudFormationWriter(machine, options, false).write();
            case SAM -> new CloudFormationWriter(machine, options, true).write();
            case TERRAFORM -> new TerraformWriter(machine, options).write();
        };
    }

    /**
     * @param machine the state machine
     * @param format CloudFormation, SAM or Terraform
     * @param syntax JSON or YAML ({@link DeploymentFormat#supports})
     * @param options logical id, base template, description
     * @return the template's text, ending in a newline
     * @throws SfnTasksException ({@link ErrorCode#DEPLOYMENT_TEMPLATE}) as {@link #tree}, or for a syntax the format
     *         has not
     */
    public static String render(StateMachine machine, DeploymentFormat format, TemplateSyntax syntax, DeploymentOptions options) {
        Objects.requireNonNull(syntax, "syntax");
        if (!format.supports(syntax)) {
            throw new SfnTasksException(ErrorCode.DEPLOYMENT_TEMPLATE, format.name().toLowerCase(java.util.Locale.ROOT)
                    + " is written in " + format.defaultSyntax().name().toLowerCase(java.util.Locale.ROOT) + " only, not "
                    + syntax.name().toLowerCase(java.util.Locale.ROOT));
        }
        ObjectNode tree = tree(machine, format, options);
        return syntax == TemplateSyntax.YAML ? YamlWriter.write(tree) : Trees.pretty(tree) + "\n";
    }
}
