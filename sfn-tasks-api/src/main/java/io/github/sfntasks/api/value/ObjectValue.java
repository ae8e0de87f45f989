package io.github.sfntasks.api.value;

import io.github.sfntasks.api.ApiStatus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object whose members may be dynamic. Members keep their insertion order, so rendering is
 * deterministic. In JSONPath mode a dynamic member {@code key} is written as {@code "key.$"}.
 *
 * <pre>{@code
 * ObjectValue params = ObjectValue.builder()
 *     .put("QueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/q")
 *     .put("MessageBody", JsonPath.stringAt("$.message"))
 *     .putIfNotNull("DelaySeconds", delay)     // skipped when null
 *     .build();
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class ObjectValue implements Value {

    private static final ObjectValue EMPTY = new ObjectValue(new LinkedHashMap<>());

    private final Map<String, Value> members;

    private ObjectValue(LinkedHashMap<String, Value> members) {
        this.members = Collections.unmodifiableMap(members);
    }

    /** @return an empty object */
    public static ObjectValue empty() {
        return EMPTY;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param map members in iteration order; values are converted with {@link Value#of(Object)}
     * @return the object
     */
    public static ObjectValue of(Map<String, ?> map) {
        Builder b = builder();
        map.forEach((k, v) -> b.put(k, Value.of(v)));
        return b.build();
    }

    /** @return the members, in order (unmodifiable) */
    public Map<String, Value> members() {
        return members;
    }

    /** @param key a member name @return the member, or {@code null} */
    public Value get(String key) {
        return members.get(key);
    }

    /** @return whether there are no members */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    /** @return a builder holding these members, to add more */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.members.putAll(members);
        return b;
    }

    @Override
    public boolean isDynamic() {
        for (Value v : members.values()) {
            if (v.isDynamic()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean containsTaskToken() {
        for (Value v : members.values()) {
            if (v.containsTaskToken()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectValue other && members.equals(other.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return members.toString();
    }

    /** Builds an {@link ObjectValue}; member order is insertion order. */
    public static final class Builder {
        private LinkedHashMap<String, Value> members = new LinkedHashMap<>();
        /** Whether {@link #build()} handed {@link #members} to an object: the next change then copies it first. */
        private boolean built;

        private Builder() {
        }

        /**
         * @param key the member name (without {@code .$}: that suffix is added when rendering)
         * @param value the member; {@code null} means JSON null
         * @return this builder
         */
        public Builder put(String key, Object value) {
            Objects.requireNonNull(key, "key");
            Value v = Value.of(value);
            if (built) {
                members = new LinkedHashMap<>(members);
                built = false;
            }
            members.put(key, v);
            return this;
        }

        /**
         * Adds the member only when {@code value} is not {@code null}: the usual shape of optional
         * request parameters.
         *
         * @param key the member name
         * @param value the member, or {@code null} to skip it
         * @return this builder
         */
        public Builder putIfNotNull(String key, Object value) {
            if (value != null) {
                put(key, value);
            }
            return this;
        }

        /** @return the object */
        public ObjectValue build() {
            if (members.isEmpty()) {
                return EMPTY;
            }
            built = true;
            return new ObjectValue(members);
        }
    }
}
