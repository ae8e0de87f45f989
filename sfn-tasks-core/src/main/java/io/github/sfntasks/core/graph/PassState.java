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
@ApiStatus(ApiStatus.Status.STABLE)
public final class PassState extends NextState {

    private final Fields fields;

    PassState(String name, Fields fields) {
        super(name);
        this.fields = fields;
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

    @Override
    QueryLanguage ownQueryLanguage() {
        return fields.queryLanguage();
    }

    @Override
    List<State> transitions() {
        return nextState() == null ? List.of() : List.of(nextState());
    }

    @Override
    void check(QueryLanguage language) {
        fields.check(type(), language, name());
    }

    @Override
    ObjectNode render(RenderContext context, QueryLanguage machineLanguage) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        fields.writeHeader(s, type(), machineLanguage);
        writeTransition(s);
        return s;
    }

    /** Builds a {@link PassState}; values are written in the state's query language (JSONPath unless set). */
    public static final class Builder {
        private final String name;
        private final Fields fields = new Fields();

        private Builder(String name) {
            this.name = name;
        }

        private QueryLanguage lang() {
            return fields.queryLanguage() == null ? QueryLanguage.JSONPATH : fields.queryLanguage();
        }

        /** @param language the state's own query language (set it first) @return this builder */
        public Builder queryLanguage(QueryLanguage language) {
            fields.queryLanguage(language);
            return this;
        }

        /** @param comment a comment @return this builder */
        public Builder comment(String comment) {
            fields.put("Comment", comment);
            return this;
        }

        /** @param path InputPath @return this builder */
        public Builder inputPath(String path) {
            fields.putPath("InputPath", path == null ? null : JsonPath.of(path));
            return this;
        }

        /** @param parameters Parameters; members may be paths @return this builder */
        public Builder parameters(Object parameters) {
            fields.putValue("Parameters", parameters == null ? null : Value.of(parameters), lang());
            return this;
        }

        /** @param result Result: static JSON @return this builder */
        public Builder result(Object result) {
            fields.put("Result", result == null ? null : Values.toJson(Value.of(result), QueryLanguage.JSONPATH));
            return this;
        }

        /** @param path ResultPath, a reference path @return this builder */
        public Builder resultPath(String path) {
            fields.putPath("ResultPath", path == null ? null : JsonPath.reference(path));
            return this;
        }

        /** @param path ResultPath, or {@link JsonPath#DISCARD} @return this builder */
        public Builder resultPath(JsonPath path) {
            fields.putPath("ResultPath", path);
            return this;
        }

        /** @param path OutputPath @return this builder */
        public Builder outputPath(String path) {
            fields.putPath("OutputPath", path == null ? null : JsonPath.of(path));
            return this;
        }

        /** @param output Output (JSONata) @return this builder */
        public Builder output(Object output) {
            fields.putValue("Output", output == null ? null : Value.of(output), lang());
            return this;
        }

        /** @param assign variables to assign @return this builder */
        public Builder assign(ObjectValue assign) {
            fields.putValue("Assign", assign, lang());
            return this;
        }

        /** @return the state */
        public PassState build() {
            return new PassState(name, new Fields(fields.copy(), fields.queryLanguage()));
        }
    }
}
