package io.github.sfntasks.core.diagram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.core.diagram.StateGraph.Edge;
import io.github.sfntasks.core.diagram.StateGraph.EdgeKind;
import io.github.sfntasks.core.diagram.StateGraph.Node;
import io.github.sfntasks.core.diagram.StateGraph.Scope;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link StateGraph} as a Graphviz DOT digraph, drawn the way the Step Functions console draws a
 * machine: Start and End markers, Choice diamonds with their conditions on the edges, Parallel and
 * Map states as dashed clusters holding their branches, Catch edges dashed. An edge into or out of a
 * cluster is drawn to its border ({@code compound=true} with {@code lhead}/{@code ltail}).
 *
 * <pre>{@code
 * String dot = DotDiagram.of(machine.definition(RenderContext.cloudFormation()));
 * Optional<Path> graphviz = Graphviz.find();   // SVG: Graphviz.svg(graphviz.get(), dot)
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
public final class DotDiagram {

    private static final String START = "sfnStart";
    private static final String END = "sfnEnd";
    private static final String FONT = "Helvetica";

    private final StateGraph graph;
    private final StringBuilder sb = new StringBuilder();

    private DotDiagram(StateGraph graph) {
        this.graph = graph;
    }

    /**
     * @param definition a rendered ASL definition
     * @return its DOT digraph, headed by the definition's {@code Comment} as a DOT comment
     */
    public static String of(ObjectNode definition) {
        return of(StateGraph.of(definition), definition.path("Comment").asText(null));
    }

    /**
     * @param graph the graph
     * @param comment a line to head the digraph with (a {@code //} comment), or null
     * @return the DOT text
     */
    public static String of(StateGraph graph, String comment) {
        return new DotDiagram(graph).write(comment);
    }

    private String write(String comment) {
        sb.append("digraph \"state machine\" {\n");
        if (comment != null && !comment.isBlank()) {
            sb.append("  // ").append(comment.replaceAll("\\s+", " ").trim()).append('\n');
        }
        sb.append("  graph [compound=true, rankdir=TB, fontname=\"" + FONT + "\", fontsize=11, nodesep=0.35, ranksep=0.45];\n");
        sb.append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#e8f1fb\", color=\"#3b73b9\", fontname=\""
                + FONT + "\", fontsize=11, margin=\"0.15,0.06\"];\n");
        sb.append("  edge [fontname=\"" + FONT + "\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\", arrowsize=0.7];\n");
        sb.append("  " + START + " [label=\"Start\", shape=circle, style=filled, fillcolor=\"#3a3a3a\", color=\"#3a3a3a\","
                + " fontcolor=white, fontsize=9, width=0.5, fixedsize=true];\n");
        scope(graph.root(), "  ");
        sb.append("  " + END + " [label=\"End\", shape=circle, style=filled, fillcolor=\"#3a3a3a\", color=\"#3a3a3a\","
                + " fontcolor=white, fontsize=9, width=0.5, fixedsize=true];\n");
        Node first = graph.start(graph.root());
        if (first != null) {
            edge(START, null, first, "");
        }
        for (Edge e : graph.edges()) {
            StringBuilder attrs = new StringBuilder();
            if (e.label() != null) {
                attrs.append("label=\"").append(escape(e.label())).append("\"");
            }
            if (e.kind() == EdgeKind.CATCH) {
                attrs.append(attrs.length() > 0 ? ", " : "").append("style=dashed, color=\"#c0392b\", fontcolor=\"#c0392b\"");
            }
            edge(exit(e.from()), e.from().isContainer() ? e.from() : null, e.to(), attrs.toString());
        }
        for (Node n : graph.root().nodes()) {
            if (n.terminal()) {
                edge(exit(n), n.isContainer() ? n : null, null, "");
            }
        }
        sb.append("}\n");
        return sb.toString();
    }

    private void edge(String tail, Node tailCluster, Node head, String attrs) {
        StringBuilder a = new StringBuilder(attrs);
        String headId = head == null ? END : entry(head);
        if (head != null && head.isContainer()) {
            a.append(a.length() > 0 ? ", " : "").append("lhead=").append(cluster(head));
        }
        if (tailCluster != null) {
            a.append(a.length() > 0 ? ", " : "").append("ltail=").append(cluster(tailCluster));
        }
        sb.append("  ").append(tail).append(" -> ").append(headId);
        if (a.length() > 0) {
            sb.append(" [").append(a).append(']');
        }
        sb.append(";\n");
        if (head != null && head.isContainer()) {
            // Invisible edges to the other branches of every Parallel the edge enters keep the
            // branches left to right in their declared order, as the console shows them.
            for (Node start : otherBranchStarts(head)) {
                sb.append("  ").append(tail).append(" -> ").append(entry(start)).append(" [style=invis, lhead=")
                        .append(cluster(head)).append(tailCluster != null ? ", ltail=" + cluster(tailCluster) : "")
                        .append("];\n");
            }
        }
    }

    /** The first states of every branch but the first, of a box and of the boxes its entry goes through. */
    private List<Node> otherBranchStarts(Node container) {
        List<Node> out = new ArrayList<>();
        for (Node n = container; n != null && n.isContainer(); n = graph.start(n.scopes().get(0))) {
            for (Scope branch : n.scopes().subList(1, n.scopes().size())) {
                Node start = graph.start(branch);
                if (start != null) {
                    out.add(start);
                }
            }
        }
        return out;
    }

    /** The node an edge into a state ends at: the state, or the first state inside its box. */
    private String entry(Node n) {
        if (!n.isContainer()) {
            return n.id();
        }
        Node start = graph.start(n.scopes().get(0));
        return start == null ? n.id() : entry(start);
    }

    /** The node an edge out of a state starts at: the state, or a last state inside its box. */
    private String exit(Node n) {
        if (!n.isContainer()) {
            return n.id();
        }
        Scope s = n.scopes().get(0);
        Node last = s.nodes().get(s.nodes().size() - 1);
        for (Node c : s.nodes()) {
            if (c.terminal()) {
                last = c;
                break;
            }
        }
        return exit(last);
    }

    private static String cluster(Node n) {
        return "cluster_" + n.id();
    }

    private void scope(Scope scope, String in) {
        for (Node n : scope.nodes()) {
            if (n.isContainer()) {
                sb.append(in).append("subgraph ").append(cluster(n)).append(" {\n");
                sb.append(in).append("  label=<<B>").append(html(n.name())).append("</B> <FONT POINT-SIZE=\"9\" COLOR=\"#555555\">")
                        .append(html(n.subtitle())).append("</FONT>>;\n");
                sb.append(in).append("  style=\"dashed,rounded\"; color=\"#7a7a7a\"; fontsize=11; labeljust=l;\n");
                for (Scope s : n.scopes()) {
                    if (n.type().equals("Map")) {
                        scope(s, in + "  "); // a Map's processor: no inner box
                    } else {
                        sb.append(in).append("  subgraph cluster_").append(s.id()).append(" {\n");
                        sb.append(in).append("    label=\"").append(escape(s.title()))
                                .append("\"; style=\"rounded\"; color=\"#b0b0b0\"; fontsize=9; fontcolor=\"#555555\";\n");
                        scope(s, in + "    ");
                        sb.append(in).append("  }\n");
                    }
                }
                sb.append(in).append("}\n");
                continue;
            }
            sb.append(in).append(n.id()).append(" [").append(attributes(n)).append("];\n");
        }
    }

    private static String attributes(Node n) {
        switch (n.type()) {
            case "Choice":
                return "label=\"" + escape(n.name()) + "\", shape=diamond, style=filled, fillcolor=\"#fff4d6\", color=\"#b58900\"";
            case "Succeed":
                return "label=\"" + escape(n.name()) + "\", fillcolor=\"#e3f4e1\", color=\"#2e7d32\", style=\"rounded,filled,bold\"";
            case "Fail":
                return "label=\"" + escape(n.name()) + "\", fillcolor=\"#fde2e1\", color=\"#c0392b\", style=\"rounded,filled,bold\"";
            default:
                String label = "label=<" + html(n.name()) + "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">"
                        + html(n.subtitle()) + "</FONT>>";
                return n.type().equals("Task") ? label : label + ", fillcolor=\"#f4f4f4\", color=\"#8a8a8a\"";
        }
    }

    /** A DOT double-quoted string's content. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", " ").replace("\n", " ");
    }

    /** Text inside a DOT HTML-like label. */
    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\r", " ").replace("\n", " ");
    }
}
