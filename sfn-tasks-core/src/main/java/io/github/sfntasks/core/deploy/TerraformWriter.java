package io.github.sfntasks.core.deploy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.PolicyDocument;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.graph.StateMachineOptions;
import io.github.sfntasks.core.internal.Trees;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a Terraform configuration in Terraform's JSON syntax
 * (https://developer.hashicorp.com/terraform/language/syntax/json): {@code aws_sfn_state_machine},
 * {@code aws_iam_role}, {@code aws_iam_role_policy}, a variable per placeholder (see {@link DeploymentTemplate}).
 */
final class TerraformWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Map<String, String> PSEUDO = Map.of(
            "AWS::Partition", "data.aws_partition.current.partition",
            "AWS::Region", "data.aws_region.current.name",
            "AWS::AccountId", "data.aws_caller_identity.current.account_id",
            "AWS::URLSuffix", "data.aws_partition.current.dns_suffix");

    private final StateMachine machine;
    private final DeploymentOptions options;
    private final String name;
    private final TreeStrings problems = new TreeStrings();
    private final ObjectNode variables = F.objectNode();

    TerraformWriter(StateMachine machine, DeploymentOptions options) {
        this.machine = machine;
        this.options = options;
        this.name = snake(options.logicalId());
    }

    /** {@code OrderWorkflow} becomes {@code order_workflow}, Terraform's style for resource names. */
    static String snake(String id) {
        return id.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    ObjectNode write() {
        RenderContext ctx = RenderContext.cloudFormation();
        ObjectNode definition = machine.definition(ctx);
        List<PolicyStatement> main = new ArrayList<>();
        List<PolicyStatement> own = new ArrayList<>();
        for (PolicyStatement s : machine.policyStatements(ctx)) {
            (s.toJson().toString().contains(StateMachineOptions.OWN_NAME) ? own : main).add(s);
        }
        StateMachineOptions o = machine.options();
        String machineRef = "aws_sfn_state_machine." + name;
        String roleRef = "aws_iam_role." + name;

        ObjectNode out = F.objectNode();
        out.putObject("terraform").putObject("required_providers").putObject("aws")
                .put("source", "hashicorp/aws").put("version", ">= 5.58");
        ObjectNode data = F.objectNode();
        data.putObject("aws_partition").putObject("current");
        data.putObject("aws_region").putObject("current");
        data.putObject("aws_caller_identity").putObject("current");
        ObjectNode resource = F.objectNode();

        ObjectNode role = resource.putObject("aws_iam_role").putObject(name);
        role.put("name_prefix", truncate(name, 32));
        ObjectNode trust = F.objectNode().put("Version", PolicyDocument.VERSION);
        ObjectNode st = trust.putArray("Statement").addObject().put("Effect", "Allow");
        st.putObject("Principal").put("Service", "states.amazonaws.com");
        st.put("Action", "sts:AssumeRole");
        role.put("assume_role_policy", Trees.pretty(trust));

        ObjectNode policies = F.objectNode();
        if (!main.isEmpty()) {
            ObjectNode p = policies.putObject(name);
            p.put("name", options.logicalId() + "Policy");
            p.put("role", "${" + roleRef + ".id}");
            p.put("policy", text(Trees.pretty(new PolicyDocument(main).toJson()), null));
        }
        if (!own.isEmpty()) {
            ObjectNode p = policies.putObject(name + "_own");
            p.put("name", options.logicalId() + "OwnPolicy");
            p.put("role", "${" + roleRef + ".id}");
            p.put("policy", text(Trees.pretty(new PolicyDocument(own).toJson()), "${" + machineRef + ".name}"));
        }
        if (!policies.isEmpty()) {
            resource.set("aws_iam_role_policy", policies);
        }

        ObjectNode sm = resource.putObject("aws_sfn_state_machine").putObject(name);
        if (o.stateMachineName() != null) {
            sm.put("name", text(o.stateMachineName(), null));
        }
        if (o.stateMachineType() != null) {
            sm.put("type", o.stateMachineType().name());
        }
        sm.put("role_arn", "${" + roleRef + ".arn}");
        sm.put("definition", text(Trees.pretty(definition) + "\n", null));
        if (o.logs() != null) {
            ObjectNode l = sm.putObject("logging_configuration").put("level", o.logs().level().name())
                    .put("include_execution_data", o.logs().includeExecutionData());
            if (o.logs().destination() != null) {
                l.put("log_destination", text(o.logs().destination(), null));
            }
        }
        if (o.tracingEnabled() != null) {
            sm.putObject("tracing_configuration").put("enabled", o.tracingEnabled());
        }
        if (o.encryption() != null) {
            ObjectNode e = sm.putObject("encryption_configuration").put("type", "CUSTOMER_MANAGED_KMS_KEY")
                    .put("kms_key_id", text(o.encryption().kmsKey(), null));
            if (o.encryption().kmsDataKeyReusePeriodSeconds() != null) {
                e.put("kms_data_key_reuse_period_seconds", o.encryption().kmsDataKeyReusePeriodSeconds());
            }
        }
        if (!main.isEmpty()) {
            // the role's grants exist before the machine: Step Functions checks the logging ones when it creates it
            sm.putArray("depends_on").add("aws_iam_role_policy." + name);
        }
        problems.throwIfAny("Terraform");

        if (!variables.isEmpty()) {
            out.set("variable", variables);
        }
        out.set("data", data);
        out.set("resource", resource);
        ObjectNode output = out.putObject("output");
        output.putObject(name + "_arn").put("description", "The state machine's ARN").put("value", "${" + machineRef + ".arn}");
        output.putObject(name + "_role_arn").put("description", "The role it runs as").put("value", "${" + roleRef + ".arn}");
        return out;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * A Terraform string template: placeholders become interpolations, a literal <code>${</code> or <code>%{</code>
     * is escaped.
     *
     * @param s the text
     * @param ownName what the machine's own name becomes, or null where it cannot be used
     */
    private String text(String s, String ownName) {
        StringBuilder b = new StringBuilder();
        for (Placeholders.Part p : Placeholders.parts(s)) {
            if (!p.placeholder()) {
                b.append(TreeStrings.unescape(p.text()).replace("${", "$${").replace("%{", "%%{"));
                continue;
            }
            String placeholder = p.text();
            String inner = TreeStrings.inner(placeholder);
            if (TreeStrings.isCdkToken(placeholder)) {
                problems.problem(placeholder + " is an AWS CDK token, which only a CDK app resolves; use a placeholder"
                        + " such as ${OrdersTable} (a Terraform variable)");
            } else if (placeholder.equals(StateMachineOptions.OWN_NAME)) {
                if (ownName == null) {
                    problems.problem(placeholder + " (the machine's own name) can only be used in its grants");
                } else {
                    b.append(ownName);
                }
            } else if (inner.startsWith("AWS::")) {
                String ref = PSEUDO.get(inner);
                if (ref == null) {
                    problems.problem(placeholder + " has no Terraform equivalent here; known: " + new java.util.TreeSet<>(PSEUDO.keySet()));
                } else {
                    b.append("${").append(ref).append('}');
                }
            } else {
                String variable = inner.replaceAll("[^A-Za-z0-9_\\-]", "_");
                if (!Character.isLetter(variable.charAt(0)) && variable.charAt(0) != '_') {
                    variable = "_" + variable;
                }
                if (!variables.has(variable)) {
                    variables.set(variable, F.objectNode().put("type", "string")
                            .put("description", "Fills the placeholder " + inner.replace("${", "") + " of the state machine (written by sfn-tasks)"));
                }
                b.append("${var.").append(variable).append('}');
            }
        }
        return b.toString();
    }
}
