package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.AllowedDifference;
import io.github.sfntasks.conformance.cdk.CdkDifferential;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.cdk.CdkTaskFactory.NotExpressible;
import io.github.sfntasks.conformance.generation.GenerationContext;
import io.github.sfntasks.conformance.generation.ProviderArbitraries;
import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.iam.ResourceLocators;
import io.github.sfntasks.conformance.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoAttributeValue;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoConsumedCapacity;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoItemCollectionMetrics;
import software.amazon.awscdk.services.stepfunctions.tasks.DynamoReturnValues;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the four DynamoDB {@link io.github.sfntasks.conformance.cdk.CdkTaskFactory}s share: our request properties
 * (DynamoDB JSON, as in a workflow file) turned into the CDK's props ({@code ITable}, {@link DynamoAttributeValue}s,
 * expression attribute names, the write options), the differences our DynamoDB provider documents, and realistic
 * tables.
 */
final class DynamoCdkProps {

    /** The attribute-value types whose {@code .$} form the CDK renders without the {@code .$} (aws/aws-cdk#31448). */
    private static final List<String> UNSUFFIXED_PATH_TYPES = List.of("L", "BOOL");

    private DynamoCdkProps() {
    }

    // ---- props ------------------------------------------------------------------------------------------------

    /**
     * @return the table imported by name ({@code Table.fromTableName}) or by ARN ({@code Table.fromTableArn})
     * @throws NotExpressible for a table chosen at run time
     */
    static ITable table(Stack stack, ObjectNode p) {
        String table = staticTable(p);
        if (table == null) {
            throw new NotExpressible("a table chosen at run time (the CDK takes an ITable)");
        }
        return table.startsWith("arn:") ? Table.fromTableArn(stack, "ImportedTable", table)
                : Table.fromTableName(stack, "ImportedTable", table);
    }

    /** @return the table name or ARN as given, or {@code null} when it is chosen at run time */
    static String staticTable(ObjectNode p) {
        JsonNode t = p.get("table");
        return t != null && t.isTextual() && !JsonataExpression.isExpression(t.textValue()) ? t.textValue() : null;
    }

    /**
     * @param p the properties
     * @param name {@code key}, {@code item} or {@code expressionAttributeValues}
     * @return the attribute map in the CDK's terms, or {@code null} when absent
     * @throws NotExpressible when the whole map is chosen at run time (the CDK takes a map of attribute values)
     */
    static Map<String, DynamoAttributeValue> attributes(ObjectNode p, String name) {
        if (p.has(name + ".$") || present(p.get(name)) && p.get(name).isTextual()) {
            throw new NotExpressible("a whole " + name + " map chosen at run time (the CDK takes a map of DynamoAttributeValue)");
        }
        JsonNode m = p.get(name);
        return present(m) ? map(m) : null;
    }

    private static Map<String, DynamoAttributeValue> map(JsonNode node) {
        Map<String, DynamoAttributeValue> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), value(e.getValue())));
        return out;
    }

    /**
     * One attribute value in DynamoDB JSON ({@code {"S": "x"}}, {@code {"N.$": "$.n"}}, {@code {"M": {...}}}) as the
     * CDK factory a CDK user would call for it: a {@code .$} member through {@code JsonPath.stringAt} /
     * {@code JsonPath.listAt} or the type's {@code ...FromJsonPath}, a JSONata string through the type's
     * {@code ...FromJsonata} (or the plain factory, which takes any string).
     */
    static DynamoAttributeValue value(JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        JsonNode data = e.getValue();
        if (key.endsWith(".$")) {
            return fromPath(key.substring(0, key.length() - 2), data.textValue());
        }
        if (data.isTextual() && JsonataExpression.isExpression(data.textValue())) {
            return fromJsonata(key, data.textValue());
        }
        return switch (key) {
            case "S" -> DynamoAttributeValue.fromString(data.textValue());
            case "N" -> DynamoAttributeValue.numberFromString(data.textValue());
            case "B" -> DynamoAttributeValue.fromBinary(data.textValue());
            case "SS" -> DynamoAttributeValue.fromStringSet(texts(data));
            case "NS" -> DynamoAttributeValue.numberSetFromStrings(texts(data));
            case "BS" -> DynamoAttributeValue.fromBinarySet(texts(data));
            case "M" -> DynamoAttributeValue.fromMap(map(data));
            case "L" -> {
                List<DynamoAttributeValue> items = new ArrayList<>();
                data.forEach(item -> items.add(value(item)));
                yield DynamoAttributeValue.fromList(items);
            }
            case "NULL" -> DynamoAttributeValue.fromNull(data.booleanValue());
            case "BOOL" -> DynamoAttributeValue.fromBoolean(data.booleanValue());
            default -> throw new IllegalArgumentException("not a DynamoDB type: " + key);
        };
    }

    private static DynamoAttributeValue fromPath(String type, String path) {
        return switch (type) {
            case "S" -> DynamoAttributeValue.fromString(JsonPath.stringAt(path));
            case "N" -> DynamoAttributeValue.numberFromString(JsonPath.stringAt(path));
            case "B" -> DynamoAttributeValue.fromBinary(JsonPath.stringAt(path));
            case "SS" -> DynamoAttributeValue.fromStringSet(JsonPath.listAt(dataPath(type, path, "JsonPath.listAt")));
            case "NS" -> DynamoAttributeValue.numberSetFromStrings(JsonPath.listAt(dataPath(type, path, "JsonPath.listAt")));
            case "BS" -> DynamoAttributeValue.fromBinarySet(JsonPath.listAt(dataPath(type, path, "JsonPath.listAt")));
            case "M" -> DynamoAttributeValue.mapFromJsonPath(dataPath(type, path, "mapFromJsonPath"));
            case "L" -> DynamoAttributeValue.listFromJsonPath(dataPath(type, path, "listFromJsonPath"));
            case "BOOL" -> DynamoAttributeValue.booleanFromJsonPath(dataPath(type, path, "booleanFromJsonPath"));
            default -> throw new IllegalArgumentException("not a DynamoDB type with a path form: " + type);
        };
    }

    /**
     * The CDK's {@code JsonPath.listAt}, {@code mapFromJsonPath}, {@code listFromJsonPath} and
     * {@code booleanFromJsonPath} take a path only ({@code $...}), not an intrinsic function.
     */
    private static String dataPath(String type, String path, String cdkMethod) {
        if (!path.startsWith("$")) {
            throw new NotExpressible(type + ".$ from an intrinsic function (the CDK's " + cdkMethod + " takes a path only)");
        }
        return path;
    }

    private static DynamoAttributeValue fromJsonata(String type, String expression) {
        return switch (type) {
            case "S" -> DynamoAttributeValue.fromString(expression);
            case "N" -> DynamoAttributeValue.numberFromString(expression);
            case "B" -> DynamoAttributeValue.fromBinary(expression);
            case "M" -> DynamoAttributeValue.mapFromJsonata(expression);
            case "L" -> DynamoAttributeValue.listFromJsonata(expression);
            case "BOOL" -> DynamoAttributeValue.booleanFromJsonata(expression);
            default -> throw new NotExpressible("a whole " + type
                    + " set as one JSONata expression (the CDK's set factories take a list)");
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }

    /** @return {@code expressionAttributeNames}, a {@code "#n.$"} member as {@code "#n": JsonPath.stringAt(...)}; or {@code null} */
    static Map<String, String> names(ObjectNode p) {
        JsonNode names = p.get("expressionAttributeNames");
        if (!present(names)) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        names.properties().forEach(e -> {
            String k = e.getKey();
            out.put(k.endsWith(".$") ? k.substring(0, k.length() - 2) : k,
                    k.endsWith(".$") ? JsonPath.stringAt(e.getValue().textValue()) : e.getValue().textValue());
        });
        return out;
    }

    /** @return a string property, {@code "name.$"} as {@code JsonPath.stringAt}; or {@code null} when absent */
    static String text(ObjectNode p, String name) {
        JsonNode path = p.get(name + ".$");
        if (path != null) {
            return JsonPath.stringAt(path.textValue());
        }
        JsonNode v = p.get(name);
        return present(v) ? v.textValue() : null;
    }

    private static boolean present(JsonNode v) {
        return v != null && !v.isNull();
    }

    /**
     * Sets what PutItem, DeleteItem and UpdateItem share on their CDK builder (by prop name, as
     * {@link CdkOptions#call} does): {@code conditionExpression}, {@code expressionAttributeNames},
     * {@code expressionAttributeValues}, {@code returnConsumedCapacity}, {@code returnItemCollectionMetrics},
     * {@code returnValues}.
     *
     * @throws NotExpressible for {@code returnValuesOnConditionCheckFailure}, a parameter the CDK lacks
     */
    static void applyWrite(Object builder, ObjectNode p) {
        if (present(p.get("returnValuesOnConditionCheckFailure"))) {
            throw new NotExpressible("returnValuesOnConditionCheckFailure (the CDK's write tasks lack it)");
        }
        set(builder, "conditionExpression", text(p, "conditionExpression"));
        set(builder, "expressionAttributeNames", names(p));
        set(builder, "expressionAttributeValues", attributes(p, "expressionAttributeValues"));
        set(builder, "returnConsumedCapacity", consumedCapacity(p));
        JsonNode metrics = p.get("returnItemCollectionMetrics");
        set(builder, "returnItemCollectionMetrics", present(metrics) ? DynamoItemCollectionMetrics.valueOf(metrics.asText()) : null);
        JsonNode returnValues = p.get("returnValues");
        set(builder, "returnValues", present(returnValues) ? DynamoReturnValues.valueOf(returnValues.asText()) : null);
    }

    /** @return {@code returnConsumedCapacity}, or {@code null} */
    static DynamoConsumedCapacity consumedCapacity(ObjectNode p) {
        JsonNode v = p.get("returnConsumedCapacity");
        return present(v) ? DynamoConsumedCapacity.valueOf(v.asText()) : null;
    }

    private static void set(Object builder, String prop, Object value) {
        if (value != null) {
            CdkOptions.call(builder, prop, value);
        }
    }

    // ---- documented differences -------------------------------------------------------------------------------

    /**
     * @param typeId the DynamoDB type id
     * @param action the DynamoDB action ({@code GetItem}) of its grant
     * @param paths whether the type takes attribute values of every type (not only key types), so that
     *              {@code "L.$"}/{@code "BOOL.$"} can occur
     * @return the differences our DynamoDB provider documents, as the differential checks them
     */
    static List<AllowedDifference> differences(String typeId, String action, boolean paths) {
        List<AllowedDifference> out = new ArrayList<>();
        out.add(new AllowedDifference(typeId, "table-arn-as-given",
                "a table given by ARN is written to TableName as given and granted on that ARN (the item APIs take a"
                        + " table ARN as TableName); the CDK writes the table's name and grants it in the stack's own"
                        + " account and region, which misses a table elsewhere",
                "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_" + action + ".html#DDB-" + action
                        + "-request-TableName",
                c -> staticTable(c.properties()) != null && staticTable(c.properties()).startsWith("arn:"),
                (c, ours, cdk) -> {
                    String arn = staticTable(c.properties());
                    String name = arn.substring(arn.indexOf(":table/") + ":table/".length());
                    JsonNode params = ResourceLocators.parameters((ObjectNode) ours.get("state"));
                    JsonNode cdkParams = ResourceLocators.parameters((ObjectNode) cdk.get("state"));
                    if (params.isObject() && arn.equals(params.path("TableName").asText(null))
                            && name.equals(cdkParams.path("TableName").asText(null))) {
                        ((ObjectNode) params).put("TableName", name);
                    }
                    // our grant on the ARN given stands where the CDK grants the name in the stack's account and region
                    String permission = "Allow dynamodb:" + action.toLowerCase(Locale.ROOT) + " ";
                    String stackArn = CdkDifferential.CONTEXT.arn("dynamodb", "table/" + name);
                    if (CdkDifferential.permissions(cdk.get("statements")).contains(permission + stackArn)) {
                        for (JsonNode s : ours.get("statements")) {
                            if (Json.texts(s.get("Action")).contains("dynamodb:" + action)) {
                                replaceResource((ObjectNode) s, arn, stackArn);
                            }
                        }
                    }
                }));
        if (paths) {
            out.add(new AllowedDifference(typeId, "list-and-boolean-paths-keep-dollar",
                    "an L or BOOL attribute taken from a path is written \"L.$\"/\"BOOL.$\", as Step Functions requires of"
                            + " a value selected by a path; the CDK's listFromJsonPath/booleanFromJsonPath write \"L\"/\"BOOL\""
                            + " with the path as literal text, which Step Functions rejects (aws/aws-cdk#31448)",
                    "https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html#input-output-parameters",
                    c -> hasUnsuffixedPath(c.properties()),
                    (c, ours, cdk) -> unsuffix(ResourceLocators.parameters((ObjectNode) ours.get("state")),
                            ResourceLocators.parameters((ObjectNode) cdk.get("state")))));
        }
        return out;
    }

    private static void replaceResource(ObjectNode statement, String from, String to) {
        JsonNode r = statement.get("Resource");
        if (r != null && r.isTextual() && r.textValue().equals(from)) {
            statement.put("Resource", to);
        } else if (r != null && r.isArray()) {
            ArrayNode a = (ArrayNode) r;
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).asText().equals(from)) {
                    a.set(i, TextNode.valueOf(to));
                }
            }
        }
    }

    private static boolean hasUnsuffixedPath(JsonNode node) {
        if (node.isObject()) {
            for (String type : UNSUFFIXED_PATH_TYPES) {
                if (node.has(type + ".$")) {
                    return true;
                }
            }
        }
        for (JsonNode child : node) {
            if (hasUnsuffixedPath(child)) {
                return true;
            }
        }
        return false;
    }

    /** Where ours says {@code "L.$": p} and the CDK {@code "L": p} at the same place, ours is made to say the CDK's. */
    private static void unsuffix(JsonNode ours, JsonNode cdk) {
        if (ours.isObject() && cdk.isObject()) {
            ObjectNode o = (ObjectNode) ours;
            for (String type : UNSUFFIXED_PATH_TYPES) {
                JsonNode path = o.get(type + ".$");
                if (path != null && o.size() == 1 && path.equals(cdk.get(type)) && !cdk.has(type + ".$")) {
                    o.remove(type + ".$");
                    o.set(type, path);
                }
            }
            o.properties().forEach(e -> {
                if (cdk.has(e.getKey())) {
                    unsuffix(e.getValue(), cdk.get(e.getKey()));
                }
            });
        } else if (ours.isArray() && cdk.isArray() && ours.size() == cdk.size()) {
            for (int i = 0; i < ours.size(); i++) {
                unsuffix(ours.get(i), cdk.get(i));
            }
        }
    }

    // ---- realistic tables -------------------------------------------------------------------------------------

    /**
     * @param typeId the DynamoDB type id
     * @return tables by name, and by ARN in the stack's account and region and elsewhere (another region, account
     *         or partition), so that both sides of {@code table-arn-as-given} are exercised
     */
    static List<ProviderArbitraries> arbitraries(String typeId) {
        return List.of(ProviderArbitraries.properties(typeId, (name, context) -> {
            if (!name.equals("table")) {
                return Optional.empty();
            }
            Arbitrary<String> table = Arbitraries.strings()
                    .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
                    .ofMinLength(3).ofMaxLength(24);
            Arbitrary<String> prefix = Arbitraries.frequency(
                    Tuple.of(4, ""),
                    Tuple.of(2, "arn:aws:dynamodb:us-east-1:123456789012:table/"),
                    Tuple.of(1, "arn:aws:dynamodb:eu-west-1:123456789012:table/"),
                    Tuple.of(1, "arn:aws:dynamodb:us-east-1:210987654321:table/"),
                    Tuple.of(1, "arn:aws-cn:dynamodb:cn-north-1:222222222222:table/"));
            return Optional.of(Combinators.combine(prefix, table).as((p, t) -> TextNode.valueOf(p + t)));
        }));
    }
}
