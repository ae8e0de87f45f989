package io.github.sfntasks.core.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * How {@link DeploymentTemplate} writes a template: the state machine's logical id, a template of the user's own to
 * add the state machine to, a description. Immutable; {@code withX} returns a changed copy.
 *
 * <pre>{@code
 * DeploymentOptions options = DeploymentOptions.defaults()
 *     .withLogicalId("OrderWorkflow")
 *     .withBaseTemplate(resourcesTemplate);   // holds OrderFunction, OrdersTable, OrdersQueue
 * }</pre>
 *
 * @param logicalId the state machine's logical id (CloudFormation) or resource name (Terraform, in snake case);
 *                  its role is {@code <logicalId>Role}, its own-ARN policy {@code <logicalId>OwnPolicy}
 * @param baseTemplate a CloudFormation or SAM template (as JSON) whose resources, parameters and outputs the written
 *                     template keeps, and whose resources the placeholders may name ({@code ${OrdersTable}},
 *                     {@code ${OrderFunction.Arn}}); null for none. Ignored for Terraform.
 * @param description the template's Description, or null for a generated one
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
public record DeploymentOptions(String logicalId, ObjectNode baseTemplate, String description) {

    private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,200}");

    /** @throws SfnTasksException ({@link ErrorCode#DEPLOYMENT_TEMPLATE}) for a logical id that is not alphanumeric */
    public DeploymentOptions {
        if (logicalId == null || !LOGICAL_ID.matcher(logicalId).matches()) {
            throw new SfnTasksException(ErrorCode.DEPLOYMENT_TEMPLATE, "the state machine's logical id must be letters"
                    + " and digits, starting with a letter (CloudFormation's rule), was \"" + logicalId + "\"");
        }
        baseTemplate = baseTemplate == null ? null : baseTemplate.deepCopy();
    }

    /** @return logical id {@code StateMachine}, no base template, a generated description */
    public static DeploymentOptions defaults() {
        return new DeploymentOptions("StateMachine", null, null);
    }

    /** @param id the state machine's logical id @return a copy with it */
    public DeploymentOptions withLogicalId(String id) {
        return new DeploymentOptions(id, baseTemplate, description);
    }

    /** @param template a CloudFormation/SAM template (JSON tree) to add the state machine to @return a copy with it */
    public DeploymentOptions withBaseTemplate(ObjectNode template) {
        return new DeploymentOptions(logicalId, template, description);
    }

    /**
     * Reads a template of the user's own (JSON, or YAML when the name ends in {@code .yaml} or {@code .yml}, with
     * intrinsic functions in their long form: {@code Fn::GetAtt: [OrderFunction, Arn]}) and adds the state machine to it.
     *
     * @param file a CloudFormation or SAM template
     * @return a copy with it
     * @throws SfnTasksException ({@link ErrorCode#DEPLOYMENT_TEMPLATE}) naming the file, and line and column where
     *         there is one: not well-formed, a short-form tag ({@code !GetAtt}), not an object with {@code Resources}
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public DeploymentOptions withBaseTemplate(Path file) {
        return withBaseTemplate(BaseTemplates.read(java.util.Objects.requireNonNull(file, "file")));
    }

    /** @param text the template's Description @return a copy with it */
    public DeploymentOptions withDescription(String text) {
        return new DeploymentOptions(logicalId, baseTemplate, text);
    }

    @Override
    public ObjectNode baseTemplate() {
        return baseTemplate == null ? null : baseTemplate.deepCopy();
    }
}
