package io.github.sfntasks.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Issue 17 class 7: what a terminal would obey is shown, not obeyed. */
class DisplayTextTest {

    @Test
    void escapesC0DelC1AndBidiControlsAsUnicodeEscapes() {
        // ESC [2J clears the screen; ESC ] 0 ; ... BEL sets the window title; U+009B is a one-character CSI
        assertEquals("a\\u001b[2Jb", DisplayText.escape("a\u001b[2Jb"));
        assertEquals("\\u001b]0;t\\u0007", DisplayText.escape("\u001b]0;t\u0007"));
        assertEquals("\\u009b31m\\u007f", DisplayText.escape("\u009b31m\u007f"));
        // U+202E RIGHT-TO-LEFT OVERRIDE makes "gnp.exe" read backwards; isolates and marks likewise
        assertEquals("x\\u202egnp.exe", DisplayText.escape("x\u202egnp.exe"));
        assertEquals("\\u2066\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029",
                DisplayText.escape("\u2066\u2069\u200e\u200f\u061c\u2028\u2029"));
        assertEquals("line\\u000anext\\u0009tab\\u000d", DisplayText.escape("line\nnext\ttab\r"));
        assertEquals("\\u0000", DisplayText.escape("\u0000"));
    }

    @Test
    void keepsEverythingElseAsItIs() {
        String fine = "Ünïcödé 名前 😀 \\ back\\slash \u00a0nbsp";
        assertSame(fine, DisplayText.escape(fine));
        assertNull(DisplayText.escape(null));
    }

    @Test
    void unpairedSurrogatesAreEscapedAndPairsKept() {
        assertEquals("\\ud800x", DisplayText.escape("\ud800x"));
        assertEquals("x\\udc00", DisplayText.escape("x\udc00"));
        assertEquals("\ud83d\ude00", DisplayText.escape("\ud83d\ude00"));
    }

    @Test
    void keepingLinesKeepsLineFeedsOnly() {
        assertEquals("a\nb\r\nc\\u001b\\u000d", DisplayText.escapeKeepingLines("a\nb\r\nc\u001b\r"));
    }

    @Test
    void exceptionMessagesAreEscapedButAccessorsKeepTheRawText() {
        SfnTasksException e = new SfnTasksException(ErrorCode.INVALID_WORKFLOW, "bad \u001b[2J");
        assertEquals("SFN-E026 bad \\u001b[2J (see docs/errors.md#sfn-e026, " + ErrorCode.INVALID_WORKFLOW.docsUrl() + ")", e.getMessage());
        TaskValidationException t = new TaskValidationException(ErrorCode.INVALID_STATE, "S\u001b", "p", "d\u009b");
        assertEquals("S\u001b", t.stateName());
        assertEquals("d\u009b", t.detail());
        assertEquals("SFN-E027 state \"S\\u001b\": p: d\\u009b (see docs/errors.md#sfn-e027, " + ErrorCode.INVALID_STATE.docsUrl() + ")", t.getMessage());
    }
}
