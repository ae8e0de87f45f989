package io.github.sfntasks.provider.eventbridge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.Task;
import io.github.sfntasks.api.TaskProvider;
import io.github.sfntasks.api.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code events:putEvents} provider: {@link EventBridgePutEvents} from a workflow file.
 *
 * <pre>{@code
 * "Provider": "events:putEvents",
 * "Properties": {
 *   "entries": [
 *     {"detail": {"Message": "Hello"}, "detailType": "Greeting", "source": "my.app", "eventBus": "MyEventBus1"}
 *   ]
 * }
 * }</pre>
 */
@ApiStatus(ApiStatus.Status.STABLE)
public final class EventBridgePutEventsProvider implements TaskProvider {

    private static final JsonSchema ENTRY = JsonSchema.object()
            .required("detail", JsonSchema.any()
                    .description("The event body: an object, a string holding a JSON object, or a path").dynamic())
            .required("detailType", JsonSchema.string().minLength(1).maxLength(EventBridgePutEvents.MAX_DETAIL_TYPE_LENGTH)
                    .description("The detail type, 1 to 128 characters").dynamic())
            .required("source", JsonSchema.string().minLength(1).maxLength(EventBridgePutEvents.MAX_SOURCE_LENGTH)
                    .pattern("^(?!aws\\.)")
                    .description("The event source, 1 to 256 characters, not starting with \"aws.\"").dynamic())
            .optional("eventBus", JsonSchema.string()
                    .pattern("^(arn:[^:]+:events:[^:]*:\\d{12}:event-bus/)?[/.\\-_A-Za-z0-9]{1,256}$")
                    .description("Event bus name or ARN; default: the account's default bus").dynamic());

    private static final ObjectNode SCHEMA = schema();

    private static ObjectNode schema() {
        ObjectNode doc = JsonSchema.object()
                .required("entries", JsonSchema.array(ENTRY).minItems(1).maxItems(EventBridgePutEvents.MAX_ENTRIES)
                        .description("The events to send, 1 to 10"))
                .toDocument(EventBridgePutEvents.TYPE_ID);
        // Detail is an object or a string holding one; JsonSchema has no union of types, so the static
        // alternative of "detail" is narrowed here.
        ObjectNode detail = (ObjectNode) doc.get("properties").get("entries").get("items").get("properties")
                .get("detail").get("anyOf").get(0);
        ArrayNode alternatives = JsonNodeFactory.instance.arrayNode();
        alternatives.addObject().put("type", "object");
        alternatives.addObject().put("type", "string").put("pattern", EventBridgePutEvents.JSON_OBJECT_TEXT_PATTERN);
        detail.set("anyOf", alternatives);
        return doc;
    }

    /** For {@code ServiceLoader}. */
    public EventBridgePutEventsProvider() {
    }

    @Override
    public String typeId() {
        return EventBridgePutEvents.TYPE_ID;
    }

    @Override
    public Set<IntegrationPattern> integrationPatterns() {
        return EventBridgePutEvents.PATTERNS;
    }

    @Override
    public ObjectNode propertiesSchema() {
        return SCHEMA.deepCopy();
    }

    @Override
    public String description() {
        return "Send events to Amazon EventBridge event buses";
    }

    @Override
    public Task create(TaskRequest request) {
        PropertyReader p = request.reader();
        EventBridgePutEvents.Builder b = EventBridgePutEvents.builder(request.stateName()).apply(request);
        List<PropertyReader> readers = p.nestedList("entries");
        if (readers != null) {
            List<EventBridgePutEventsEntry> entries = new ArrayList<>(readers.size());
            for (PropertyReader e : readers) {
                Value detail = e.value("detail");
                EventBridgePutEventsEntry entry = EventBridgePutEventsEntry.builder()
                        .detail(detail == null ? null : TaskInput.fromValue(detail))
                        .detailType(e.stringValue("detailType"))
                        .source(e.stringValue("source"))
                        .eventBus(e.stringValue("eventBus"))
                        .build();
                // Unknown members first: a typo ("detial") reads better than "detail is required".
                e.finish();
                entries.add(entry);
            }
            b.entries(entries);
        }
        p.finish();
        return b.build();
    }
}
