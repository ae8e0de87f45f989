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
        return path("ResultPath", path == null ? null : JsonPath.reference(path));
    }

    /** @param path ResultPath, or {@link JsonPath#DISCARD} (renders null) @return this builder */
    public B resultPath(JsonPath path) {
        return path("ResultPath", path);
    }
}
