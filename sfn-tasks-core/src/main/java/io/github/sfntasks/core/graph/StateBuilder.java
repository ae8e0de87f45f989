package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.ObjectValue;
import io.github.sfntasks.api.value.Value;

/**
 * The setters every state builder shares: query language, comment, input and output paths, result
 * path, Output and Assign. Values are written in the state's query language (JSONPath unless set, so
 * set the language first).
 *
 * @param <B> the concrete builder
 */
abstract class StateBuilder<B extends StateBuilder<B>> {

    final String name;
    final Fields fields = new Fields();

    StateBuilder(String name) {
        this.name = name;
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    final QueryLanguage lang() {
        return fields.queryLanguage() == null ? QueryLanguage.JSONPATH : fields.queryLanguage();
    }

    final Fields copyFields() {
        return new Fields(fields.copy(), fields.queryLanguage());
    }

    final B value(String field, Object value) {
        fields.putValue(field, value == null ? null : Value.of(value), lang());
        return self();
    }

    /** The path, or a problem that names this state and the field. */
    private JsonPath path(String path, String field, boolean reference) {
        try {
            return reference ? JsonPath.reference(path) : JsonPath.of(path);
        } catch (TaskValidationException e) {
            throw e.locate(name, field);
        }
    }

    /** @param language the state's own query language (set it first) @return this builder */
    public B queryLanguage(QueryLanguage language) {
        fields.queryLanguage(language);
        return self();
    }

    /** @param comment a comment @return this builder */
    public B comment(String comment) {
        fields.put("Comment", comment);
        return self();
    }

    /** @param path InputPath @return this builder */
    public B inputPath(String path) {
        fields.putPath("InputPath", path == null ? null : path(path, "InputPath", false));
        return self();
    }

    /** @param path OutputPath @return this builder */
    public B outputPath(String path) {
        fields.putPath("OutputPath", path == null ? null : path(path, "OutputPath", false));
        return self();
    }

    /** @param path ResultPath, a reference path @return this builder */
    public B resultPath(String path) {
        fields.putPath("ResultPath", path == null ? null : path(path, "ResultPath", true));
        return self();
    }

    /** @param path ResultPath, or {@link JsonPath#DISCARD} (renders null) @return this builder */
    public B resultPath(JsonPath path) {
        fields.putPath("ResultPath", path);
        return self();
    }

    /** @param output Output (JSONata states): JSON whose strings may be {@code {% %}} expressions @return this builder */
    public B output(Object output) {
        return value("Output", output);
    }

    /** @param assign variables to assign @return this builder */
    public B assign(ObjectValue assign) {
        fields.putValue("Assign", assign, lang());
        return self();
    }
}
