package io.github.sfntasks.core.doc;

import io.github.sfntasks.core.doc.DocExamples.Example;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documentation's Java examples compile: every {@code <pre>} example in the public Javadoc of
 * {@code sfn-tasks-api} and {@code sfn-tasks-core}, and every {@code ```java} block of the root README.
 * (conformance-cdk's {@code ModuleDocExamplesTest} checks the other modules' examples with the same code,
 * {@link DocExamples}.)
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

    private static final Pattern README_JAVA = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyExampleCompiles() throws IOException {
        Path root = DocExamples.root();
        List<Example> snippets = new ArrayList<>(DocExamples.javadocExamples(root, List.of("sfn-tasks-api", "sfn-tasks-core")));
        String readme = Files.readString(root.resolve("README.md"));
        Matcher m = README_JAVA.matcher(readme);
        while (m.find()) {
            snippets.add(new Example("README.md:" + DocExamples.lineOf(readme, m.start()), m.group(1)));
        }
        assertTrue(snippets.size() >= 40, "found only " + snippets.size() + " examples: has the Javadoc form changed?");
        assertEquals(readme.split("```java", -1).length - 1, snippets.stream().filter(s -> s.where().startsWith("README")).count(),
                "every ```java block of the README is closed by a ``` line");
        return DocExamples.compileOrExcerpt(snippets, SnippetCompiler.IMPORTS, SnippetFixture.class).stream();
    }

    /** @return the example as a compilation unit of this test: its imports first, then a class holding it */
    static String wrap(String className, String code) {
        return DocExamples.wrap(className, code, SnippetCompiler.IMPORTS, SnippetFixture.class);
    }
}
