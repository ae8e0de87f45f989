package io.github.sfntasks.core.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.Placeholders;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.PolicyDocument;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.graph.StateMachineOptions;
import io.github.sfntasks.core.internal.Trees;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes a CloudFormation or SAM template (see {@link DeploymentTemplate} for the choices made). */
final class CloudFormationWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html
    private static final Set<String> PSEUDO = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9]{1,255}");
    private static final Pattern LITERAL_VARIABLE = Pattern.compile("\\$\\{([^}]*)\\}");

    private final StateMachine machine;
    private final DeploymentOptions options;
    private final boolean sam;
    private final String id;
    private final String roleId;
    private final String ownPolicyId;
    private final String ownName;
    private final TreeStrings problems = new TreeStrings();
    private final ObjectNode template;
    private final ObjectNode resources;
    private final ObjectNode parameters;
    private final ObjectNode newParameters = F.objectNode();

    CloudFormationWriter(StateMachine machine, DeploymentOptions options, boolean sam) {
        this.machine = machine;
        this.options = options;
        this.sam = sam;
        this.id = options.logicalId();
        this.roleId = id + "Role";
        this.ownPolicyId = id + "OwnPolicy";
        this.ownName = "${" + id + ".Name}";
        ObjectNode base = options.baseTemplate();
        this.template = base == null ? F.objectNode() : base;
        this.resources = template.get("Resources") instanceof ObjectNode r ? r : F.objectNode();
        this.parameters = template.get("Parameters") instanceof ObjectNode p ? p : F.objectNode();
    }

    ObjectNode write() {
        String format = sam ? "SAM" : "CloudFormation";
        for (String taken : List.of(id, roleId, ownPolicyId)) {
            if (resources.has(taken)) {
                problems.problem("the base template already has a resource " + taken + "; choose another logical id"
                        + " for the state machine (DeploymentOptions.withLogicalId, --logical-id)");
            }
        }
        StateMachineOptions o = machine.options();
        if (sam && o.encryption() != null) {
            problems.problem("AWS::Serverless::StateMachine has no encryption property; write a CloudFormation"
                    + " template for a machine encrypted with a customer managed key");
        }
        RenderContext ctx = RenderContext.cloudFormation();
        ObjectNode definition = machine.definition(ctx);
        List<PolicyStatement> main = new ArrayList<>();
        List<PolicyStatement> own = new ArrayList<>();
        for (PolicyStatement s : machine.policyStatements(ctx)) {
            (s.toJson().toString().contains(StateMachineOptions.OWN_NAME) ? own : main).add(s);
        }

        // the definition: placeholders to DefinitionSubstitutions keys
        Map<String, String> keys = substitutionKeys(definition);
        JsonNode rewritten = TreeStrings.map(definition, s -> TextNode.valueOf(definitionText(s, keys)));
        if (sam) {
            checkNoIntrinsicKeys(rewritten, "");
        }
        ObjectNode substitutions = F.objectNode();
        keys.forEach((text, key) -> substitutions.set(key, Placeholders.isWhole(text) ? reference(text, false) : sub(text, false)));

        ObjectNode out = F.objectNode();
        out.put("AWSTemplateFormatVersion", "2010-09-09");
        if (sam) {
            out.put("Transform", "AWS::Serverless-2016-10-31");
        }
        out.put("Description", options.description() != null ? options.description()
                : template.path("Description").asText("A Step Functions state machine and its role, written by sfn-tasks"));
        template.properties().forEach(e -> {
            if (!List.of("AWSTemplateFormatVersion", "Description", "Parameters", "Resources", "Outputs").contains(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        });
        ObjectNode res = resources.deepCopy();
        ObjectNode machineResource = sam ? samMachine(rewritten, substitutions, main) : cfnMachine(rewritten, substitutions);
        if (!sam) {
            res.set(roleId, role(main));
        }
        if (!own.isEmpty()) {
            ObjectNode p = F.objectNode().put("Type", "AWS::IAM::RolePolicy");
            ObjectNode props = p.putObject("Properties");
            props.put("PolicyName", ownPolicyId);
            props.set("PolicyDocument", policy(own, true));
            props.set("RoleName", F.objectNode().put("Ref", roleId));
            res.set(ownPolicyId, p);
        }
        res.set(id, machineResource);
        problems.throwIfAny(format);

        ObjectNode allParameters = parameters.deepCopy();
        allParameters.setAll(newParameters);
        if (!allParameters.isEmpty()) {
            out.set("Parameters", allParameters);
        }
        out.set("Resources", res);
        ObjectNode outputs = template.get("Outputs") instanceof ObjectNode given ? given.deepCopy() : F.objectNode();
        outputs.set(id + "Arn", F.objectNode().put("Description", "The state machine's ARN")
                .set("Value", F.objectNode().put("Ref", id)));
        outputs.set(id + "Name", F.objectNode().put("Description", "The state machine's name")
                .set("Value", getAtt(id, "Name")));
        out.set("Outputs", outputs);
        return out;
    }

    private ObjectNode cfnMachine(JsonNode definition, ObjectNode substitutions) {
        StateMachineOptions o = machine.options();
        ObjectNode r = F.objectNode().put("Type", "AWS::StepFunctions::StateMachine");
        ObjectNode p = r.putObject("Properties");
        if (o.stateMachineName() != null) {
            p.set("StateMachineName", sub(o.stateMachineName(), false));
        }
        if (o.stateMachineType() != null) {
            p.put("StateMachineType", o.stateMachineType().name());
        }
        p.set("RoleArn", getAtt(roleId, "Arn"));
        p.put("DefinitionString", Trees.pretty(definition) + "\n");
        if (!substitutions.isEmpty()) {
            p.set("DefinitionSubstitutions", substitutions);
        }
        if (o.logs() != null) {
            p.set("LoggingConfiguration", logging(o.logs()));
        }
        if (o.tracingEnabled() != null) {
            p.set("TracingConfiguration", F.objectNode().put("Enabled", o.tracingEnabled()));
        }
        if (o.encryption() != null) {
            ObjectNode e = F.objectNode().put("Type", "CUSTOMER_MANAGED_KMS_KEY");
            e.set("KmsKeyId", sub(o.encryption().kmsKey(), false));
            if (o.encryption().kmsDataKeyReusePeriodSeconds() != null) {
                e.put("KmsDataKeyReusePeriodSeconds", o.encryption().kmsDataKeyReusePeriodSeconds());
            }
            p.set("EncryptionConfiguration", e);
        }
        return r;
    }

    private ObjectNode samMachine(JsonNode definition, ObjectNode substitutions, List<PolicyStatement> main) {
        StateMachineOptions o = machine.options();
        ObjectNode r = F.objectNode().put("Type", "AWS::Serverless::StateMachine");
        ObjectNode p = r.putObject("Properties");
        if (o.stateMachineName() != null) {
            p.set("Name", sub(o.stateMachineName(), false));
        }
        if (o.stateMachineType() != null) {
            p.put("Type", o.stateMachineType().name());
        }
        p.set("Definition", definition);
        if (!substitutions.isEmpty()) {
            p.set("DefinitionSubstitutions", substitutions);
        }
        if (!main.isEmpty()) {
            p.putArray("Policies").add(policy(main, false));
        }
        if (o.logs() != null) {
            p.set("Logging", logging(o.logs()));
        }
        if (o.tracingEnabled() != null) {
            p.set("Tracing", F.objectNode().put("Enabled", o.tracingEnabled()));
        }
        return r;
    }

    private ObjectNode logging(StateMachineOptions.Logs logs) {
        ObjectNode l = F.objectNode().put("Level", logs.level().name()).put("IncludeExecutionData", logs.includeExecutionData());
        if (logs.destination() != null) {
            l.putArray("Destinations").addObject().putObject("CloudWatchLogsLogGroup")
                    .set("LogGroupArn", sub(logs.destination(), false));
        }
        return l;
    }

    private ObjectNode role(List<PolicyStatement> main) {
        ObjectNode r = F.objectNode().put("Type", "AWS::IAM::Role");
        ObjectNode p = r.putObject("Properties");
        ObjectNode trust = p.putObject("AssumeRolePolicyDocument").put("Version", PolicyDocument.VERSION);
        ObjectNode st = trust.putArray("Statement").addObject().put("Effect", "Allow");
        st.putObject("Principal").put("Service", "states.amazonaws.com");
        st.put("Action", "sts:AssumeRole");
        if (!main.isEmpty()) {
            ArrayNode policies = p.putArray("Policies");
            policies.addObject().put("PolicyName", id + "Policy").set("PolicyDocument", policy(main, false));
        }
        return r;
    }

    private JsonNode policy(List<PolicyStatement> statements, boolean ownAllowed) {
        return TreeStrings.map(new PolicyDocument(statements).toJson(), s -> sub(s, ownAllowed));
    }

    /** A string of the template: itself, or {@code Fn::Sub} of it when it holds placeholders. */
    private JsonNode sub(String s, boolean ownAllowed) {
        List<Placeholders.Part> parts = Placeholders.parts(s);
        if (parts.stream().noneMatch(Placeholders.Part::placeholder)) {
            return TextNode.valueOf(TreeStrings.unescape(s));
        }
        StringBuilder b = new StringBuilder();
        for (Placeholders.Part p : parts) {
            if (p.placeholder()) {
                String text = p.text().equals(StateMachineOptions.OWN_NAME) ? ownName : p.text();
                check(text, ownAllowed);
                b.append(text);
            } else {
                b.append(p.text().replace("${!", "\u0000").replace("${", "${!").replace("\u0000", "${!"));
            }
        }
        return F.objectNode().put("Fn::Sub", b.toString());
    }

    /** Checks that the template can fill a placeholder, adding a parameter for a plain {@code ${X}} it does not know. */
    private void check(String placeholder, boolean ownAllowed) {
        String inner = TreeStrings.inner(placeholder);
        if (TreeStrings.isCdkToken(placeholder)) {
            problems.problem(placeholder + " is an AWS CDK token, which only a CDK app resolves; deploy with the CDK"
                    + " construct, or use a CloudFormation placeholder such as ${OrdersTable}");
            return;
        }
        if (inner.startsWith("AWS::")) {
            if (!PSEUDO.contains(inner)) {
                problems.problem(placeholder + " is not a CloudFormation pseudo parameter; known: " + new java.util.TreeSet<>(PSEUDO));
            }
            return;
        }
        if (placeholder.equals(ownName)) {
            if (!ownAllowed) {
                problems.problem(placeholder + " (the machine's own name) can only be used in its grants");
            }
            return;
        }
        int dot = inner.indexOf('.');
        String name = dot < 0 ? inner : inner.substring(0, dot);
        if (resources.has(name) || (dot < 0 && (parameters.has(name) || newParameters.has(name)))) {
            return;
        }
        if (dot >= 0) {
            problems.problem(placeholder + " names an attribute of " + name + ", which is not a resource of the template;"
                    + " give a template holding " + name + " (--template, DeploymentOptions.withBaseTemplate) or use a"
                    + " parameter, ${" + name + "}");
        } else if (!PARAMETER_NAME.matcher(name).matches()) {
            problems.problem(placeholder + " cannot become a template parameter (a parameter's name is letters and"
                    + " digits); rename it or give a template that has a resource of that name");
        } else {
            newParameters.set(name, F.objectNode().put("Type", "String")
                    .put("Description", "Fills the placeholder " + name + " of the state machine (written by sfn-tasks)"));
        }
    }

    /** {@code Ref X}, {@code Ref AWS::Region}, or {@code GetAtt X.Attr}, for a substitution value. */
    private JsonNode reference(String placeholder, boolean ownAllowed) {
        check(placeholder, ownAllowed);
        String inner = TreeStrings.inner(placeholder);
        int dot = inner.indexOf('.');
        if (dot < 0 || inner.startsWith("AWS::")) {
            return F.objectNode().put("Ref", inner);
        }
        return getAtt(inner.substring(0, dot), inner.substring(dot + 1));
    }

    private static JsonNode getAtt(String resource, String attribute) {
        return F.objectNode().set("Fn::GetAtt", F.arrayNode().add(resource).add(attribute));
    }

    /**
     * One DefinitionSubstitutions key per string of the definition that holds a placeholder: the whole string is
     * replaced, since cfn-lint (E3601) checks the definition with a substitution only where a whole string is one
     * key. A string that is one placeholder gets that placeholder's letters and digits ({@code ${OrdersTable}}:
     * {@code OrdersTable}); a longer one the words of its text ({@code arn:${AWS::Partition}:states:::lambda:invoke}:
     * {@code ArnAWSPartitionStatesLambdaInvoke}). Keys are unique and never the name of a literal <code>${...}</code>
     * text of the definition, which Step Functions would then replace too.
     */
    private static Map<String, String> substitutionKeys(ObjectNode definition) {
        Set<String> literalNames = new HashSet<>();
        Set<String> strings = new java.util.LinkedHashSet<>();
        TreeStrings.map(definition, s -> {
            for (Placeholders.Part p : Placeholders.parts(s)) {
                if (p.placeholder()) {
                    strings.add(s);
                } else {
                    Matcher m = LITERAL_VARIABLE.matcher(TreeStrings.unescape(p.text()));
                    while (m.find()) {
                        literalNames.add(m.group(1));
                    }
                }
            }
            return F.nullNode();
        });
        Map<String, String> keys = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(literalNames);
        for (String text : strings) {
            String base = keyName(text);
            String key = base;
            for (int i = 2; !used.add(key); i++) {
                key = base + i;
            }
            keys.put(text, key);
        }
        return keys;
    }

    private static String keyName(String text) {
        StringBuilder b = new StringBuilder();
        if (Placeholders.isWhole(text)) {
            b.append(TreeStrings.inner(text).replaceAll("[^A-Za-z0-9]", ""));
        } else {
            for (Placeholders.Part p : Placeholders.parts(text)) {
                String words = p.placeholder() ? TreeStrings.inner(p.text()).replaceAll("[^A-Za-z0-9]", "") : p.text();
                for (String w : words.split("[^A-Za-z0-9]+")) {
                    if (!w.isEmpty()) {
                        b.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
                    }
                }
            }
        }
        String key = b.length() > 64 ? b.substring(0, 64) : b.toString();
        return key.isEmpty() ? "Value" : key;
    }

    private static String definitionText(String s, Map<String, String> keys) {
        String key = keys.get(s);
        return key != null ? "${" + key + "}" : TreeStrings.unescape(s);
    }

    /** SAM turns a Definition object into text itself, reading {@code Ref} and {@code Fn::} keys as intrinsic functions. */
    private void checkNoIntrinsicKeys(JsonNode node, String at) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("Ref") || e.getKey().startsWith("Fn::")) {
                    problems.problem("the definition has a key \"" + e.getKey() + "\" (" + at + "), which SAM reads as an"
                            + " intrinsic function in a Definition; write a CloudFormation template (DefinitionString)");
                }
                checkNoIntrinsicKeys(e.getValue(), at + "/" + e.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNoIntrinsicKeys(node.get(i), at + "/" + i);
            }
        }
    }
}
