package io.github.sfntasks.core.diagram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MermaidDiagramTest {

    @Test
    void escapesWhatMermaidOrHtmlWouldRead() {
        // HTML named entities: Mermaid 11 garbles its own #code; entities in labels
        assertEquals("&quot;A&quot; &amp; &lt;b&gt; &num;1; &grave;x&grave; y", MermaidDiagram.escape("\"A\" & <b> #1; `x`\ny"));
    }

    @Test
    void stateNamesThatLookLikeSyntaxStayLabels() throws Exception {
        ObjectNode def = (ObjectNode) new ObjectMapper().readTree("{\"StartAt\":\"end\",\"States\":{"
                + "\"end\":{\"Type\":\"Pass\",\"Next\":\"a --> b\"},"
                + "\"a --> b\":{\"Type\":\"Succeed\"}}}");
        String m = MermaidDiagram.of(StateGraph.of(def), null);
        assertTrue(m.contains("s1(\"end<br/>"), m);
        assertTrue(m.contains("s2([\"a --&gt; b\"])"), m);
        assertTrue(m.contains("s1 --> s2\n"), m);
        assertFalse(m.contains("\n    end -->"), "a state named end is not Mermaid's keyword end");
    }

    @Test
    void catchEdgesAreStyledByTheirIndex() throws Exception {
        ObjectNode def = (ObjectNode) new ObjectMapper().readTree("{\"StartAt\":\"T\",\"States\":{"
                + "\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Next\":\"Ok\","
                + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Bad\"}]},"
                + "\"Ok\":{\"Type\":\"Succeed\"},\"Bad\":{\"Type\":\"Fail\"}}}");
        String m = MermaidDiagram.of(StateGraph.of(def), null);
        // edges in order: 0 Start->T, 1 T->Ok, 2 T-.->Bad (the catch), then the End edges
        assertTrue(m.contains("s1 -.->|\"States.ALL\"| s3\n"), m);
        assertTrue(m.contains("linkStyle 2 "), m);
    }
}
