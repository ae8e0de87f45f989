package io.github.sfntasks.api.support;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.api.value.Value;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The values given for one {@link Shape}: per field, a {@link Value} (text, numbers, lists, maps, JSON, or a path
 * or expression for the whole), a nested {@code ShapeValue} ({@link Field.Kind#OBJECT}) or a list of them
 * ({@link Field.Kind#OBJECT_LIST}). Immutable; made by its {@link Builder}, which converts plain Java values.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
public final class ShapeValue {

    private final Shape shape;
    private final Map<String, Object> values;

    private ShapeValue(Shape shape, Map<String, Object> values) {
        this.shape = shape;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @param shape the shape @return a builder of values for it */
    public static Builder builder(Shape shape) {
        return new Builder(shape);
    }

    /** @return the shape */
    public Shape shape() {
        return shape;
    }

    /** @param field a field of the shape @return whether a value is set */
    public boolean has(Field field) {
        return values.containsKey(field.name());
    }

    /** @param field a field @return the value set: a {@link Value}, a {@code ShapeValue}, a {@code List<ShapeValue>}, or {@code null} */
    public Object get(Field field) {
        return values.get(field.name());
    }

    /** @param field a field @return its value when it is a {@link Value}, else {@code null} */
    public Value value(Field field) {
        return values.get(field.name()) instanceof Value v ? v : null;
    }

    /** @param field a field @return its literal text, or {@code null} when absent, not text, or dynamic */
    public String text(Field field) {
        return value(field) instanceof Literal l && l.isText() ? l.text() : null;
    }

    /** @param field an OBJECT field @return the nested values, or {@code null} */
    public ShapeValue nested(Field field) {
        return values.get(field.name()) instanceof ShapeValue v ? v : null;
    }

    /** @param field an OBJECT_LIST field @return the items, or {@code null} when absent or dynamic */
    @SuppressWarnings("unchecked")
    public List<ShapeValue> items(Field field) {
        return values.get(field.name()) instanceof List<?> l ? (List<ShapeValue>) l : null;
    }

    /** @return the values by property name, in the order they were set */
    public Map<String, Object> asMap() {
        return values;
    }

    /** @return a builder holding these values */
    public Builder toBuilder() {
        Builder b = new Builder(shape);
        b.values.putAll(values);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShapeValue v && v.shape == shape && v.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return shape.name() + values;
    }

    /** Builds a {@link ShapeValue}. Not thread-safe. */
    @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2")
    public static final class Builder {
        private final Shape shape;
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder(Shape shape) {
            this.shape = Objects.requireNonNull(shape, "shape");
        }

        /** @return the shape */
        public Shape shape() {
            return shape;
        }

        /**
         * Sets a field. Plain values convert as {@link Value#of(Object)} does ({@code "{% ... %}"} text is a JSONata
         * expression); a {@link Duration} becomes whole seconds; an enum constant its name; a nested
         * {@link ShapeValue} or builder, or a list of them, is kept as the nested object or list. {@code null}
         * clears the field.
         *
         * @param field a field of this shape
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException when the field is not of this shape
         */
        public Builder set(Field field, Object value) {
            String name = own(field);
            if (value == null) {
                values.remove(name);
                return this;
            }
            values.put(name, convert(field, value));
            return this;
        }

        /**
         * Sets a nested object field from a consumer of its builder.
         *
         * @param field an OBJECT field of this shape
         * @param nested fills the nested values
         * @return this builder
         */
        public Builder set(Field field, Consumer<Builder> nested) {
            own(field);
            Builder b = field.shape() == null ? null : new Builder(field.shape());
            if (b == null) {
                throw new IllegalArgumentException(field + " has no nested shape");
            }
            nested.accept(b);
            values.put(field.name(), b.build());
            return this;
        }

        /**
         * Appends one item to a list field: a nested object (OBJECT_LIST) or a string (STRING_LIST).
         *
         * @param field a list field of this shape
         * @param item the item (a {@link ShapeValue} or builder for OBJECT_LIST)
         * @return this builder
         */
        public Builder add(Field field, Object item) {
            String name = own(field);
            if (field.kind() == Field.Kind.OBJECT_LIST) {
                List<ShapeValue> list = new ArrayList<>(values.get(name) instanceof List<?> l ? castList(l) : List.of());
                list.add(item instanceof Builder b ? b.build() : (ShapeValue) item);
                values.put(name, List.copyOf(list));
            } else {
                List<Object> list = new ArrayList<>();
                if (values.get(name) instanceof io.github.sfntasks.api.value.ArrayValue a) {
                    list.addAll(a.items());
                } else if (values.get(name) instanceof Literal l && l.node().isArray()) {
                    l.node().forEach(n -> list.add(Literal.of(n)));
                }
                list.add(Value.of(item));
                values.put(name, io.github.sfntasks.api.value.ArrayValue.of(list));
            }
            return this;
        }

        /**
         * Appends one nested object to an OBJECT_LIST field.
         *
         * @param field an OBJECT_LIST field of this shape
         * @param item fills the item
         * @return this builder
         */
        public Builder add(Field field, Consumer<Builder> item) {
            own(field);
            Builder b = new Builder(field.shape());
            item.accept(b);
            return add(field, (Object) b.build());
        }

        /** @param field a field @return the value set so far, as {@link ShapeValue#get(Field)} */
        public Object get(Field field) {
            return values.get(field.name());
        }

        /** @return the values */
        public ShapeValue build() {
            return new ShapeValue(shape, values);
        }

        private String own(Field field) {
            if (!shape.fields().contains(field)) {
                throw new IllegalArgumentException(field + " is not a field of shape " + shape.name());
            }
            return field.name();
        }

        @SuppressWarnings("unchecked")
        private static List<ShapeValue> castList(List<?> l) {
            return (List<ShapeValue>) l;
        }

        private static Object convert(Field field, Object value) {
            if (value instanceof Builder b) {
                return b.build();
            }
            if (value instanceof ShapeValue) {
                return value;
            }
            if (field.kind() == Field.Kind.OBJECT_LIST && value instanceof List<?> list
                    && list.stream().allMatch(i -> i instanceof ShapeValue || i instanceof Builder)) {
                List<ShapeValue> items = new ArrayList<>();
                for (Object i : list) {
                    items.add(i instanceof Builder b ? b.build() : (ShapeValue) i);
                }
                return List.copyOf(items);
            }
            if (value instanceof Duration d) {
                // whole seconds as a whole number; anything else as a decimal that the field's check refuses
                return d.getNano() == 0 ? Literal.of(d.getSeconds())
                        : Literal.of(new java.math.BigDecimal(d.getSeconds()).add(java.math.BigDecimal.valueOf(d.getNano(), 9)));
            }
            if (value instanceof Enum<?> e) {
                return Literal.of(e.name());
            }
            return Value.of(value);
        }
    }
}
