package io.github.sfntasks.core.diagram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.core.diagram.StateGraph.Edge;
import io.github.sfntasks.core.diagram.StateGraph.Node;
import io.github.sfntasks.core.diagram.StateGraph.Scope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link StateGraph} as a Mermaid flowchart, drawn the way the Step Functions console draws a
 * machine: Start and End markers, Choice states as diamonds with their rules' conditions on the
 * edges, Parallel and Map states as boxes (subgraphs) holding their branches, Catch edges dashed.
 * Paste it into a Markdown file between {@code ```mermaid} fences.
 *
 * <pre>{@code
 * String mermaid = MermaidDiagram.of(machine.definition(RenderContext.cloudFormation()));
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
public final class MermaidDiagram {

    private static final String INDENT = "    ";
    private static final String START = "sfnStart";
    private static final String END = "sfnEnd"; // "end" alone is a Mermaid keyword

    private final StringBuilder sb = new StringBuilder();
    private final Map<String, List<String>> classes = new LinkedHashMap<>();
    private final List<String> styles = new ArrayList<>();

    private MermaidDiagram() {
    }

    /**
     * @param definition a rendered ASL definition
     * @return its Mermaid flowchart, headed by the definition's {@code Comment} as a Mermaid comment
     */
    public static String of(ObjectNode definition) {
        return of(StateGraph.of(definition), definition.path("Comment").asText(null));
    }

    /**
     * @param graph the graph
     * @param comment a line to head the flowchart with (a Mermaid {@code %%} comment), or null
     * @return the Mermaid flowchart text
     */
    public static String of(StateGraph graph, String comment) {
        return new MermaidDiagram().write(graph, comment);
    }

    private String write(StateGraph graph, String comment) {
        sb.append("flowchart TD\n");
        if (comment != null && !comment.isBlank()) {
            sb.append(INDENT).append("%% ").append(comment.replaceAll("\\s+", " ").trim()).append('\n');
        }
        sb.append(INDENT).append(START).append("((\"Start\"))\n");
        scope(graph.root(), 1);
        sb.append(INDENT).append(END).append("((\"End\"))\n");
        Node first = graph.start(graph.root());
        if (first != null) {
            sb.append(INDENT).append(START).append(" --> ").append(first.id()).append('\n');
        }
        for (Edge e : graph.edges()) {
            sb.append(INDENT).append(e.from().id());
            String arrow = e.kind() == StateGraph.EdgeKind.CATCH ? " -.->" : " -->";
            sb.append(arrow);
            if (e.label() != null) {
                sb.append("|\"").append(escape(e.label())).append("\"|");
            }
            sb.append(' ').append(e.to().id()).append('\n');
        }
        for (Node n : graph.root().nodes()) {
            if (n.terminal()) {
                sb.append(INDENT).append(n.id()).append(" --> ").append(END).append('\n');
            }
        }
        sb.append(INDENT).append("classDef task fill:#e8f1fb,stroke:#3b73b9,color:#1d2a3a\n");
        sb.append(INDENT).append("classDef flow fill:#f4f4f4,stroke:#8a8a8a,color:#222\n");
        sb.append(INDENT).append("classDef choice fill:#fff4d6,stroke:#b58900,color:#3a2f00\n");
        sb.append(INDENT).append("classDef succeed fill:#e3f4e1,stroke:#2e7d32,color:#133d16\n");
        sb.append(INDENT).append("classDef fail fill:#fde2e1,stroke:#c0392b,color:#4a100b\n");
        sb.append(INDENT).append("classDef marker fill:#3a3a3a,stroke:#3a3a3a,color:#fff\n");
        classes.computeIfAbsent("marker", k -> new ArrayList<>()).addAll(List.of(START, END));
        classes.forEach((c, ids) -> sb.append(INDENT).append("class ").append(String.join(",", ids)).append(' ')
                .append(c).append('\n'));
        styles.forEach(s -> sb.append(INDENT).append(s).append('\n'));
        // linkStyle takes an edge's index, counted in declaration order: the Start edge first
        int offset = first != null ? 1 : 0;
        for (int i = 0; i < graph.edges().size(); i++) {
            if (graph.edges().get(i).kind() == StateGraph.EdgeKind.CATCH) {
                sb.append(INDENT).append("linkStyle ").append(i + offset).append(" stroke:#c0392b,color:#c0392b\n");
            }
        }
        return sb.toString();
    }

    private void scope(Scope scope, int depth) {
        for (Node n : scope.nodes()) {
            String in = INDENT.repeat(depth);
            if (n.isContainer()) {
                sb.append(in).append("subgraph ").append(n.id()).append(" [\"").append(escape(n.name()))
                        .append(" (").append(escape(n.subtitle())).append(")\"]\n");
                sb.append(in).append(INDENT).append("direction TB\n");
                styles.add("style " + n.id() + " fill:#fafafa,stroke:#7a7a7a,stroke-dasharray: 5 5");
                // Mermaid's layout places sibling subgraphs right to left in declaration order:
                // declare the branches last to first so that they read left to right, as in the console.
                List<Scope> scopes = new ArrayList<>(n.scopes());
                java.util.Collections.reverse(scopes);
                for (Scope s : scopes) {
                    if (n.type().equals("Map")) {
                        scope(s, depth + 1); // a Map's processor: no inner box
                    } else {
                        sb.append(in).append(INDENT).append("subgraph ").append(s.id()).append(" [\"")
                                .append(escape(s.title())).append("\"]\n");
                        sb.append(in).append(INDENT).append(INDENT).append("direction TB\n");
                        styles.add("style " + s.id() + " fill:#ffffff,stroke:#b0b0b0");
                        scope(s, depth + 2);
                        sb.append(in).append(INDENT).append("end\n");
                    }
                }
                sb.append(in).append("end\n");
                continue;
            }
            sb.append(in).append(n.id()).append(shape(n)).append('\n');
            classes.computeIfAbsent(cssClass(n), k -> new ArrayList<>()).add(n.id());
        }
    }

    private static String shape(Node n) {
        String label = escape(n.name());
        switch (n.type()) {
            case "Choice":
                return "{\"" + label + "\"}";
            case "Succeed":
            case "Fail":
                return "([\"" + label + "\"])";
            default:
                return "(\"" + label + "<br/><small>" + escape(n.subtitle()) + "</small>\")";
        }
    }

    private static String cssClass(Node n) {
        switch (n.type()) {
            case "Task": return "task";
            case "Choice": return "choice";
            case "Succeed": return "succeed";
            case "Fail": return "fail";
            default: return "flow";
        }
    }

    /**
     * HTML named entities, so that no character of a name or condition is read as Mermaid syntax or
     * HTML. Not Mermaid's own {@code #quot;} codes, nor numeric entities: Mermaid 11 leaves any
     * {@code #word;} garbled in labels, so a {@code #} becomes {@code &num;}.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '#' -> out.append("&num;");
                case '`' -> out.append("&grave;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
