package io.github.sfntasks.core.graph;

import io.github.sfntasks.api.value.JsonPath;

/**
 * Adds InputPath, OutputPath (JSONPath states) and Output (JSONata states): every state type but Fail.
 *
 * @param <B> the concrete builder
 */
abstract class PathsBuilder<B extends PathsBuilder<B>> extends StateBuilder<B> {

    PathsBuilder(String name) {
        super(name);
    }

    /** @param path InputPath @return this builder */
    public B inputPath(String path) {
        return path("InputPath", path == null ? null : JsonPath.of(path));
    }

    /** @param path OutputPath @return this builder */
    public B outputPath(String path) {
        return path("OutputPath", path == null ? null : JsonPath.of(path));
    }

    /** @param output Output (JSONata states): JSON whose strings may be {@code {% %}} expressions @return this builder */
    public B output(Object output) {
        return value("Output", output);
    }
}
