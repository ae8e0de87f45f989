package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;

import java.util.List;

/**
 * A Succeed state: ends the machine (or branch) successfully.
 *
 * <pre>{@code
 * SucceedState done = SucceedState.of("Done");
 * SucceedState shaped = SucceedState.builder("Shaped").comment("keeps the order").outputPath("$.order").build();
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class SucceedState extends State {

    SucceedState(String name, Fields fields) {
        super(name, fields);
    }

    /** @param name the state's name @return a builder */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @param name the state's name @return a Succeed state with no other field: {@code builder(name).build()} */
    public static SucceedState of(String name) {
        return builder(name).build();
    }

    @Override
    public String type() {
        return "Succeed";
    }

    /** Builds a {@link SucceedState}: comment, query language, InputPath/OutputPath or Output. */
    public static final class Builder extends PathsBuilder<Builder> {

        private Builder(String name) {
            super(name);
        }

        /** @return the state */
        public SucceedState build() {
            return new SucceedState(name, copyFields());
        }
    }

}
