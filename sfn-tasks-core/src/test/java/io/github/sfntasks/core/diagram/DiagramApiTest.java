package io.github.sfntasks.core.diagram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public entry points: a rendered definition in, a picture out, headed by the definition's Comment. */
class DiagramApiTest {

    private static ObjectNode definition() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("{\"Comment\":\"Orders\\nin two lines\",\"StartAt\":\"Check\",\"States\":{"
                + "\"Check\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.total\",\"NumericGreaterThan\":100,\"Next\":\"Big\"}],"
                + "\"Default\":\"Small\"},\"Big\":{\"Type\":\"Succeed\"},\"Small\":{\"Type\":\"Succeed\"}}}");
    }

    @Test
    void mermaidFromADefinitionIsHeadedByItsCommentOnOneLine() throws Exception {
        String m = MermaidDiagram.of(definition());
        assertTrue(m.startsWith("flowchart TD\n    %% Orders in two lines\n"), m);
        assertTrue(m.contains("s1 -->|\"$.total &gt; 100\"| s2\n"), m); // the rule's condition on its edge
        assertTrue(m.contains("s1 -->|\"Default\"| s3\n"), m);
    }

    @Test
    void dotFromADefinitionIsHeadedByItsCommentOnOneLine() throws Exception {
        String d = DotDiagram.of(definition());
        assertTrue(d.startsWith("digraph \"state machine\" {\n  // Orders in two lines\n"), d);
        assertTrue(d.contains("s1 -> s2 [label=\"$.total > 100\"];"), d);
    }

    @Test
    void theGraphsEdgesAreReadOnly() throws Exception {
        StateGraph g = StateGraph.of(definition());
        assertEquals(2, g.edges().size());
        assertEquals(StateGraph.EdgeKind.DEFAULT, g.edges().get(1).kind());
        assertEquals("Check", g.start(g.root()).name());
        assertThrows(UnsupportedOperationException.class, () -> g.edges().clear());
        assertThrows(NullPointerException.class, () -> StateGraph.of(null));
    }
}
