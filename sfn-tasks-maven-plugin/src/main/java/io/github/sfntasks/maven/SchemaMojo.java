package io.github.sfntasks.maven;

import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.workflow.WorkflowSchema;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * {@code sfn-tasks:schema}: writes the JSON Schema (draft 2020-12) of workflow files for the providers on the
 * plugin's class path, for editors ({@code # yaml-language-server: $schema=...}) and checks. Bound to
 * {@code generate-resources}, like {@code render}.
 */
// Maven's annotations are read at build time only (requires static): not part of the API a user compiles against.
@SuppressWarnings("exports")
@Mojo(name = "schema", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class SchemaMojo extends WorkflowMojo {

    /** The schema file. */
    @Parameter(property = "sfnTasks.schemaFile", defaultValue = "${project.build.directory}/sfn-tasks/workflow.schema.json")
    File schemaFile;

    /** Creates the goal (Maven instantiates it). */
    public SchemaMojo() {
    }

    @Override
    void run() throws MojoExecutionException {
        String schema = StateMachine.Rendered.pretty(WorkflowSchema.build(registry(), version()));
        write(Map.of(schemaFile.toPath(), schema));
    }

    private static String version() throws MojoExecutionException {
        Properties p = new Properties();
        try (InputStream in = SchemaMojo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the plugin's version: " + e.getMessage(), e);
        }
        return p.getProperty("version", "unknown");
    }
}
