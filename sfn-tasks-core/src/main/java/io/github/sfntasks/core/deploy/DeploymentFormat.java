package io.github.sfntasks.core.deploy;

import io.github.sfntasks.api.ApiStatus;

import java.util.Locale;
import java.util.Set;

/** What {@link DeploymentTemplate} writes: a CloudFormation template, a SAM template, or a Terraform configuration. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
public enum DeploymentFormat {
    /** A CloudFormation template: {@code AWS::StepFunctions::StateMachine} and {@code AWS::IAM::Role}, JSON or YAML. */
    CLOUDFORMATION(Set.of(TemplateSyntax.JSON, TemplateSyntax.YAML)),
    /** A SAM template: {@code AWS::Serverless::StateMachine} with its policies, JSON or YAML. */
    SAM(Set.of(TemplateSyntax.JSON, TemplateSyntax.YAML)),
    /** A Terraform configuration in Terraform's JSON syntax ({@code main.tf.json}). */
    TERRAFORM(Set.of(TemplateSyntax.JSON));

    private final Set<TemplateSyntax> syntaxes;

    DeploymentFormat(Set<TemplateSyntax> syntaxes) {
        this.syntaxes = syntaxes;
    }

    /** @param syntax a syntax @return whether this format can be written in it */
    public boolean supports(TemplateSyntax syntax) {
        return syntaxes.contains(syntax);
    }

    /** @return the syntax used when none is asked for: YAML for CloudFormation and SAM, JSON for Terraform */
    public TemplateSyntax defaultSyntax() {
        return this == TERRAFORM ? TemplateSyntax.JSON : TemplateSyntax.YAML;
    }

    /**
     * @param syntax the syntax written
     * @return the usual file name: {@code template.yaml}, {@code template.json} or {@code main.tf.json}
     */
    public String fileName(TemplateSyntax syntax) {
        return this == TERRAFORM ? "main.tf.json" : "template." + syntax.name().toLowerCase(Locale.ROOT);
    }
}
