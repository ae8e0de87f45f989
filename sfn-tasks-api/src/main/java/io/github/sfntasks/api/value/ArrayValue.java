package io.github.sfntasks.api.value;

import io.github.sfntasks.api.ApiStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON array whose items may be dynamic. In JSONPath mode an item cannot itself be a path or an
 * intrinsic function (ASL has no key to mark it with {@code .$}): put it in an object, or use
 * {@link IntrinsicFunction#array(Object...)}. In JSONata mode items may be expressions.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class ArrayValue implements Value {

    private final List<Value> items;

    private ArrayValue(List<Value> items) {
        this.items = List.copyOf(items);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param items the items, converted with {@link Value#of(Object)}
     * @return the array
     */
    public static ArrayValue of(List<?> items) {
        Builder b = builder();
        items.forEach(b::add);
        return b.build();
    }

    /** @return the items (unmodifiable) */
    public List<Value> items() {
        return items;
    }

    @Override
    public boolean isDynamic() {
        return items.stream().anyMatch(Value::isDynamic);
    }

    @Override
    public boolean containsTaskToken() {
        return items.stream().anyMatch(Value::containsTaskToken);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayValue other && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return items.toString();
    }

    /** Builds an {@link ArrayValue}. */
    public static final class Builder {
        private final List<Value> items = new ArrayList<>();

        private Builder() {
        }

        /** @param item an item, converted with {@link Value#of(Object)} @return this builder */
        public Builder add(Object item) {
            items.add(Value.of(item));
            return this;
        }

        /** @return the array */
        public ArrayValue build() {
            return new ArrayValue(items);
        }
    }
}
