package io.github.sfntasks.cli.internal;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast path parses a command line only when picocli would parse it into the same fields: every line of the
 * corpus goes through both, each into a fresh command.
 */
class FastPathTest {

    private static final List<String[]> ACCEPTED = List.of(
            new String[] {"render", "wf.json"},
            new String[] {"render", "wf.json", "--out", "build/out"},
            new String[] {"render", "--region", "eu-west-1", "wf.yaml"},
            new String[] {"render", "wf.json", "--out=o", "--partition=aws-cn", "--region", "cn-north-1", "--account", "123456789012"},
            new String[] {"render", "wf.json", "--region", "${Region}"},
            new String[] {"render", "wf.json", "--account="},
            new String[] {"validate", "dir/wf.json"});

    private static final List<String[]> DECLINED = List.of(
            new String[] {"render"},
            new String[] {"render", "a.json", "b.json"},
            new String[] {"render", "--help"},
            new String[] {"render", "-h"},
            new String[] {"render", "-V", "wf.json"},
            new String[] {"render", "wf.json", "--out"},
            new String[] {"render", "wf.json", "--out", "--region", "x"},
            new String[] {"render", "wf.json", "--region", "a", "--region", "b"},
            new String[] {"render", "wf.json", "--regoin", "a"},
            new String[] {"render", "--", "wf.json"},
            new String[] {"render", "@args.txt"},
            new String[] {"render", "wf.json", "--out", "\0bad"},
            new String[] {"validate", "wf.json", "--out", "x"},
            new String[] {"graph", "wf.json"},
            new String[] {"rendr", "wf.json"},
            new String[] {});

    @Test
    void acceptsPlainLinesExactlyAsPicocliParsesThem() throws Exception {
        for (String[] args : ACCEPTED) {
            Object fast = command(args);
            assertTrue(FastPath.parse(fast, args), () -> String.join(" ", args));
            Object slow = command(args);
            new CommandLine(slow).parseArgs(tail(args));
            assertEquals(fields(slow), fields(fast), () -> String.join(" ", args));
        }
    }

    @Test
    void declinesEverythingElseAndSetsNothing() throws Exception {
        for (String[] args : DECLINED) {
            Object fast = command(args);
            List<Object> before = fields(fast);
            assertFalse(FastPath.parse(fast, args), () -> String.join(" ", args));
            assertEquals(before, fields(fast), () -> String.join(" ", args));
        }
    }

    private static Object command(String[] args) {
        return args.length > 0 && args[0].equals("validate") ? new ValidateCommand(null) : new RenderCommand(null);
    }

    private static String[] tail(String[] args) {
        String[] t = new String[args.length - 1];
        System.arraycopy(args, 1, t, 0, t.length);
        return t;
    }

    private static List<Object> fields(Object command) throws Exception {
        List<Object> out = new ArrayList<>();
        for (var f : command.getClass().getDeclaredFields()) {
            if (f.getType() == String.class || f.getType() == Path.class) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                out.add(f.getName() + "=" + Objects.toString(f.get(command)));
            }
        }
        return out;
    }
}
