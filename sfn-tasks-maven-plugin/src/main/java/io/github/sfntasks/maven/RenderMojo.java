package io.github.sfntasks.maven;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.core.graph.StateMachine;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code sfn-tasks:render}: renders every workflow file into {@code <outputDirectory>/<name>/}, in the format asked
 * for ({@code asl}: {@code definition.asl.json} and {@code policy.json}, as {@code sfn-tasks render --out} writes
 * them). Every file is read and checked first; an invalid one fails the build, with every problem, before anything is
 * written. Bound to {@code generate-resources}: the files are generated inputs of the later phases (resources
 * copied into the jar, tests that deploy or read them, a packaging step), so they exist before any of them runs.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class RenderMojo extends WorkflowMojo {

    /** The formats this goal writes; {@link #files} routes each. */
    static final String FORMATS = "asl";

    /** What to write: {@code asl} (the definition and the policy, the default). */
    @Parameter(property = "sfnTasks.format", defaultValue = "asl")
    String format;

    /** The partition ARNs are built in; default {@code ${AWS::Partition}}. */
    @Parameter(property = "sfnTasks.partition")
    String partition;

    /** The region ARNs are built in; default {@code ${AWS::Region}}. */
    @Parameter(property = "sfnTasks.region")
    String region;

    /** The account ARNs are built in; default {@code ${AWS::AccountId}}. */
    @Parameter(property = "sfnTasks.account")
    String account;

    /** Creates the goal (Maven instantiates it). */
    public RenderMojo() {
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        String f = format == null ? "asl" : format.toLowerCase(Locale.ROOT);
        files(f, Path.of("check"), null); // an unknown format fails before any file is read
        RenderContext context = context(partition, region, account);
        Map<Path, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Loaded> e : byBaseName(loadAll(context)).entrySet()) {
            out.putAll(files(f, outputDirectory.toPath().resolve(e.getKey()), e.getValue().rendered()));
        }
        write(out);
    }

    /**
     * The one place a format becomes files: add a format here (and to {@link #FORMATS}).
     *
     * @param format the format, lower case
     * @param dir the workflow's output folder
     * @param rendered the machine rendered, or null to check the format only
     * @return the files to write
     */
    static Map<Path, String> files(String format, Path dir, StateMachine.Rendered rendered) throws MojoExecutionException {
        Map<Path, String> out = new LinkedHashMap<>();
        switch (format) {
            case "asl" -> {
                if (rendered != null) {
                    out.put(dir.resolve("definition.asl.json"), rendered.definitionJson());
                    out.put(dir.resolve("policy.json"), rendered.policyJson());
                }
            }
            default -> throw new MojoExecutionException("format \"" + format + "\" is not one of: " + FORMATS);
        }
        return out;
    }
}
