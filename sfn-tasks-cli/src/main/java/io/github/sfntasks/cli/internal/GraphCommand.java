package io.github.sfntasks.cli.internal;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.cli.Main;
import io.github.sfntasks.core.diagram.DotDiagram;
import io.github.sfntasks.core.diagram.Graphviz;
import io.github.sfntasks.core.diagram.MermaidDiagram;
import io.github.sfntasks.core.diagram.StateGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code graph FILE}: the state machine as a picture, in Mermaid, Graphviz DOT or SVG. */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        header = "Draws the state machine as Mermaid, Graphviz DOT or SVG.",
        description = {
            "",
            "Drawn the way the Step Functions console draws it: Start and End markers, Choice branches labelled"
                + " with their conditions, Parallel and Map states as boxes holding their branches, Catch edges"
                + " dashed.",
            "",
            "  mermaid  a Mermaid flowchart (default); paste it into Markdown in a ```mermaid block",
            "  dot      Graphviz DOT; dot -Tpng graph.dot -o graph.png",
            "  svg      SVG, made by Graphviz's 'dot', which must be on the PATH"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:drawn", "1:invalid workflow", "2:usage or I/O error (or no 'dot' for svg)"})
final class GraphCommand implements Callable<Integer> {

    /** The picture's format. */
    enum Format { MERMAID, DOT, SVG }

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow file (.json, .yaml or .yml).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
            description = "mermaid (default), dot or svg.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the picture to FILE instead of stdout.")
    Path out;

    GraphCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Optional<Path> dot = Optional.empty();
        if (format == Format.SVG) {
            dot = Graphviz.find();
            if (dot.isEmpty()) {
                throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": --format svg needs Graphviz's 'dot' on"
                        + " the PATH (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz);"
                        + " or use --format dot or mermaid");
            }
        }
        WorkflowFile wf = new WorkflowFile(file);
        WorkflowFile.Loaded loaded = wf.load(cli.registry(), RenderContext.cloudFormation());
        StateGraph graph = StateGraph.of(loaded.rendered().definition());
        String comment = loaded.rendered().definition().path("Comment").asText(null);
        String picture = switch (format) {
            case MERMAID -> MermaidDiagram.of(graph, comment);
            case DOT -> DotDiagram.of(graph, comment);
            case SVG -> svg(dot.get(), DotDiagram.of(graph, comment));
        };
        if (out == null) {
            cli.out().print(picture);
            return Main.OK;
        }
        try {
            AtomicFiles.write(Map.of(out, picture));
        } catch (IOException e) {
            throw IoErrors.cannotWrite(out.toString(), e);
        }
        cli.out().println("wrote " + out);
        return Main.OK;
    }

    private static String svg(Path dot, String source) {
        try {
            return Graphviz.svg(dot, source);
        } catch (IOException e) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": " + e.getMessage());
        }
    }
}
