package io.github.sfntasks.conformance.cdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.value.JsonataExpression;
import io.github.sfntasks.conformance.cdk.CdkInputs;
import io.github.sfntasks.conformance.cdk.CdkOptions;
import io.github.sfntasks.conformance.generation.TaskCase;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IntegrationPattern;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.tasks.EventBridgePutEvents;
import software.amazon.awscdk.services.stepfunctions.tasks.EventBridgePutEventsEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code events:putEvents} as the CDK's {@code EventBridgePutEvents}: each entry's bus imported by name
 * ({@code EventBus.fromEventBusName}) or ARN ({@code EventBus.fromEventBusArn}); no bus, the default bus.
 * No documented differences: the provider says it renders and grants as the CDK does.
 */
public final class EventBridgePutEventsCdkFactory extends CdkFactoryBase {

    private static final String TYPE_ID = "events:putEvents";

    /** For ServiceLoader. */
    public EventBridgePutEventsCdkFactory() {
        super(TYPE_ID);
    }


    @Override
    public IChainable create(Stack stack, String stateName, TaskCase c) {
        List<EventBridgePutEventsEntry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode e : c.properties().get("entries")) {
            ObjectNode entry = (ObjectNode) e;
            EventBridgePutEventsEntry.Builder eb = new EventBridgePutEventsEntry.Builder()
                    .detail(CdkInputs.taskInput(entry, "detail"))
                    .detailType(text(entry, "detailType"))
                    .source(text(entry, "source"));
            IEventBus bus = bus(stack, entry, i++);
            if (bus != null) {
                eb.eventBus(bus);
            }
            entries.add(eb.build());
        }
        EventBridgePutEvents.Builder b = EventBridgePutEvents.Builder.create(stack, stateName).entries(entries);
        if (c.integrationPattern() != null) {
            b.integrationPattern(IntegrationPattern.valueOf(c.integrationPattern().name()));
        }
        CdkOptions.apply(b, stack, c);
        return CdkOptions.after(b.build(), stack, c);
    }

    private static IEventBus bus(Stack stack, ObjectNode entry, int index) {
        JsonNode bus = entry.get("eventBus");
        if (entry.has("eventBus.$") || bus != null && bus.isTextual() && JsonataExpression.isExpression(bus.textValue())) {
            throw new NotExpressible("an event bus chosen at run time (the CDK takes an IEventBus)");
        }
        if (bus == null || bus.isNull()) {
            return null;
        }
        String id = "ImportedEventBus" + index;
        return bus.textValue().startsWith("arn:") ? EventBus.fromEventBusArn(stack, id, bus.textValue())
                : EventBus.fromEventBusName(stack, id, bus.textValue());
    }

    /** @return a string member, {@code "name.$"} as {@code JsonPath.stringAt} */
    private static String text(ObjectNode entry, String name) {
        JsonNode path = entry.get(name + ".$");
        return path != null ? JsonPath.stringAt(path.textValue()) : entry.path(name).textValue();
    }
}
