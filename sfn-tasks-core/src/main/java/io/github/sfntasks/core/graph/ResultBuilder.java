package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.value.JsonPath;

/**
 * Adds ResultPath: the state types that produce a result (Pass, Parallel, Map; a Task's is set on its task).
 *
 * @param <B> the concrete builder
 */
abstract class ResultBuilder<B extends ResultBuilder<B>> extends AssigningBuilder<B> {

    ResultBuilder(String name) {
        super(name);
    }

    /** @param path ResultPath, a reference path @return this builder */
    public B resultPath(String path) {
        fields.putPath("ResultPath", path == null ? null : path(path, "ResultPath", true));
        return self();
    }

    /** @param path ResultPath, or {@link JsonPath#DISCARD} (renders null) @return this builder */
    public B resultPath(JsonPath path) {
        return path("ResultPath", path);
    }
}
