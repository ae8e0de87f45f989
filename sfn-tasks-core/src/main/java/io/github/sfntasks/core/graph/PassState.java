package io.github.sfntasks.core.graph;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;
import io.github.sfntasks.api.value.Values;

import java.util.List;

/**
 * A Pass state: passes its input on, optionally shaped (Parameters, Result, ResultPath; or Output in
 * JSONata) and assigning variables.
 *
 * <pre>{@code
 * PassState.builder("Init").result(Map.of("count", 0)).resultPath("$.counter").build();
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class PassState extends NextState {

    PassState(String name, Fields fields) {
        super(name, fields);
    }

    /** @param name the state's name @return a builder */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @param name the state's name @return a Pass state that passes its input through */
    public static PassState of(String name) {
        return builder(name).build();
    }

    @Override
    public String type() {
        return "Pass";
    }

    /** Builds a {@link PassState}; values are written in the state's query language (JSONPath unless set). */
    public static final class Builder extends ResultBuilder<Builder> {

        private Builder(String name) {
            super(name);
        }

        /** @param parameters Parameters; members may be paths @return this builder */
        public Builder parameters(Object parameters) {
            return value("Parameters", parameters);
        }

        /** @param result Result: static JSON @return this builder */
        public Builder result(Object result) {
            fields.put("Result", result == null ? null : Values.toJson(Value.of(result), QueryLanguage.JSONPATH));
            return this;
        }

        /** @return the state */
        public PassState build() {
            return new PassState(name, copyFields());
        }
    }
}
