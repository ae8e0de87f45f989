package io.github.sfntasks.conformance;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Scales the tries of the kit's properties with the system property {@value #PROPERTY}: the value is the tries of
 * a property whose annotation says 150; the others keep their ratio (50 becomes a third of it). Without the
 * system property the annotations stand.
 */
@io.github.sfntasks.api.ApiStatus(io.github.sfntasks.api.ApiStatus.Status.EXPERIMENTAL)
public final class KitTries implements AroundPropertyHook {

    /** The system property that sets the base number of tries. */
    public static final String PROPERTY = "sfn.conformance.tries";

    private static final int BASE = 150;

    /** For jqwik. */
    public KitTries() {
    }

    /** @return all properties of the kit class it is added to */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String value = System.getProperty(PROPERTY);
        if (value != null && !value.isBlank()) {
            int base = Integer.parseInt(value.trim());
            context.attributes().tries().ifPresent(t -> context.attributes().setTries(Math.max(1, t * base / BASE)));
        }
        return property.execute();
    }
}
