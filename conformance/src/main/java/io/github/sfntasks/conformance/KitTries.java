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
 *
 * <p>It also fixes jqwik's random seed when the system property {@value #SEED_PROPERTY} is set (a number, as jqwik
 * prints it after {@code seed =}): every property then generates the same requests on every run, so a build passes
 * or fails alike on every machine. Without it (or with a blank value) each run picks a new seed, as jqwik does by
 * default. The sfn-tasks build sets a fixed seed; its {@code random-seeds} profile runs random ones at scale.
 */
@io.github.sfntasks.api.ApiStatus(io.github.sfntasks.api.ApiStatus.Status.EXPERIMENTAL)
public final class KitTries implements AroundPropertyHook {

    /** The system property that sets the base number of tries. */
    public static final String PROPERTY = "sfn.conformance.tries";

    /** The system property that fixes the random seed of every kit property (blank or absent: a new one per run). */
    public static final String SEED_PROPERTY = "sfn.conformance.seed";

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
        fixSeed(context);
        return property.execute();
    }

    /**
     * Sets the seed of the property about to run from {@value #SEED_PROPERTY}, unless that is blank or absent, or the
     * property's own annotation fixes a seed.
     *
     * @param context the property about to run
     */
    public static void fixSeed(PropertyLifecycleContext context) {
        String seed = System.getProperty(SEED_PROPERTY, "").trim();
        if (!seed.isEmpty() && context.attributes().seed().filter(s -> !s.isEmpty()).isEmpty()) {
            context.attributes().setSeed(seed);
        }
    }
}
