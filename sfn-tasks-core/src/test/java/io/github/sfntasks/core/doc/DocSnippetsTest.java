package io.github.sfntasks.core.doc;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The documentation's Java examples compile: every {@code <pre>} example in the public Javadoc of
 * {@code sfn-tasks-api} and {@code sfn-tasks-core}, and every {@code ```java} block of the root README.
 *
 * <p>Each example is compiled with {@code javax.tools.JavaCompiler} against this module's test class
 * path, inside a class that imports the public packages of the API and the core (see
 * {@link SnippetCompiler#IMPORTS}) and extends {@link SnippetFixture} (the names examples take as
 * given). Statements go into a method; an example that declares members or types (a provider's
 * fields, a provider class) goes into the class body. An example that cannot stand alone because it is
 * an excerpt of a provider's code (it uses that provider's package-private constants) passes only if
 * its text (whitespace aside; a line {@code ...} marks code left out) is in one main source file of
 * the repository, in order, which the build compiles. Anything else fails with the compiler's errors.
 */
class DocSnippetsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern JAVADOC_PRE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);
    private static final Pattern README_JAVA = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern MEMBER_START = Pattern.compile(
            "^(public|protected|private|static|final|abstract|class|record|interface|enum)\\b");

    private record Snippet(String where, String code) {
    }

    @TestFactory
    Stream<DynamicTest> everyExampleCompiles() throws IOException {
        assertTrue(Files.isRegularFile(ROOT.resolve("README.md")) && Files.isDirectory(ROOT.resolve("sfn-tasks-api")),
                "the tests run from the sfn-tasks-core folder of the repository, not " + ROOT);
        List<Snippet> snippets = new ArrayList<>();
        for (String module : List.of("sfn-tasks-api", "sfn-tasks-core")) {
            for (Path f : javaFiles(ROOT.resolve(module).resolve("src/main/java"))) {
                String text = Files.readString(f);
                Matcher m = JAVADOC_PRE.matcher(text);
                int found = 0;
                while (m.find()) {
                    snippets.add(new Snippet(ROOT.relativize(f) + ":" + lineOf(text, m.start()), unJavadoc(m.group(1))));
                    found++;
                }
                // an example in another form (a <pre> without {@code}, a closing brace elsewhere) is not skipped unseen
                assertEquals(text.split("<pre>", -1).length - 1, found,
                        f + ": every <pre> example is written <pre>{@code ... }</pre>, one line each for the markers");
            }
        }
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = README_JAVA.matcher(readme);
        while (m.find()) {
            snippets.add(new Snippet("README.md:" + lineOf(readme, m.start()), m.group(1)));
        }
        assertTrue(snippets.size() >= 40, "found only " + snippets.size() + " examples: has the Javadoc form changed?");
        assertEquals(readme.split("```java", -1).length - 1, snippets.stream().filter(s -> s.where().startsWith("README")).count(),
                "every ```java block of the README is closed by a ``` line");

        Map<String, String> units = new LinkedHashMap<>();
        for (int i = 0; i < snippets.size(); i++) {
            units.put("Snippet" + i, wrap("Snippet" + i, snippets.get(i).code()));
        }
        Map<String, List<String>> errors = SnippetCompiler.compile(units);
        List<String> sources = mainSources();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            Snippet s = snippets.get(i);
            String unit = "Snippet" + i;
            tests.add(DynamicTest.dynamicTest(s.where(), () -> {
                List<String> problems = errors.get(unit);
                if (!problems.isEmpty() && sources.stream().noneMatch(f -> isExcerptOf(s.code(), f))) {
                    fail(s.where() + ": the example does not compile, and is no excerpt of a main source file:\n"
                            + String.join("\n", problems) + "\n--- compiled as ---\n" + units.get(unit));
                }
            }));
        }
        return tests.stream();
    }

    /** @return the example as a compilation unit: its imports first, then a class holding it */
    static String wrap(String className, String code) {
        StringBuilder imports = new StringBuilder("package snippets;\n");
        SnippetCompiler.IMPORTS.forEach(i -> imports.append("import ").append(i).append(";\n"));
        imports.append("import static io.github.sfntasks.api.IntegrationPattern.*;\n");
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            if (line.startsWith("import ")) {
                imports.append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        String text = body.toString().strip();
        boolean members = MEMBER_START.matcher(text).find();
        return imports + "@SuppressWarnings(\"all\")\nclass " + className + " extends io.github.sfntasks.core.doc.SnippetFixture {\n"
                + (members ? text + "\n}\n" : "void example() throws Exception {\n" + text + "\n}\n}\n");
    }

    private static String unJavadoc(String block) {
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            out.append(line.replaceFirst("^\\s*\\* ?", "")).append('\n');
        }
        return out.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
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
     * @param code an example in which a line {@code ...} marks code left out
     * @param source a source file's text, whitespace normalized
     * @return whether the parts between the {@code ...} lines are in the source, in order
     */
    static boolean isExcerptOf(String code, String source) {
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

    /** @return the main Java sources of every module, each whitespace normalized */
    private static List<String> mainSources() throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(ROOT, 6)) {
            for (Path dir : dirs.filter(p -> p.endsWith(Path.of("src", "main", "java"))).toList()) {
                for (Path f : javaFiles(dir)) {
                    try {
                        all.add(normalize(Files.readString(f)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return all;
    }
}
