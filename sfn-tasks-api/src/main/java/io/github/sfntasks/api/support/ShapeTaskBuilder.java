package io.github.sfntasks.api.support;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.spi.Task;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The base of a builder whose task is declared as a {@link Shape}: the common options of {@link TaskBuilder} and
 * the values of the shape's fields. A provider's setter is one line that names its field (from the ECS provider's
 * {@code EcsRunTask.Builder}):
 *
 * <pre>{@code
 * public Builder cluster(String nameOrArn) {
 *     return set(CLUSTER, nameOrArn);
 * }
 * ...
 * public Builder networkConfiguration(Consumer<AwsVpc> fill) {
 *     return set(NETWORK_CONFIGURATION, new AwsVpc(), fill);
 * }
 * }</pre>
 *
 * @param <B> the concrete builder type
 * @param <T> the task type it builds
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public abstract class ShapeTaskBuilder<B extends ShapeTaskBuilder<B, T>, T extends Task> extends TaskBuilder<B, T> {

    final ShapeValue.Builder values;

    /**
     * @param stateName the state's name
     * @param shape the task's shape
     */
    protected ShapeTaskBuilder(String stateName, Shape shape) {
        super(stateName);
        this.values = ShapeValue.builder(shape);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** @return the shape's values so far (for {@link ShapeTask}'s constructor) */
    public final ShapeValue values() {
        return values.build();
    }

    /**
     * @param field a field of the task's shape
     * @param value its value, converted as {@link ShapeValue.Builder#set(Field, Object)} says; {@code null} clears it
     * @return this builder
     */
    protected final B set(Field field, Object value) {
        values.set(field, value);
        return self();
    }

    /**
     * Sets a nested object through its typed builder.
     *
     * @param field an OBJECT field
     * @param nested a fresh typed builder of the nested shape
     * @param fill fills it
     * @param <N> the nested builder type
     * @return this builder
     */
    protected final <N extends ShapeBuilder<N>> B set(Field field, N nested, Consumer<N> fill) {
        fill.accept(nested);
        values.set(field, nested.build());
        return self();
    }

    /**
     * Appends one item to an OBJECT_LIST field through its typed builder.
     *
     * @param field an OBJECT_LIST field
     * @param item a fresh typed builder of the item shape
     * @param fill fills it
     * @param <N> the nested builder type
     * @return this builder
     */
    protected final <N extends ShapeBuilder<N>> B add(Field field, Supplier<N> item, Consumer<N> fill) {
        N n = item.get();
        fill.accept(n);
        values.add(field, (Object) n.build());
        return self();
    }

    /**
     * Appends one string to a STRING_LIST field.
     *
     * @param field a STRING_LIST field
     * @param item the item
     * @return this builder
     */
    protected final B add(Field field, Object item) {
        values.add(field, item);
        return self();
    }

    /**
     * Copies a task's shape values into this builder, for {@code toBuilder()}.
     *
     * @param task the task
     * @return this builder
     */
    public final B copyValues(ShapeTask task) {
        task.values().asMap().forEach((name, v) -> values.set(values.shape().field(name), v));
        return self();
    }

    /**
     * @param properties the values read from a workflow file (by {@link ShapeTaskProvider})
     * @return this builder
     */
    final B setAll(ShapeValue properties) {
        properties.asMap().forEach((name, v) -> values.set(values.shape().field(name), v));
        return self();
    }
}
