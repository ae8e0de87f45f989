package io.github.sfntasks.api.support;

import io.github.sfntasks.api.ApiStatus;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The base of a typed builder of a nested {@link Shape} (a network configuration, a container override), so that
 * users get named setters where the AWS SDK v2 gives them ({@code Consumer<Builder>} setters). From the ECS
 * provider's {@code EcsRunTask} ({@code ...} marks what is left out):
 *
 * <pre>{@code
 * public static final class AwsVpc extends ShapeBuilder<AwsVpc> {
 *     AwsVpc() {
 *         super(AWSVPC);
 *     }
 *     ...
 *     public AwsVpc subnets(String... subnetIds) {
 *         return set(SUBNETS, List.of(subnetIds));
 *     }
 *     ...
 * }
 * }</pre>
 *
 * @param <N> the concrete builder type
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public abstract class ShapeBuilder<N extends ShapeBuilder<N>> {

    private final ShapeValue.Builder values;

    /** @param shape the nested shape */
    protected ShapeBuilder(Shape shape) {
        this.values = ShapeValue.builder(shape);
    }

    @SuppressWarnings("unchecked")
    private N self() {
        return (N) this;
    }

    /**
     * @param field a field of the shape
     * @param value its value; {@code null} clears it
     * @return this builder
     */
    protected final N set(Field field, Object value) {
        values.set(field, value);
        return self();
    }

    /**
     * @param field an OBJECT field
     * @param nested a fresh typed builder of its shape
     * @param fill fills it
     * @param <M> the nested builder type
     * @return this builder
     */
    protected final <M extends ShapeBuilder<M>> N set(Field field, M nested, Consumer<M> fill) {
        fill.accept(nested);
        values.set(field, nested.build());
        return self();
    }

    /**
     * @param field an OBJECT_LIST field
     * @param item makes a fresh typed builder of the item shape
     * @param fill fills it
     * @param <M> the nested builder type
     * @return this builder
     */
    protected final <M extends ShapeBuilder<M>> N add(Field field, Supplier<M> item, Consumer<M> fill) {
        M m = item.get();
        fill.accept(m);
        values.add(field, (Object) m.build());
        return self();
    }

    /**
     * @param field a STRING_LIST field
     * @param item one string
     * @return this builder
     */
    protected final N add(Field field, Object item) {
        values.add(field, item);
        return self();
    }

    /** @return the values (checked when the task is built) */
    public final ShapeValue build() {
        return values.build();
    }
}
