package io.github.sfntasks.provider.eventbridge;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.TaskRequest;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.PropertyReader;
import io.github.sfntasks.api.support.ServiceTaskProvider;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;

import java.util.ArrayList;
import java.util.List;

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
public final class EventBridgePutEventsProvider extends ServiceTaskProvider {

    private static JsonSchema entry() {
        return JsonSchema.object()
                .required("detail", JsonSchema.anyOf(JsonSchema.freeObject(),
                                JsonSchema.string().pattern(EventBridgePutEvents.JSON_OBJECT_TEXT_PATTERN))
                        .description("The event body: an object, a string holding a JSON object, or a path").dynamic())
                .required("detailType", JsonSchema.string().minLength(1).maxLength(EventBridgePutEvents.MAX_DETAIL_TYPE_LENGTH)
                        .description("The detail type, 1 to 128 characters").dynamic())
                .required("source", JsonSchema.string().minLength(1).maxLength(EventBridgePutEvents.MAX_SOURCE_LENGTH)
                        .pattern("^(?!aws\\.)")
                        .description("The event source, 1 to 256 characters, not starting with \"aws.\"").dynamic())
                .optional("eventBus", JsonSchema.string()
                        .pattern("^(arn:[^:]+:events:[^:]*:\\d{12}:event-bus/)?[/.\\-_A-Za-z0-9]{1,256}$")
                        .description("Event bus name or ARN; default: the account's default bus").dynamic());
    }

    private static JsonSchema schema() {
        return JsonSchema.object()
                .required("entries", JsonSchema.array(entry()).minItems(1).maxItems(EventBridgePutEvents.MAX_ENTRIES)
                        .description("The events to send, 1 to 10"));
    }

    /** For {@code ServiceLoader}. */
    public EventBridgePutEventsProvider() {
        super(EventBridgePutEvents.TYPE_ID, EventBridgePutEvents.PATTERNS, "Send events to Amazon EventBridge event buses",
                EventBridgePutEventsProvider::schema);
    }

    @Override
    protected EventBridgePutEvents.Builder read(TaskRequest request, PropertyReader p) {
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
        return b;
    }
}
