package io.github.sfntasks.provider.eventbridge;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.iam.Arn;
import io.github.sfntasks.api.iam.PolicyStatement;
import io.github.sfntasks.api.support.ServiceTask;
import io.github.sfntasks.api.support.TaskBuilder;
import io.github.sfntasks.api.value.ArrayValue;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.ArrayList;
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
 * <p>Differences from the CDK: none in the rendered state or the grants for the same properties. We also check
 * that there are at most 10 entries, that a static {@code detail} is a JSON object, and the lengths of
 * {@code detailType} and {@code source}, which the CDK leaves to the service at run time; and we accept a
 * dynamic bus.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-eventbridge.html">Add EventBridge events with Step Functions</a>
 * @see <a href="https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html">PutEvents</a>
 */
@ApiStatus(ApiStatus.Status.STABLE)
public final class EventBridgePutEvents extends ServiceTask {

    /** The provider type id. */
    public static final String TYPE_ID = "events:putEvents";

    /** The patterns Step Functions supports for EventBridge. */
    public static final Set<IntegrationPattern> PATTERNS =
            EnumSet.of(IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.WAIT_FOR_TASK_TOKEN);

    /** The most entries one PutEvents call takes. */
    public static final int MAX_ENTRIES = 10;

    /** The longest {@code DetailType} EventBridge accepts. */
    public static final int MAX_DETAIL_TYPE_LENGTH = 128;

    /** The longest {@code Source} EventBridge accepts. */
    public static final int MAX_SOURCE_LENGTH = 256;

    /** An event bus name, as CreateEventBus and PutEvents accept it (partner buses contain {@code /}). */
    static final Pattern BUS_NAME = Pattern.compile("[/.\\-_A-Za-z0-9]{1,256}");

    /**
     * A string that holds a JSON object, as far as its shape shows ({@code {...}}); the service parses it. The
     * provider's JSON Schema uses the same pattern.
     */
    static final String JSON_OBJECT_TEXT_PATTERN = "^\\s*\\{[\\s\\S]*\\}\\s*$";

    private static final Pattern JSON_OBJECT_TEXT = Pattern.compile(JSON_OBJECT_TEXT_PATTERN);

    private final List<EventBridgePutEventsEntry> entries;

    private EventBridgePutEvents(Builder b) {
        super(b, TYPE_ID, PATTERNS);
        if (b.entries == null) {
            throw invalid(ErrorCode.MISSING_PROPERTY, "entries", "is required: give 1 to " + MAX_ENTRIES + " entries");
        }
        if (b.entries.isEmpty() || b.entries.size() > MAX_ENTRIES) {
            throw invalid(ErrorCode.OUT_OF_RANGE, "entries",
                    "must hold 1 to " + MAX_ENTRIES + " entries (the PutEvents limit), had " + b.entries.size());
        }
        List<EventBridgePutEventsEntry> checked = new ArrayList<>(b.entries.size());
        ArrayValue.Builder details = ArrayValue.builder();
        for (int i = 0; i < b.entries.size(); i++) {
            EventBridgePutEventsEntry entry = b.entries.get(i);
            String at = "entries[" + i + "]";
            if (entry == null) {
                throw invalid(ErrorCode.MISSING_PROPERTY, at, "is null; give an entry with detail, detailType and source");
            }
            checkEntry(entry, at);
            details.add(entry.detail().value());
            checked.add(entry);
        }
        this.entries = List.copyOf(checked);
        requireTaskTokenIfCallback(details.build(), "entries");
    }

    private void checkEntry(EventBridgePutEventsEntry entry, String at) {
        if (entry.detail() == null || Values.isAbsent(entry.detail().value())) {
            throw invalid(ErrorCode.MISSING_PROPERTY, at + ".detail", "is required: the event body");
        }
        Value detail = entry.detail().value();
        if (detail instanceof Literal l && !l.node().isObject()
                && !(l.isText() && JSON_OBJECT_TEXT.matcher(l.text()).matches())) {
            throw invalid(ErrorCode.INVALID_PROPERTY, at + ".detail",
                    "must be a JSON object (EventBridge takes an object as Detail), a string holding one, or a path;"
                            + " was " + l);
        }
        if (detail instanceof ArrayValue) {
            throw invalid(ErrorCode.INVALID_PROPERTY, at + ".detail",
                    "must be a JSON object (EventBridge takes an object as Detail), not an array");
        }
        check(detail, at + ".detail");
        checkText(require(Values.present(entry.detailType()), at + ".detailType"), at + ".detailType", 1, MAX_DETAIL_TYPE_LENGTH);
        Value source = require(Values.present(entry.source()), at + ".source");
        checkText(source, at + ".source", 1, MAX_SOURCE_LENGTH);
        if (source instanceof Literal l && l.text().startsWith("aws.")) {
            throw invalid(ErrorCode.INVALID_PROPERTY, at + ".source",
                    "cannot start with \"aws.\" (reserved for events of AWS services), was \"" + l.text() + "\"");
        }
        Value bus = Values.present(entry.eventBus());
        if (bus instanceof Literal l) {
            if (!l.isText() || busName(l.text()) == null) {
                throw invalid(ErrorCode.INVALID_PROPERTY, at + ".eventBus",
                        "must be an event bus name (letters, digits, . - _ /, at most 256) or an event bus ARN"
                                + " (arn:<partition>:events:<region>:<account>:event-bus/<name>), was " + l);
            }
        } else {
            check(bus, at + ".eventBus");
        }
    }



    /**
     * @param bus a bus name or ARN
     * @return the bus name, or {@code null} when {@code bus} is neither a valid name nor an event bus ARN
     */
    static String busName(String bus) {
        Arn arn = Arn.parse(bus);
        if (arn == null) {
            return BUS_NAME.matcher(bus).matches() ? bus : null;
        }
        String prefix = "event-bus/";
        if (!arn.service().equals("events") || !arn.resource().startsWith(prefix)) {
            return null;
        }
        String name = arn.resource().substring(prefix.length());
        return BUS_NAME.matcher(name).matches() ? name : null;
    }

    /**
     * @param stateName the state's name
     * @return a builder
     */
    public static Builder builder(String stateName) {
        return new Builder(stateName);
    }

    /** @return the entries, in order (unmodifiable) */
    public List<EventBridgePutEventsEntry> entries() {
        return entries;
    }

    @Override
    protected String resource(RenderContext context) {
        return context.integrationArn(TYPE_ID, integrationPattern());
    }

    @Override
    protected Value parameters(RenderContext context) {
        ArrayValue.Builder rendered = ArrayValue.builder();
        for (EventBridgePutEventsEntry entry : entries) {
            Value bus = Values.present(entry.eventBus());
            rendered.add(ObjectValue.builder()
                    .put("Detail", entry.detail().value())
                    .put("DetailType", entry.detailType())
                    .putIfNotNull("EventBusName", bus instanceof Literal l ? Literal.of(busArn(l.text(), context)) : bus)
                    .put("Source", entry.source())
                    .build());
        }
        return ObjectValue.builder().put("Entries", rendered.build()).build();
    }

    @Override
    protected List<PolicyStatement> grants(RenderContext context) {
        LinkedHashSet<String> buses = new LinkedHashSet<>();
        for (EventBridgePutEventsEntry entry : entries) {
            Value bus = Values.present(entry.eventBus());
            if (bus == null) {
                buses.add(context.arn("events", "event-bus/default"));
            } else if (bus instanceof Literal l) {
                buses.add(busArn(l.text(), context));
            } else {
                buses.add(context.arn("events", "event-bus/*"));
            }
        }
        return List.of(PolicyStatement.allow(List.of("events:PutEvents"), List.copyOf(buses)));
    }

    /** The ARN of a bus given by name (in the context's partition, region and account) or by ARN. */
    static String busArn(String bus, RenderContext context) {
        return arnOf(bus, context, "events", "event-bus/");
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder(stateName()).copyCommon(this);
        b.entries = new ArrayList<>(entries);
        return b;
    }

    /** Builds an {@link EventBridgePutEvents}. */
    public static final class Builder extends TaskBuilder<Builder, EventBridgePutEvents> {
        private List<EventBridgePutEventsEntry> entries;

        private Builder(String stateName) {
            super(stateName);
        }

        /**
         * @param entries the entries (1 to 10), replacing any added before; {@code null} clears them
         * @return this builder
         */
        public Builder entries(List<EventBridgePutEventsEntry> entries) {
            this.entries = entries == null ? null : new ArrayList<>(entries);
            return this;
        }

        /** @param entry an entry, appended @return this builder */
        public Builder addEntry(EventBridgePutEventsEntry entry) {
            if (entries == null) {
                entries = new ArrayList<>();
            }
            entries.add(entry);
            return this;
        }

        @Override
        protected EventBridgePutEvents newTask() {
            return new EventBridgePutEvents(this);
        }
    }
}
