package io.github.sfntasks.provider.dynamodb;

import io.github.sfntasks.api.support.JsonSchema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schema parts the four DynamoDB providers share. Attribute values are recursive (a map holds attribute
 * values), so {@link #request} defines them once under {@code $defs} and the properties refer to them with
 * {@code $ref}.
 */
final class DynamoSchema {

    private static final String NUMBER = "^" + DynamoAttributeValue.NUMBER.pattern() + "$";
    private static final String BASE64 = "^" + DynamoAttributeValue.BASE64.pattern() + "$";
    private static final List<String> TYPES = List.of("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL");
    private static final List<String> KEY_TYPES = List.of("S", "N", "B");
    /**
     * Attribute names in DynamoDB JSON: not empty, and not ending in {@code .$} (the type key takes that). As one
     * pattern ({@code propertyNames} takes a pattern): at the start, no {@code .$} at the end ahead, and a character.
     */
    private static final String ATTRIBUTE_NAME = "^(?![\\s\\S]*\\.\\$$)[\\s\\S]";
    /** Expression attribute names: {@code #name}, also as {@code #name.$}. */
    private static final String NAME_PLACEHOLDER = "^#[A-Za-z0-9_]+(\\.\\$)?$";
    /**
     * Expression attribute values: {@code :value} of at most {@link DynamoRules#MAX_PLACEHOLDER_BYTES} characters (they
     * are ASCII). The length is a lookahead, not a count in the class, so that the pattern also refuses a longer name
     * where a regex engine lets {@code $} match before a final line break.
     */
    private static final String VALUE_PLACEHOLDER =
            "^(?![\\s\\S]{" + (DynamoRules.MAX_PLACEHOLDER_BYTES + 1) + "}):[A-Za-z0-9_]+$";

    private DynamoSchema() {
    }

    /**
     * @param target whether the request names its item by key or gives it whole
     * @return an object schema with {@code table} and {@code key} or {@code item}, and the {@code $defs} they use
     */
    static JsonSchema request(DynamoItemTask.Target target) {
        return JsonSchema.object()
                .define("attributeValue", attributeValue(false))
                .define("keyAttributeValue", attributeValue(true))
                .define("attributeMap", JsonSchema.mapOf(JsonSchema.ref("attributeValue")).propertyNames(ATTRIBUTE_NAME))
                .define("key", JsonSchema.mapOf(JsonSchema.ref("keyAttributeValue")).minProperties(1).maxProperties(2)
                        .propertyNames(ATTRIBUTE_NAME))
                .define("item", JsonSchema.mapOf(JsonSchema.ref("attributeValue")).minProperties(1).propertyNames(ATTRIBUTE_NAME))
                .define("expressionAttributeValues", JsonSchema.mapOf(JsonSchema.ref("attributeValue")).minProperties(1)
                        .propertyNames(VALUE_PLACEHOLDER))
                .required("table", JsonSchema.resource(JsonSchema.string().maxLength(DynamoRules.MAX_TABLE_ARN)
                        .pattern("^(" + DynamoRules.TABLE_NAME + "|" + DynamoRules.TABLE_ARN + ")$"), DynamoRules.TABLE)
                        .description("Table name (3-255 characters of a-z A-Z 0-9 _ . -) or table ARN").dynamic())
                .required(target.property, attributes(target.property, target == DynamoItemTask.Target.KEY
                        ? "Primary key: 1 or 2 attributes in DynamoDB JSON ({\"id\": {\"S\": \"x\"}})"
                        : "The item's attributes in DynamoDB JSON ({\"id\": {\"S\": \"x\"}})"));
    }

    /**
     * {@link #request}, then the properties PutItem, DeleteItem and UpdateItem share.
     *
     * @param condition what the condition expression guards
     * @param returnValues the {@code ReturnValues} the action accepts
     * @return the object schema
     */
    static JsonSchema write(DynamoItemTask.Target target, String condition, Set<DynamoReturnValues> returnValues) {
        return request(target)
                .optional("conditionExpression", expression(condition))
                .optional("expressionAttributeNames", names())
                .optional("expressionAttributeValues", attributes("expressionAttributeValues",
                        "Placeholders (:value) for values in the expressions"))
                .optional("returnConsumedCapacity", choice(List.of(DynamoConsumedCapacity.values())))
                .optional("returnItemCollectionMetrics", choice(List.of(DynamoItemCollectionMetrics.values())))
                .optional("returnValues", choice(returnValues))
                .optional("returnValuesOnConditionCheckFailure", choice(DynamoWriteTask.NONE_OR_ALL_OLD)
                        .description(list(DynamoWriteTask.NONE_OR_ALL_OLD) + ": the item returned when the condition fails"));
    }

    /** @param description what the expression does @return an expression property */
    static JsonSchema expression(String description) {
        return JsonSchema.string().minLength(1).maxLength(DynamoRules.MAX_EXPRESSION_BYTES).pattern("\\S")
                .description(description).dynamic();
    }

    /** @return the {@code expressionAttributeNames} property */
    static JsonSchema names() {
        return JsonSchema.mapOf(JsonSchema.string().minLength(1)).minProperties(1).propertyNames(NAME_PLACEHOLDER)
                .description("Placeholders (#name) for attribute names in the expressions");
    }

    /** @param values the constants allowed @return an enum property described as {@code "A, B or C"} */
    static JsonSchema choice(Collection<? extends Enum<?>> values) {
        return JsonSchema.enumOf(values.toArray(new Enum<?>[0])).description(list(values));
    }

    private static String list(Collection<? extends Enum<?>> values) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Enum<?> v : values) {
            sb.append(i == 0 ? "" : i == values.size() - 1 ? " or " : ", ").append(v.name());
            i++;
        }
        return sb.toString();
    }

    /** An attribute map property: DynamoDB JSON as {@code $defs/<def>} says, or the whole map at run time. */
    private static JsonSchema attributes(String def, String description) {
        return JsonSchema.ref(def).description(description).dynamic();
    }

    private static JsonSchema attributeValue(boolean key) {
        List<JsonSchema> alternatives = new ArrayList<>();
        for (String type : key ? KEY_TYPES : TYPES) {
            alternatives.add(JsonSchema.object().required(type, data(type, key)));
            if (!type.equals("NULL")) {
                alternatives.add(JsonSchema.object().required(type + ".$", JsonSchema.string()
                        .description("a JSONPath or intrinsic function giving the data (JSONPath states)")));
            }
        }
        return JsonSchema.oneOf(alternatives.toArray(new JsonSchema[0]))
                .description(key ? "A key attribute value in DynamoDB JSON: {\"S\": ...}, {\"N\": \"...\"} or {\"B\": ...}"
                        : "An attribute value in DynamoDB JSON, such as {\"S\": \"text\"}, {\"N\": \"10\"} or {\"S.$\": \"$.path\"}");
    }

    private static JsonSchema data(String type, boolean key) {
        return switch (type) {
            case "S" -> key ? JsonSchema.string().minLength(1) : JsonSchema.string();
            case "N" -> orJsonata(JsonSchema.string().pattern(NUMBER));
            case "B" -> orJsonata(key ? JsonSchema.string().minLength(1).pattern(BASE64) : JsonSchema.string().pattern(BASE64));
            case "SS" -> orJsonata(set(JsonSchema.string()));
            case "NS" -> orJsonata(set(JsonSchema.string().pattern(NUMBER)));
            case "BS" -> orJsonata(set(JsonSchema.string().pattern(BASE64)));
            case "M" -> orJsonata(JsonSchema.ref("attributeMap"));
            case "L" -> orJsonata(JsonSchema.array(JsonSchema.ref("attributeValue")));
            case "NULL" -> JsonSchema.constant(true);
            default -> orJsonata(JsonSchema.bool());
        };
    }

    /** A DynamoDB set: at least one item, no duplicates. */
    private static JsonSchema set(JsonSchema item) {
        return JsonSchema.array(item).minItems(1).uniqueItems();
    }

    private static JsonSchema orJsonata(JsonSchema schema) {
        return JsonSchema.anyOf(schema, JsonSchema.string().pattern(JsonSchema.JSONATA_PATTERN)
                .description("a JSONata expression (JSONata states)"));
    }
}
