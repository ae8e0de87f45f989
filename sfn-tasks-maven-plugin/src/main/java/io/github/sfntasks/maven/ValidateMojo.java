package io.github.sfntasks.maven;

import io.github.sfntasks.api.RenderContext;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code sfn-tasks:validate}: checks every workflow file and fails the build with every problem of every file at
 * once, one line each, {@code file:line:col: state "X": property: what is wrong (SFN-E0nn)}. Warnings (a grant widened
 * to a wildcard...) are logged and do not fail the build. Bound to {@code validate}, the phase Maven has for checking
 * that a project is correct before anything is built.
 */
// Maven's annotations are read at build time only (requires static): not part of the API a user compiles against.
@SuppressWarnings("exports")
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends WorkflowMojo {

    /** Creates the goal (Maven instantiates it). */
    public ValidateMojo() {
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        // Rendered with placeholders too, so that what only rendering checks (the size quota) is checked.
        for (Loaded l : loadAll(RenderContext.cloudFormation())) {
            int states = l.machine().states().size();
            getLog().info(l.file() + ": valid (" + states + (states == 1 ? " state)" : " states)"));
        }
    }
}
