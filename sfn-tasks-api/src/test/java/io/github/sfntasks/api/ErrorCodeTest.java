package io.github.sfntasks.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorCodeTest {

    @Test
    void everyCodeHasASectionInTheErrorsPage() throws IOException {
        String page = Files.readString(Path.of("../docs/errors.md"));
        for (ErrorCode c : ErrorCode.values()) {
            assertTrue(page.contains("\n## " + c.code() + "\n"), "docs/errors.md has no section for " + c.code());
        }
    }

    @Test
    void everyWarningCodeHasASectionInTheErrorsPage() throws IOException {
        String page = Files.readString(Path.of("../docs/errors.md"));
        for (WarningCode c : WarningCode.values()) {
            assertTrue(page.contains("\n## " + c.code() + "\n"), "docs/errors.md has no section for " + c.code());
        }
    }

    @Test
    void codesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (ErrorCode c : ErrorCode.values()) {
            assertTrue(seen.add(c.code()), c.code());
        }
    }

    @Test
    void messagesCarryCodeAndDocsPointer() {
        TaskValidationException e = new TaskValidationException(ErrorCode.OUT_OF_RANGE, "Send", "delaySeconds",
                "must be between 0 and 900, was 901");
        assertTrue(e.getMessage().startsWith("SFN-E010 state \"Send\": delaySeconds: must be"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(see docs/errors.md#sfn-e010,"
                + " https://github.com/sfn-tasks/sfn-tasks/blob/main/docs/errors.md#sfn-e010)"), e.getMessage());
    }

    @Test
    void theStableUrlIsTheRepositoryOfThePomAndTheAnchorOfTheSection() throws IOException {
        // The root pom's <url> names the repository; GitHub renders "## SFN-E027" with the anchor #sfn-e027.
        String pom = Files.readString(Path.of("../pom.xml"));
        assertTrue(pom.contains("<url>https://github.com/sfn-tasks/sfn-tasks</url>"), "the pom's url moved: update DOCS_BASE_URL");
        assertTrue(ErrorCode.INVALID_STATE.docsUrl().equals(
                "https://github.com/sfn-tasks/sfn-tasks/blob/main/docs/errors.md#sfn-e027"), ErrorCode.INVALID_STATE.docsUrl());
    }
}
