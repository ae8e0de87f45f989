package io.github.sfntasks.maven;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.workflow.Problem;
import io.github.sfntasks.core.workflow.WorkflowReader;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the goals that read workflow files share: which files (a folder scanned, or a list), the providers (those of
 * this plugin's class path: every provider of sfn-tasks, and any added as a {@code <dependency>} of the plugin),
 * reading with every problem located, and writing output files only when everything succeeded.
 */
abstract class WorkflowMojo extends AbstractMojo {

    /** The folder scanned for workflow files ({@code *.json}, {@code *.yaml}, {@code *.yml}, in sub-folders too). */
    @Parameter(property = "sfnTasks.workflowDirectory", defaultValue = "${project.basedir}/src/main/workflows")
    File workflowDirectory;

    /** Workflow files to read instead of scanning {@link #workflowDirectory}. */
    @Parameter(property = "sfnTasks.workflows")
    List<File> workflows;

    /** Skips the goal. */
    @Parameter(property = "sfnTasks.skip", defaultValue = "false")
    boolean skip;

    /** Where the goals write (render: a folder per workflow file; graph: a picture per workflow file). */
    @Parameter(property = "sfnTasks.outputDirectory", defaultValue = "${project.build.directory}/sfn-tasks")
    File outputDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("skipped (sfnTasks.skip)");
            return;
        }
        run();
    }

    /** The goal's work, unless skipped. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** A machine read from a file, rendered once. */
    record Loaded(Path file, StateMachine machine, StateMachine.Rendered rendered) {
    }

    /** @return the workflow files, in a stable order */
    List<Path> files() throws MojoExecutionException {
        if (workflows != null && !workflows.isEmpty()) {
            List<Path> out = new ArrayList<>();
            for (File f : workflows) {
                out.add(f.toPath());
            }
            return out;
        }
        Path dir = workflowDirectory.toPath();
        if (!Files.isDirectory(dir)) {
            getLog().info("No workflow files: " + dir + " is not a folder (set workflowDirectory or workflows)");
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).filter(WorkflowMojo::isWorkflowFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isWorkflowFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** @return the providers of the plugin's class path */
    TaskRegistry registry() {
        // The plugin's own class loader: Maven's thread context loader is not the plugin realm in every version.
        return TaskRegistry.load(WorkflowMojo.class.getClassLoader());
    }

    /**
     * Reads and renders every file; fails with every problem of every file, each on one line, before anything is
     * written.
     *
     * @param context the render context
     * @return the machines, in file order
     */
    List<Loaded> loadAll(RenderContext context) throws MojoFailureException, MojoExecutionException {
        TaskRegistry registry = registry();
        List<Path> files = files();
        List<Loaded> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int invalidFiles = 0;
        for (Path f : files) {
            int before = problems.size();
            Loaded l = load(f, registry, context, problems);
            if (l != null) {
                loaded.add(l);
                for (String w : l.rendered().warnings()) {
                    getLog().warn(f + ": " + w);
                }
            } else if (problems.size() > before) {
                invalidFiles++;
            }
        }
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in ")
                    .append(invalidFiles).append(invalidFiles == 1 ? " workflow file" : " workflow files")
                    .append(" (each code is explained in docs/errors.md):");
            for (Problem p : problems) {
                sb.append(System.lineSeparator()).append(p);
            }
            if (problems.stream().anyMatch(p -> p.code() == ErrorCode.UNKNOWN_PROVIDER)) {
                sb.append(System.lineSeparator()).append("A provider of your own, or of a third party, is added to the"
                        + " plugin as a <dependency> inside its <plugin> element.");
            }
            throw new MojoFailureException(sb.toString());
        }
        return loaded;
    }

    private static Loaded load(Path file, TaskRegistry registry, RenderContext context, List<Problem> problems) {
        String source = file.toString();
        try {
            StateMachine machine = new WorkflowReader(registry).read(file);
            return new Loaded(file, machine, machine.render(context));
        } catch (SfnTasksException e) {
            problems.addAll(Problem.of(source, e));
        } catch (UncheckedIOException e) {
            problems.add(new Problem(source, 0, 0, null, null, ErrorCode.INVALID_WORKFLOW,
                    "cannot be read: " + e.getCause().getMessage()));
        }
        return null;
    }


    /** @return a file's name without its extension ({@code order} for {@code order.yaml}) */
    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * The output names of the files, one each; two workflow files of the same base name ({@code order.json} and
     * {@code order.yaml}) would overwrite each other's output, so they fail the goal.
     */
    static Map<String, Loaded> byBaseName(List<Loaded> loaded) throws MojoExecutionException {
        Map<String, Loaded> out = new LinkedHashMap<>();
        for (Loaded l : loaded) {
            Loaded other = out.put(baseName(l.file()), l);
            if (other != null) {
                throw new MojoExecutionException(l.file() + " and " + other.file() + " would write the same output ("
                        + baseName(l.file()) + "): rename one, or list one of them in <workflows>");
            }
        }
        return out;
    }

    /**
     * Writes every file, each first to a temporary file beside it and then moved into place.
     *
     * @param files paths and contents
     */
    void write(Map<Path, String> files) throws MojoExecutionException {
        for (Map.Entry<Path, String> e : files.entrySet()) {
            Path target = e.getKey();
            try {
                Files.createDirectories(target.toAbsolutePath().getParent());
                Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".sfn-tasks-", ".tmp");
                Files.writeString(tmp, e.getValue());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ex) {
                throw new MojoExecutionException("cannot write " + target + ": " + ex.getMessage(), ex);
            }
            getLog().info("wrote " + target);
        }
    }

    /**
     * @return the render context of the given parts, each left out a CloudFormation pseudo parameter
     */
    static RenderContext context(String partition, String region, String account) throws MojoExecutionException {
        try {
            return RenderContext.of(partition != null ? partition : RenderContext.CFN_PARTITION,
                    region != null ? region : RenderContext.CFN_REGION,
                    account != null ? account : RenderContext.CFN_ACCOUNT);
        } catch (SfnTasksException e) {
            throw new MojoExecutionException("partition/region/account: " + e.getMessage(), e);
        }
    }
}
