/**
 * The sfn-tasks Maven plugin (goal prefix {@code sfn-tasks}): {@code validate}, {@code render}, {@code graph} and
 * {@code schema} over the workflow files of a Maven project.
 *
 * <p>Maven runs a plugin on the class path (in its own class realm), where this descriptor is not read; it is here so
 * the module compiles, like every module of sfn-tasks, against what it declares. Maven's plugin API carries no module
 * names, so it is required by its file-name-derived names ({@code maven.plugin.api}, and the annotations, read at
 * build time only).
 */
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module io.github.sfntasks.maven {
    requires io.github.sfntasks.core;
    requires transitive maven.plugin.api;
    requires static maven.plugin.annotations;

    exports io.github.sfntasks.maven;
}
