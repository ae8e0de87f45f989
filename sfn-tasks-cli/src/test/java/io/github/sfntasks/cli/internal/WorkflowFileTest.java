package io.github.sfntasks.cli.internal;

import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.core.workflow.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowFileTest {

    @Test
    void theExtensionChoosesTheFormat() {
        assertTrue(WorkflowFile.isYaml(Path.of("a.yaml")));
        assertTrue(WorkflowFile.isYaml(Path.of("dir/A.YML")));
        assertFalse(WorkflowFile.isYaml(Path.of("a.json")));
        assertFalse(WorkflowFile.isYaml(Path.of("yaml")));
    }

    @Test
    void aSnakeYamlMessageBecomesOneLineAtItsProblemMark() {
        // the shape of SnakeYAML's MarkedYAMLException message: context, problem, marks with snippets
        String detail = "not well-formed: while scanning a quoted scalar\n"
                + " in 'reader', line 6, column 6:\n"
                + "      B: \"abc\n"
                + "         ^\n"
                + "found unexpected end of stream\n"
                + " in 'reader', line 7, column 1:\n"
                + "    \n"
                + "    ^\n";
        Problem p = WorkflowFile.oneLine(new Problem("q.yaml", 5, 4, null, null, ErrorCode.INVALID_WORKFLOW, detail));
        assertEquals("q.yaml:7:1: not well-formed: while scanning a quoted scalar: found unexpected end of stream (SFN-E026)",
                p.toString());
    }

    @Test
    void oneLineProblemsAreKept() {
        Problem p = new Problem("a.json", 1, 2, "S", "x", ErrorCode.INVALID_PROPERTY, "bad");
        assertSame(p, WorkflowFile.oneLine(p));
    }
}
