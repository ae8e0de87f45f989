package io.github.sfntasks.provider.sns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.value.TaskInput;

import java.io.UncheckedIOException;
import java.util.Set;

/** The {@code sns:publish} provider: {@link SnsPublish} from a workflow file. */
@ApiStatus(ApiStatus.Status.STABLE)
public final class SnsPublishProvider implements TaskProvider {

    private static final ObjectNode SCHEMA = schema();

    /** For {@code ServiceLoader}. */
    public SnsPublishProvider() {
    }

    @Override
    public String typeId() {
        return SnsPublish.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return SnsPublish.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Publish a message to an Amazon SNS topic";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        SnsPublish.Builder b = SnsPublish.builder(request.stateName()).apply(request)
                .topic(p.requiredValue("topic"))
                .message(TaskInput.fromValue(p.requiredValue("message")))
                .subject(p.stringValue("subject"))
                .messageAttributes(MessageAttributes.read(p, request.properties()))
                .messageGroupId(p.stringValue("messageGroupId"))
                .messageDeduplicationId(p.stringValue("messageDeduplicationId"))
                .masterKey(p.string("masterKey"));
        Boolean perType = p.bool("messagePerSubscriptionType");
        if (perType != null) {
            b.messagePerSubscriptionType(perType);
        }
        p.finish();
        return b.build();
    }

    private static ObjectNode schema() {
        ObjectNode doc = JsonSchema.object()
                .required("topic", JsonSchema.string().pattern(SnsPublish.TOPIC_REGEX)
                        .description("Topic ARN, or a topic name in the render context's region and account").dynamic())
                .required("message", JsonSchema.any()
                        .description("Text or a JSON object; with messagePerSubscriptionType an object with a string \"default\"")
                        .dynamic())
                .optional("subject", JsonSchema.string().pattern(SnsPublish.SUBJECT_REGEX)
                        .description("E-mail subject: 1 to 100 printable ASCII characters").dynamic())
                .optional("messageAttributes", JsonSchema.freeObject()
                        .description("Attribute name to {\"value\": ..., \"dataType\": ...}"))
                .optional("messagePerSubscriptionType", JsonSchema.bool()
                        .description("Send MessageStructure \"json\": a different message per protocol"))
                .optional("messageGroupId", JsonSchema.string().pattern(SnsPublish.FIFO_ID_REGEX)
                        .description("Message group id; required for FIFO topics").dynamic())
                .optional("messageDeduplicationId", JsonSchema.string().pattern(SnsPublish.FIFO_ID_REGEX)
                        .description("Message deduplication id; FIFO topics only").dynamic())
                .optional("masterKey", JsonSchema.string().pattern(ResourcePatterns.KEY)
                        .description("KMS key ARN or key id of an encrypted topic, for its grant"))
                .toDocument(SnsPublish.TYPE_ID);
        // JsonSchema has no map-of-schemas form yet: the attribute map is written as plain JSON Schema.
        ((ObjectNode) doc.get("properties")).set("messageAttributes", attributesSchema());
        ObjectNode message = (ObjectNode) doc.get("properties").get("message").get("anyOf").get(0);
        message.removeAll();
        message.putArray("anyOf").add(parse("{\"type\": \"string\", \"minLength\": 1}")).add(parse("{\"type\": \"object\"}"));
        return doc;
    }

    private static ObjectNode attributesSchema() {
        return parse("""
                {
                  "type": "object",
                  "description": "Message attributes: name to {\\"value\\": ..., \\"dataType\\": ...}",
                  "propertyNames": {"pattern": "%s"},
                  "additionalProperties": {
                    "type": "object",
                    "properties": {
                      "value": {
                        "anyOf": [
                          {"type": "string", "minLength": 1},
                          {"type": "number"},
                          {"type": "boolean"},
                          {"type": "array", "items": {"type": ["string", "number", "boolean", "null"]}},
                          {"type": "string", "pattern": "%s", "description": "a JSONata expression (JSONata states)"}
                        ]
                      },
                      "value.$": {"type": "string", "description": "a JSONPath or intrinsic function giving the value (JSONPath states)"},
                      "dataType": {"enum": ["String", "String.Array", "Number", "Binary"]}
                    },
                    "additionalProperties": false,
                    "oneOf": [{"required": ["value"]}, {"required": ["value.$"]}],
                    "allOf": [
                      {"if": {"required": ["dataType", "value"], "properties": {"dataType": {"const": "Binary"}}},
                       "then": {"properties": {"value": {"type": "string", "pattern": "%s"}}}},
                      {"if": {"required": ["dataType", "value"], "properties": {"dataType": {"const": "Number"}}},
                       "then": {"properties": {"value": {"anyOf": [{"type": "number"}, {"type": "string", "pattern": "%s"}]}}}},
                      {"if": {"required": ["dataType", "value"], "properties": {"dataType": {"const": "String.Array"}}},
                       "then": {"properties": {"value": {"anyOf": [{"type": "array"}, {"type": "string", "pattern": "^\\\\[[\\\\s\\\\S]*\\\\]$"}]}}}},
                      {"if": {"required": ["dataType", "value"], "properties": {"dataType": {"const": "String"}}},
                       "then": {"properties": {"value": {"type": ["string", "number", "boolean"]}}}}
                    ]
                  }
                }
                """.formatted(escape(MessageAttributes.NAME_REGEX), escape(JsonSchema.JSONATA_PATTERN),
                escape(MessageAttributes.BASE64_REGEX), escape(MessageAttributes.NUMBER_REGEX)));
    }

    private static String escape(String regex) {
        return regex.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
