package io.github.sfntasks.core.doc;

import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Finds the documentation's examples in the repository and checks that the Java ones compile: what
 * {@link DocSnippetsTest} (the API and the core) and conformance-cdk's {@code ModuleDocExamplesTest} (every
 * other module) share. This module publishes its tests as a test-jar for that reason.
 *
 * <p>An example is a {@code <pre>{@code ...}</pre>} block of a main source file's Javadoc, the markers on
 * lines of their own; a {@code <pre>} in another form is reported, never skipped unseen. A Java example is
 * compiled with {@link SnippetCompiler}, wrapped by {@link #wrap}; one that does not compile passes only
 * if it is an excerpt of a main source file of the repository ({@link #isExcerptOf}).
 */
public final class DocExamples {

    private static final Pattern JAVADOC_PRE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);
    private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^\\s*(/\\*|\\*).*$");
    private static final Pattern MEMBER_START = Pattern.compile(
            "^(@\\w|(public|protected|private|static|final|abstract|class|record|interface|enum)\\b)");

    /**
     * One example.
     *
     * @param where the file, relative to the repository, and the line of its {@code <pre>}
     * @param code its text, the Javadoc's leading {@code *} removed
     */
    public record Example(String where, String code) {
    }

    private DocExamples() {
    }

    /**
     * @return the repository's root folder: the tests run in a module's folder, one level below it
     */
    public static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.isRegularFile(root.resolve("README.md")) && Files.isDirectory(root.resolve("sfn-tasks-api")),
                "the tests run from a module folder of the repository, not " + Path.of("").toAbsolutePath());
        return root;
    }

    /**
     * @param root the repository's root folder
     * @param modules module folders relative to the root ({@code providers/sqs})
     * @return every {@code <pre>{@code ...}</pre>} example of the modules' main Javadoc, in file order
     * @throws AssertionError naming file and line of every {@code <pre>} in another form (without {@code &#123;@code},
     *         or its markers not on lines of their own)
     */
    public static List<Example> javadocExamples(Path root, List<String> modules) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> otherForm = new ArrayList<>();
        for (String module : modules) {
            Path sources = root.resolve(module).resolve("src/main/java");
            assertTrue(Files.isDirectory(sources), "no main sources in " + sources);
            for (Path f : javaFiles(sources)) {
                String text = Files.readString(f);
                String file = root.relativize(f).toString();
                List<Integer> starts = new ArrayList<>();
                Matcher m = JAVADOC_PRE.matcher(text);
                while (m.find()) {
                    examples.add(new Example(file + ":" + lineOf(text, m.start()), unJavadoc(m.group(1))));
                    starts.add(m.start());
                }
                for (int at = text.indexOf("<pre>"); at >= 0; at = text.indexOf("<pre>", at + 1)) {
                    if (!starts.contains(at)) {
                        otherForm.add(file + ":" + lineOf(text, at));
                    }
                }
            }
        }
        if (!otherForm.isEmpty()) {
            fail("every <pre> example is written <pre>{@code ... }</pre>, one line each for the markers; not so at:\n"
                    + String.join("\n", otherForm));
        }
        return examples;
    }

    /**
     * Compiles the Java examples in one go and gives one test per example: it fails, with the compiler's
     * errors and the unit as compiled, when the example neither compiles nor is an excerpt of a main source file.
     *
     * @param examples Java examples
     * @param imports what every example's unit imports ({@code io.github.sfntasks.api.*}), see {@link #wrap}
     * @param fixture the class every example's class extends: the names examples take as given
     * @return one test per example, named by its {@link Example#where()}
     */
    public static List<DynamicTest> compileOrExcerpt(List<Example> examples, List<String> imports, Class<?> fixture)
            throws IOException {
        Map<String, String> units = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            units.put("Snippet" + i, wrap("Snippet" + i, examples.get(i).code(), imports, fixture));
        }
        Map<String, List<String>> errors = SnippetCompiler.compile(units);
        List<String> sources = mainSources(root());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Example s = examples.get(i);
            String unit = "Snippet" + i;
            tests.add(DynamicTest.dynamicTest(s.where(), () -> {
                List<String> problems = errors.get(unit);
                if (!problems.isEmpty() && sources.stream().noneMatch(f -> isExcerptOf(s.code(), f))) {
                    fail(s.where() + ": the example does not compile, and is no excerpt of a main source file:\n"
                            + String.join("\n", problems) + "\n--- compiled as ---\n" + units.get(unit));
                }
            }));
        }
        return tests;
    }

    /**
     * Wraps an example into a compilation unit of package {@code snippets}: the given imports, the example's own
     * {@code import} lines and a static import of the integration patterns first, then a class extending the
     * fixture. Statements go into a method; an example that declares members or types (a provider's fields, a
     * provider class, an annotated method or class) goes into the class body.
     *
     * @param className the class's simple name
     * @param code the example
     * @param imports what the unit imports ({@code io.github.sfntasks.api.*})
     * @param fixture the class the unit's class extends
     * @return the unit's text
     */
    public static String wrap(String className, String code, List<String> imports, Class<?> fixture) {
        StringBuilder head = new StringBuilder("package snippets;\n");
        imports.forEach(i -> head.append("import ").append(i).append(";\n"));
        head.append("import static io.github.sfntasks.api.IntegrationPattern.*;\n");
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            if (line.startsWith("import ")) {
                head.append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        String text = body.toString().strip();
        boolean members = MEMBER_START.matcher(text).find();
        return head + "@SuppressWarnings(\"all\")\nclass " + className + " extends " + fixture.getName() + " {\n"
                + (members ? text + "\n}\n" : "void example() throws Exception {\n" + text + "\n}\n}\n");
    }

    /**
     * @param code an example in which a line {@code ...} marks code left out
     * @param source a source file's text, whitespace normalized
     * @return whether the parts between the {@code ...} lines are in the source, in order
     */
    public static boolean isExcerptOf(String code, String source) {
        int from = 0;
        for (String part : code.split("(?m)^\\s*\\.\\.\\.\\s*$")) {
            String p = normalize(part);
            if (p.isEmpty()) {
                continue;
            }
            int at = source.indexOf(p, from);
            if (at < 0) {
                return false;
            }
            from = at + p.length();
        }
        return true;
    }

    /**
     * @param text a file's text
     * @param offset a position in it
     * @return the position's line, from 1
     */
    public static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String unJavadoc(String block) {
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            out.append(line.replaceFirst("^\\s*\\* ?", "")).append('\n');
        }
        return out.toString();
    }

    private static String normalize(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /**
     * @return the main Java sources of every module, each whitespace normalized, without their comment blocks'
     *         lines (those starting {@code /*} or {@code *}): an example is never an excerpt of itself
     */
    private static List<String> mainSources(Path root) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(root, 6)) {
            for (Path dir : dirs.filter(p -> p.endsWith(Path.of("src", "main", "java"))).toList()) {
                for (Path f : javaFiles(dir)) {
                    try {
                        all.add(normalize(COMMENT_LINE.matcher(Files.readString(f)).replaceAll("")));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return all;
    }
}
