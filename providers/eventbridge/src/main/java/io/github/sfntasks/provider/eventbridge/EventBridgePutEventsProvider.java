package io.github.sfntasks.provider.eventbridge;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.support.ShapeTaskProvider;

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
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1")
public final class EventBridgePutEventsProvider extends ShapeTaskProvider {

    /** For {@code ServiceLoader}. */
    public EventBridgePutEventsProvider() {
        super(EventBridgePutEvents.TYPE, EventBridgePutEvents.SHAPE, EventBridgePutEvents::builder);
    }
}
