package io.github.sfntasks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.sfntasks.cli.Invocation.example;
import static io.github.sfntasks.cli.Invocation.sfnTasks;
import static io.github.sfntasks.cli.Invocation.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code graph}: the picture the Step Functions console draws, in Mermaid, DOT and SVG. The
 * assertions look for the console's elements: Start and End, Choice conditions on edges, the
 * Default branch, Parallel and Map as boxes, Catch dashed.
 */
class GraphCommandTest {

    @TempDir
    Path tmp;

    /** The id Mermaid output gives the node whose label starts with {@code name}. */
    private static String mermaidId(String mermaid, String name) {
        Matcher m = Pattern.compile("^\\s*(\\w+)[(\\[{]+\"" + Pattern.quote(name) + "[\"<]", Pattern.MULTILINE).matcher(mermaid);
        assertTrue(m.find(), "no node " + name + " in\n" + mermaid);
        return m.group(1);
    }

    private static String mermaidSubgraph(String mermaid, String title) {
        Matcher m = Pattern.compile("^\\s*subgraph (\\w+) \\[\"" + Pattern.quote(title), Pattern.MULTILINE).matcher(mermaid);
        assertTrue(m.find(), "no subgraph " + title + " in\n" + mermaid);
        return m.group(1);
    }

    private static boolean dotOnPath() {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "dot")));
    }

    @Test
    void mermaidIsTheDefaultAndDrawsLikeTheConsole() {
        Invocation run = sfnTasks("graph", example("order.yaml").toString());
        assertEquals(Main.OK, run.exitCode(), run.toString());
        String m = run.out();
        assertTrue(m.startsWith("flowchart TD\n"), m);
        String validate = mermaidId(m, "Validate order");
        String choice = mermaidId(m, "Is the order valid?");
        String reject = mermaidId(m, "Reject order");
        String cancel = mermaidId(m, "Cancel order");
        String parallel = mermaidSubgraph(m, "Pay and reserve");
        String map = mermaidSubgraph(m, "Ship items");
        // Start and End markers
        assertTrue(m.contains("sfnStart --> " + validate + "\n"), m);
        assertTrue(m.contains(reject + " --> sfnEnd\n"), m);
        // a Choice is a diamond; its rule's condition labels the edge (short form, HTML-escaped); Default too
        assertTrue(m.contains(choice + "{\"Is the order valid?\"}"), m);
        assertTrue(m.contains(choice + " -->|\"$.validation.valid == true &amp;&amp; $.validation.total &gt; 0\"| "
                + parallel + "\n"), m);
        assertTrue(m.contains(choice + " -->|\"Default\"| " + reject + "\n"), m);
        // Parallel: a box holding one box per branch, each holding its states; Map: a box with its processor
        assertTrue(m.contains("subgraph " + parallel + "b1 [\"Branch 1\"]"), m);
        assertTrue(m.contains("subgraph " + parallel + "b2 [\"Branch 2\"]"), m);
        assertTrue(m.indexOf(mermaidId(m, "Charge card")) > m.indexOf("subgraph " + parallel + "b1"), m);
        assertTrue(m.indexOf(mermaidId(m, "Ship item")) > m.indexOf("subgraph " + map), m);
        // Catch: dashed, labelled with the errors it catches
        assertTrue(m.contains(parallel + " -.->|\"States.ALL\"| " + cancel + "\n"), m);
        // what each Task calls
        assertTrue(m.contains("Reserve stock<br/><small>lambda:invoke.waitForTaskToken</small>"), m);
    }

    @Test
    void choiceConditionsHaveAShortForm() {
        Invocation run = sfnTasks("graph", workflow(tmp, "plain-asl.json").toString());
        assertEquals(Main.OK, run.exitCode(), run.toString());
        String m = run.out();
        assertTrue(m.contains("|\"$.total &gt;= 1000\"|"), m);
        assertTrue(m.contains("|\"!($.customer.vip is present)\"|"), m);
        assertTrue(m.contains("|\"$.country == &quot;NZ&quot; || $.note matches &quot;*urgent*&quot;\"|"), m);
        Invocation jsonata = sfnTasks("graph", workflow(tmp, "jsonata.yaml").toString());
        assertTrue(jsonata.out().contains("|\"$states.input.total &gt; 100\"|"), jsonata.out());
    }

    @Test
    void dotUsesClustersAndDashedCatchEdges() {
        Invocation run = sfnTasks("graph", example("order.json").toString(), "--format", "dot");
        assertEquals(Main.OK, run.exitCode(), run.toString());
        String d = run.out();
        assertTrue(d.startsWith("digraph "), d);
        assertTrue(d.contains("compound=true"), d);
        assertTrue(d.contains("subgraph cluster_"), d);
        assertTrue(d.contains("label=<<B>Pay and reserve</B>"), d);
        assertTrue(d.contains("shape=diamond"), d);
        assertTrue(d.contains("[label=\"States.ALL\", style=dashed"), d);
        assertTrue(d.contains("label=\"$.validation.valid == true && $.validation.total > 0\", lhead=cluster_"), d);
        assertTrue(d.contains("sfnStart [label=\"Start\""), d);
        assertTrue(d.contains("-> sfnEnd"), d);
        assertTrue(d.strip().endsWith("}"), d);
    }

    @Test
    void svgWhenGraphvizIsInstalled() throws IOException {
        assumeTrue(dotOnPath(), "Graphviz's dot is not on the PATH");
        Path out = tmp.resolve("pictures/order.svg");
        Invocation run = sfnTasks("graph", example("order.yaml").toString(), "--format", "svg", "--out", out.toString());
        assertEquals(Main.OK, run.exitCode(), run.toString());
        String svg = Files.readString(out);
        assertTrue(svg.contains("<svg"), svg);
        assertTrue(svg.contains("Pay and reserve"), "state names are drawn");
        assertTrue(svg.contains("stroke-dasharray"), "the Catch edge is dashed");
    }

    @Test
    void anInvalidWorkflowIsNotDrawn() {
        Invocation run = sfnTasks("graph", workflow(tmp, "broken.yaml").toString());
        assertEquals(Main.INVALID_WORKFLOW, run.exitCode(), run.toString());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Invocation run = sfnTasks("graph", example("order.json").toString(), "--format", "png");
        assertEquals(Main.USAGE_OR_IO_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--format"), run.err());
    }
}
