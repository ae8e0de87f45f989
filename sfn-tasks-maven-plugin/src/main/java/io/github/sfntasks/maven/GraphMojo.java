package io.github.sfntasks.maven;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.core.diagram.DotDiagram;
import io.github.sfntasks.core.diagram.Graphviz;
import io.github.sfntasks.core.diagram.MermaidDiagram;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sfn-tasks:graph}: draws every workflow file as the Step Functions console draws it, into
 * {@code <outputDirectory>/<name>.mmd} (Mermaid, the default), {@code .dot} (Graphviz DOT) or {@code .svg} (made by
 * Graphviz's {@code dot}; without it on the PATH the goal says what to install and draws nothing). Bound to
 * {@code generate-resources}, like {@code render}: pictures for the site or the jar exist before those phases run.
 */
// Maven's annotations are read at build time only (requires static): not part of the API a user compiles against.
@SuppressWarnings("exports")
@Mojo(name = "graph", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GraphMojo extends WorkflowMojo {

    /** {@code mermaid} (default), {@code dot} or {@code svg}. */
    @Parameter(property = "sfnTasks.graphFormat", defaultValue = "mermaid")
    String graphFormat;

    /** Creates the goal (Maven instantiates it). */
    public GraphMojo() {
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        String f = graphFormat == null ? "mermaid" : graphFormat.toLowerCase(Locale.ROOT);
        String extension = switch (f) {
            case "mermaid" -> ".mmd";
            case "dot" -> ".dot";
            case "svg" -> ".svg";
            default -> throw new MojoExecutionException("graphFormat \"" + graphFormat + "\" is not one of: mermaid, dot, svg");
        };
        Optional<Path> dot = Optional.empty();
        if (f.equals("svg")) {
            dot = Graphviz.find();
            if (dot.isEmpty()) {
                getLog().warn("sfn-tasks:graph: no SVG drawn: " + Graphviz.INSTALL_HINT + "; or set graphFormat to dot or mermaid");
                return;
            }
        }
        Map<Path, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Loaded> e : byBaseName(loadAll(RenderContext.cloudFormation())).entrySet()) {
            var definition = e.getValue().rendered().definition();
            String picture;
            if (f.equals("mermaid")) {
                picture = MermaidDiagram.of(definition);
            } else if (f.equals("dot")) {
                picture = DotDiagram.of(definition);
            } else {
                try {
                    picture = Graphviz.svg(dot.get(), DotDiagram.of(definition));
                } catch (IOException ex) {
                    throw new MojoExecutionException(e.getValue().file() + ": " + ex.getMessage(), ex);
                }
            }
            out.put(outputDirectory.toPath().resolve(e.getKey() + extension), picture);
        }
        write(out);
    }
}
