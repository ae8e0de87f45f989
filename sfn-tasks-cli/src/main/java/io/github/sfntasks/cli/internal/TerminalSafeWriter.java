package io.github.sfntasks.cli.internal;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.DisplayText;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the command line prints, made unable to drive a terminal: every control character
 * ({@link DisplayText#isControl(char)}) but line feed, carriage return and tab is written as <code>&#92;uXXXX</code>.
 * In JSON output that is the same string (a JSON string may escape any character so; Jackson already escapes C0
 * controls, not C1 ones or bidirectional overrides); in messages it shows what a name holds instead of obeying it.
 * The library's messages are escaped already; this covers everything else the CLI prints (paths taken by {@code run},
 * picocli's messages quoting arguments, file names). Public only for {@code Main}; the package is not exported.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.2")
public final class TerminalSafeWriter extends FilterWriter {

    /** @param out where the escaped text goes */
    public TerminalSafeWriter(Writer out) {
        super(out);
    }

    private static boolean escaped(char c) {
        return c != '\n' && c != '\r' && c != '\t' && DisplayText.isControl(c);
    }

    @Override
    public void write(int c) throws IOException {
        if (escaped((char) c)) {
            out.write(DisplayText.escape(String.valueOf((char) c)));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (escaped(cbuf[i])) {
                out.write(cbuf, start, i - start);
                out.write(DisplayText.escape(String.valueOf(cbuf[i])));
                start = i + 1;
            }
        }
        out.write(cbuf, start, end - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        char[] chars = new char[len];
        str.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }
}
