package io.github.sfntasks.conformance.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the CloudFormation intrinsics that {@code stack.resolve(...)} leaves behind into plain strings.
 *
 * <p>Choices (see README):
 * <ul>
 *   <li>{@code Ref} of a pseudo parameter -> the concrete value from {@link #pseudoValues()} (partition {@code aws},
 *       region {@code us-east-1}, account {@code 123456789012}, URL suffix {@code amazonaws.com}, ...).</li>
 *   <li>{@code Ref} of anything else (a resource or parameter in the stack) -> {@code ${LogicalId}}.</li>
 *   <li>{@code Fn::GetAtt [LogicalId, Attr]} -> {@code ${LogicalId.Attr}} (the {@code Fn::Sub} spelling).</li>
 *   <li>{@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::Sub} are evaluated.</li>
 *   <li>Anything else ({@code Fn::ImportValue}, {@code Fn::If}, ...) -> {@code ${Unresolved:<compact json>}}
 *       and the intrinsic is recorded in {@link #unresolved()}.</li>
 * </ul>
 * An object is considered an intrinsic when it has exactly one key that is {@code Ref} or starts with {@code Fn::}.
 */
final class CfnIntrinsics {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern SUB_VAR = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private final Map<String, String> pseudoValues;
    private final Set<String> unresolved = new TreeSet<>();

    CfnIntrinsics(Map<String, String> pseudoValues) {
        this.pseudoValues = Map.copyOf(pseudoValues);
    }

    /** The pseudo-parameter values for a stack in {@code account}/{@code region} (partition "aws"). */
    static Map<String, String> defaultPseudoValues(String account, String region, String stackName) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("AWS::Partition", "aws");
        m.put("AWS::Region", region);
        m.put("AWS::AccountId", account);
        m.put("AWS::URLSuffix", "amazonaws.com");
        m.put("AWS::StackName", stackName);
        m.put("AWS::StackId", "arn:aws:cloudformation:" + region + ":" + account + ":stack/" + stackName
                + "/00000000-0000-0000-0000-000000000000");
        return m;
    }

    /** Placeholder spelling: pseudo parameters are kept as {@code ${AWS::Partition}} etc. instead of concrete values. */
    static Map<String, String> placeholderPseudoValues() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : List.of("AWS::Partition", "AWS::Region", "AWS::AccountId", "AWS::URLSuffix",
                "AWS::StackName", "AWS::StackId")) {
            m.put(p, "${" + p + "}");
        }
        return m;
    }

    Map<String, String> pseudoValues() {
        return pseudoValues;
    }

    /** Intrinsics that could not be evaluated, as compact JSON, since this instance was created. */
    Set<String> unresolved() {
        return Set.copyOf(unresolved);
    }

    static boolean isIntrinsic(JsonNode n) {
        if (n == null || !n.isObject() || n.size() != 1) {
            return false;
        }
        String k = n.fieldNames().next();
        return k.equals("Ref") || k.startsWith("Fn::");
    }

    /** Deep copy of {@code node} with every intrinsic replaced by its string value. */
    JsonNode resolveDeep(JsonNode node) {
        if (isIntrinsic(node)) {
            JsonNode v = eval(node);
            return v.isArray() ? resolveDeep(v) : v;
        }
        if (node.isObject()) {
            ObjectNode out = F.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.set(e.getKey(), resolveDeep(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = F.arrayNode();
            node.forEach(c -> out.add(resolveDeep(c)));
            return out;
        }
        return node;
    }

    /** String value of a node that is a plain string or an intrinsic that evaluates to a string. */
    String asString(JsonNode node) {
        JsonNode v = isIntrinsic(node) ? eval(node) : node;
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        return placeholder(node);
    }

    /** Evaluates one intrinsic; the result is a TextNode or (for Fn::Split / list-valued refs) an ArrayNode. */
    private JsonNode eval(JsonNode node) {
        String fn = node.fieldNames().next();
        JsonNode arg = node.get(fn);
        switch (fn) {
            case "Ref": {
                String name = arg.asText();
                String pseudo = pseudoValues.get(name);
                return TextNode.valueOf(pseudo != null ? pseudo : "${" + name + "}");
            }
            case "Fn::GetAtt": {
                if (arg.isArray() && arg.size() == 2) {
                    return TextNode.valueOf("${" + asString(arg.get(0)) + "." + asString(arg.get(1)) + "}");
                }
                if (arg.isTextual()) {
                    return TextNode.valueOf("${" + arg.textValue() + "}");
                }
                break;
            }
            case "Fn::Join": {
                if (arg.isArray() && arg.size() == 2) {
                    String delim = asString(arg.get(0));
                    JsonNode parts = arg.get(1);
                    if (isIntrinsic(parts)) {
                        parts = eval(parts);
                    }
                    if (parts.isArray()) {
                        List<String> strs = new ArrayList<>();
                        for (JsonNode p : parts) {
                            strs.add(asString(p));
                        }
                        return TextNode.valueOf(String.join(delim, strs));
                    }
                }
                break;
            }
            case "Fn::Split": {
                if (arg.isArray() && arg.size() == 2) {
                    String delim = asString(arg.get(0));
                    String src = asString(arg.get(1));
                    ArrayNode out = F.arrayNode();
                    for (String s : src.split(Pattern.quote(delim), -1)) {
                        out.add(s);
                    }
                    return out;
                }
                break;
            }
            case "Fn::Select": {
                if (arg.isArray() && arg.size() == 2) {
                    int idx = Integer.parseInt(asString(arg.get(0)));
                    JsonNode list = arg.get(1);
                    if (isIntrinsic(list)) {
                        list = eval(list);
                    }
                    if (list.isArray() && idx < list.size()) {
                        return TextNode.valueOf(asString(list.get(idx)));
                    }
                }
                break;
            }
            case "Fn::Sub": {
                String template;
                Map<String, String> vars = new LinkedHashMap<>();
                if (arg.isTextual()) {
                    template = arg.textValue();
                } else if (arg.isArray() && arg.size() == 2) {
                    template = asString(arg.get(0));
                    arg.get(1).properties().forEach(e -> vars.put(e.getKey(), asString(e.getValue())));
                } else {
                    break;
                }
                Matcher m = SUB_VAR.matcher(template);
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    String name = m.group(1);
                    String v = vars.containsKey(name) ? vars.get(name)
                            : pseudoValues.getOrDefault(name, "${" + name + "}");
                    m.appendReplacement(sb, Matcher.quoteReplacement(v));
                }
                m.appendTail(sb);
                return TextNode.valueOf(sb.toString().replace("${!", "${"));
            }
            default:
                break;
        }
        return TextNode.valueOf(placeholder(node));
    }

    private String placeholder(JsonNode node) {
        String s = Objects.toString(node);
        unresolved.add(s);
        // No double quotes or backslashes: the placeholder may be spliced into JSON text (the ASL definition).
        return "${Unresolved:" + s.replace('"', '\'').replace("\\", "/") + "}";
    }
}
