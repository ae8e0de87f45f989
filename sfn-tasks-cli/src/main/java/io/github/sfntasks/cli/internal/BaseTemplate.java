package io.github.sfntasks.cli.internal;

import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.cli.Main;
import io.github.sfntasks.core.deploy.DeploymentOptions;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The {@code --template FILE} of {@code render --format cloudformation|sam}: a template of the user's own, read by
 * {@link DeploymentOptions#withBaseTemplate(Path)} (JSON, or YAML with intrinsic functions in their long form); a file
 * that cannot be read or is no template is a usage error (exit 2), naming the file, line and column.
 */
final class BaseTemplate {

    private BaseTemplate() {
    }

    static DeploymentOptions add(DeploymentOptions options, Path path) {
        try {
            return options.withBaseTemplate(path);
        } catch (UncheckedIOException e) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": --template " + path
                    + (e.getCause() instanceof NoSuchFileException ? ": no such file" : ": cannot be read: " + e.getCause().getMessage()));
        } catch (SfnTasksException e) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": --template " + e.reason().replaceFirst("^base template ", ""));
        }
    }
}
