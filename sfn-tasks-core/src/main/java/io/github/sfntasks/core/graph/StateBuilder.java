package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.QueryLanguage;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.JsonPath;
import io.github.sfntasks.api.value.Value;

/**
 * The setters every state builder shares: query language and comment. Subclasses add the fields their
 * state type allows ({@link PathsBuilder}, {@link AssigningBuilder}, {@link ResultBuilder}), so a
 * builder offers only what ASL accepts on that type. Values are written in the state's query language
 * (JSONPath unless set, so set the language first).
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

    /** @param field a path field @param path its path, {@link JsonPath#DISCARD} (null) or null (unset) @return this builder */
    final B path(String field, JsonPath path) {
        fields.putPath(field, path);
        return self();
    }

    final B value(String field, Object value) {
        fields.putValue(field, value == null ? null : Value.of(value), lang());
        return self();
    }

    /** Parses a path of this state, an error naming the state and the field. */
    final JsonPath path(String path, String field, boolean reference) {
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
}
