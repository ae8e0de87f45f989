package io.github.sfntasks.provider.eventbridge;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.iam.Grants;
import io.github.sfntasks.api.iam.ResourceArn;
import io.github.sfntasks.api.support.Field;
import io.github.sfntasks.api.support.JsonSchema;
import io.github.sfntasks.api.support.Shape;
import io.github.sfntasks.api.support.ShapeTask;
import io.github.sfntasks.api.support.ShapeTaskBuilder;
import io.github.sfntasks.api.support.ShapeValue;
import io.github.sfntasks.api.support.TaskType;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.TaskInput;
import io.github.sfntasks.api.value.Value;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sends events to EventBridge event buses ({@code arn:<partition>:states:::events:putEvents}), as the AWS CDK's
 * {@code EventBridgePutEvents}.
 *
 * <pre>{@code
 * EventBridgePutEvents.builder("Send an event to EventBridge")
 *     .addEntry(EventBridgePutEventsEntry.builder()
 *         .detail(TaskInput.fromObject(Map.of("Message", "Hello from Step Functions!")))
 *         .eventBus("MyEventBus1")
 *         .detailType("MessageFromStepFunctions")
 *         .source("step.functions")
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Properties (workflow-file names; each entry is an object of the four entry properties):
 * <ul>
 *   <li>{@code entries} &mdash; 1 to 10 {@link EventBridgePutEventsEntry entries} (the PutEvents limit), rendered
 *       as {@code Entries} with {@code Detail}, {@code DetailType}, {@code EventBusName} and {@code Source}.</li>
 *   <li>{@code entries[i].detail} &mdash; the event body: an object (members may be paths), a string holding a
 *       JSON object ({@code "{...}"}), a path or a JSONata expression. Required. EventBridge takes only an object
 *       as {@code Detail}, so numbers, arrays and other strings are refused.</li>
 *   <li>{@code entries[i].detailType} &mdash; 1 to 128 characters, or a dynamic value. Required.</li>
 *   <li>{@code entries[i].source} &mdash; 1 to 256 characters, not starting with {@code aws.} (reserved for AWS
 *       services, and refused by the CDK), or a dynamic value. Required.</li>
 *   <li>{@code entries[i].eventBus} &mdash; where the CDK takes an {@code IEventBus}, we take the bus name or ARN;
 *       a name is rendered as the ARN in the state machine's partition, region and account (the CDK renders the
 *       bus ARN too). A dynamic value is passed through as {@code EventBusName}. Absent: the account's default
 *       bus ({@code EventBusName} is then not rendered).</li>
 * </ul>
 *
 * <p>Patterns: REQUEST_RESPONSE and WAIT_FOR_TASK_TOKEN; with the latter, the task token must be in the
 * {@code detail} of at least one entry (as the CDK checks).
 *
 * <p>IAM: {@code events:PutEvents} on each distinct bus ARN; an entry without a bus grants
 * {@code arn:<partition>:events:<region>:<account>:event-bus/default}, as the CDK does. A bus chosen at run time
 * grants {@code arn:<partition>:events:<region>:<account>:event-bus/*}, the narrowest pattern that covers it
 * (a bus in another account or region must then be given statically).
 *
 * <p>A bus given as a placeholder ({@code ${OrdersBus}}, a CDK token, {@code orders-${Stage}}) is a name, rendered
 * and granted as the ARN around it ({@code arn:<partition>:events:<region>:<account>:event-bus/${OrdersBus}}), as
 * the CDK does with an {@code IEventBus}'s name token; {@code ${OrdersBus.Arn}} or an ARN holding placeholders is
 * taken as the ARN. A bus chosen at run time is reported as a widened grant ({@code SFN-W001}).
 *
 * <p>Written on the one-declaration shape: each property is one {@link Field} below, from which come the checks,
 * the workflow-file reader, the JSON Schema and the rendered {@code Parameters}.
 *
 * <p>Differences from the CDK: none in the rendered state or the grants for the same properties. We also check
 * that there are at most 10 entries, that a static {@code detail} is a JSON object, and the lengths of
 * {@code detailType} and {@code source}, which the CDK leaves to the service at run time; and we accept a
 * dynamic bus.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-eventbridge.html">Add EventBridge events with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html">PutEvents</a>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class EventBridgePutEvents extends ShapeTask {

    /** The provider type id. */
    public static final String TYPE_ID = "events:putEvents";

    /** The patterns Step Functions supports for EventBridge. */
    public static final Set<IntegrationPattern> PATTERNS =
            EnumSet.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN);

    /** The type: id, patterns, REQUEST_RESPONSE by default. */
    public static final TaskType TYPE = TaskType.of(TYPE_ID, "Send events to Amazon EventBridge event buses", PATTERNS);

    /** The most entries PutEvents takes in one call. */
    public static final int MAX_ENTRIES = 10;

    /** The longest detail type EventBridge accepts. */
    public static final int MAX_DETAIL_TYPE_LENGTH = 128;

    /** The longest source EventBridge accepts. */
    public static final int MAX_SOURCE_LENGTH = 256;

    /** An event bus, in IAM: {@code arn:<partition>:events:<region>:<account>:event-bus/<name>}. */
    static final ResourceArn BUS = ResourceArn.of("events", "event-bus/");

    /** What a static {@code detail} string must look like: a JSON object. */
    static final String JSON_OBJECT_TEXT_PATTERN = "^\\s*\\{[\\s\\S]*\\}\\s*$";

    private static final Pattern JSON_OBJECT_TEXT = Pattern.compile(JSON_OBJECT_TEXT_PATTERN);

    static final Field DETAIL = Field.json("detail", "Detail").required()
            .schema(() -> JsonSchema.anyOf(JsonSchema.freeObject(), JsonSchema.string().pattern(JSON_OBJECT_TEXT_PATTERN)))
            .doc("The event body: an object, a string holding a JSON object, or a path");
    static final Field DETAIL_TYPE = Field.string("detailType", "DetailType").required().range(1, MAX_DETAIL_TYPE_LENGTH)
            .doc("The detail type, 1 to 128 characters");
    static final Field EVENT_BUS = Field.string("eventBus", "EventBusName").resource(BUS)
            .pattern("(?:arn:[^:]+:events:[^:]*:\\d{12}:event-bus/)?[/.\\-_A-Za-z0-9]{1,256}",
                    "an event bus name (letters, digits, . - _ /, at most 256) or an event bus ARN"
                            + " (arn:<partition>:events:<region>:<account>:event-bus/<name>)")
            .renderedWith((bus, context) -> bus instanceof Literal l ? Literal.of(BUS.arn(l.text(), context)) : bus)
            .doc("Event bus name or ARN; default: the account's default bus");
    static final Field SOURCE = Field.string("source", "Source").required().range(1, MAX_SOURCE_LENGTH)
            .pattern("(?!aws\\.)[\\s\\S]*", "not starting with \"aws.\" (reserved for events of AWS services)")
            .doc("The event source, 1 to 256 characters, not starting with \"aws.\"");
    static final Shape ENTRY = Shape.of("PutEventsRequestEntry", DETAIL, DETAIL_TYPE, EVENT_BUS, SOURCE)
            .check((entry, problems) -> {
                Value detail = entry.value(DETAIL);
                if (detail instanceof ArrayValue || detail instanceof Literal l && !l.node().isObject()
                        && !(l.isText() && JSON_OBJECT_TEXT.matcher(l.text()).matches())) {
                    problems.add(ErrorCode.INVALID_PROPERTY, "detail", "must be a JSON object (EventBridge takes an object"
                            + " as Detail), a string holding one, or a path; was " + detail);
                }
            });
    static final Field ENTRIES = Field.list("entries", "Entries", ENTRY).required().staticOnly().range(1, MAX_ENTRIES)
            .doc("The events to send, 1 to 10");
    /** The properties, declared once. */
    static final Shape SHAPE = Shape.of("PutEvents", ENTRIES);

    private EventBridgePutEvents(Builder b) {
        super(b, TYPE, SHAPE);
        ArrayValue.Builder details = ArrayValue.builder();
        values().items(ENTRIES).forEach(e -> details.add(e.value(DETAIL)));
        requireTaskTokenIfCallback(details.build(), "entries");
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the entries, in order */
    public List<EventBridgePutEventsEntry> entries() {
        return values().items(ENTRIES).stream().map(e -> new EventBridgePutEventsEntry(TaskInput.fromValue(e.value(DETAIL)),
                e.value(DETAIL_TYPE), e.value(SOURCE), e.value(EVENT_BUS))).toList();
    }

    @Override
    protected void grants(Grants g) {
        LinkedHashSet<String> buses = new LinkedHashSet<>();
        List<ShapeValue> entries = values().items(ENTRIES);
        for (int i = 0; i < entries.size(); i++) {
            Value bus = entries.get(i).value(EVENT_BUS);
            buses.add(bus == null ? g.resource("default", BUS) : g.resource("entries[" + i + "].eventBus", bus, BUS));
        }
        g.allow(List.of("events:PutEvents"), List.copyOf(buses));
    }

    @Override
    public Builder toBuilder() {
        return new Builder(stateName()).copyCommon(this).copyValues(this);
    }

    /** Builds an {@link EventBridgePutEvents}; {@link #build()} checks it. */
    @ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
    public static final class Builder extends ShapeTaskBuilder<Builder, EventBridgePutEvents> {

        private int nullEntry = -1;
        private int added;

        private Builder(String stateName) {
            super(stateName, SHAPE);
        }

        /** @param entries 1 to 10 entries, replacing those added @return this builder */
        public Builder entries(List<EventBridgePutEventsEntry> entries) {
            set(ENTRIES, null);
            added = 0;
            nullEntry = -1;
            if (entries != null) {
                entries.forEach(this::addEntry);
                if (entries.isEmpty()) {
                    set(ENTRIES, List.of());
                }
            }
            return this;
        }

        /** @param entry an entry, appended @return this builder */
        public Builder addEntry(EventBridgePutEventsEntry entry) {
            if (entry == null) {
                nullEntry = nullEntry < 0 ? added : nullEntry;
                added++;
                return this;
            }
            added++;
            return add(ENTRIES, (Object) ShapeValue.builder(ENTRY).set(DETAIL, entry.detail() == null ? null : entry.detail().value())
                    .set(DETAIL_TYPE, entry.detailType()).set(SOURCE, entry.source()).set(EVENT_BUS, entry.eventBus()));
        }

        @Override
        protected EventBridgePutEvents newTask() {
            if (nullEntry >= 0) {
                throw new TaskValidationException(ErrorCode.MISSING_PROPERTY, null, "entries[" + nullEntry + "]",
                        "is null; give an entry with detail, detailType and source");
            }
            return new EventBridgePutEvents(this);
        }
    }
}
