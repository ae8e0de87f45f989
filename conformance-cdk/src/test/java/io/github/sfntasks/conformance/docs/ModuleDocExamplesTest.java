package io.github.sfntasks.conformance.docs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.doc.DocExamples;
import io.github.sfntasks.core.doc.DocExamples.Example;
import io.github.sfntasks.core.doc.SnippetCompiler;
import io.github.sfntasks.core.workflow.WorkflowReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Javadoc examples of every module that sfn-tasks-core's {@code DocSnippetsTest} does not cover are checked:
 * provider-support, every provider, sfn-tasks-local, sfn-tasks-cdk, testing, conformance and this module. They are
 * all on this module's test class path, with their dependencies (the CDK, JUnit, jqwik, ArchUnit); a module that is
 * not can be named by the system property {@value SnippetCompiler#EXTRA_CLASS_PATH}.
 *
 * <p>An example is a {@code <pre>{@code ...}</pre>} block, as in the API and the core; a {@code <pre>} in another
 * form fails ({@link DocExamples#javadocExamples}). An example whose text starts with <code>{</code>, {@code [} or
 * {@code "} is JSON; any other is Java.
 * <ul>
 *   <li>Java examples are compiled in one go, with the core test's code ({@link DocExamples#compileOrExcerpt}),
 *       inside a class that imports the public packages of the API, the core and every checked module, and the
 *       test libraries' usual ones ({@link #imports}), and extends {@link ModuleSnippetFixture}. One that does not
 *       compile passes only if it is an excerpt of a main source file (a line {@code ...} marks code left out).</li>
 *   <li>JSON examples parse with Jackson (strictly: no duplicate key, no trailing token; {@code //} comments
 *       allowed): one or more objects, or an object's members (a workflow state's {@code "Provider": ...,
 *       "Properties": {...}}), which are read inside braces. An example that names a {@code Provider} is a workflow
 *       file's state: it is read as the one state of a workflow ({@link WorkflowReader}, every provider of the
 *       class path registered), so its properties are those of the provider, valid.</li>
 *   <li>The {@code ```json} blocks of the repository's Markdown files are checked as the JSON examples are. A JSON
 *       example with {@code StartAt} and {@code States} is a whole workflow file, read as one.</li>
 * </ul>
 */
class ModuleDocExamplesTest {

    /** The modules checked here, besides each folder of {@code providers}. */
    static final List<String> MODULES = List.of("provider-support", "sfn-tasks-local", "sfn-tasks-cdk", "testing",
            "conformance", "conformance-cdk");

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern MARKDOWN_JSON = Pattern.compile("(?m)^```json\\n(.*?)^```", Pattern.DOTALL);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @TestFactory
    Stream<DynamicTest> everyExampleCompilesOrParses() throws IOException {
        Path root = DocExamples.root();
        List<String> modules = modules(root);
        List<Example> java = new ArrayList<>();
        List<Example> json = new ArrayList<>();
        for (Example e : DocExamples.javadocExamples(root, modules)) {
            (isJson(e.code()) ? json : java).add(e);
        }
        assertTrue(java.size() >= 60 && json.size() >= 15, "found only " + java.size() + " Java and " + json.size()
                + " JSON examples: has the Javadoc form changed?");
        System.out.println("[doc examples] " + modules.size() + " modules: " + java.size() + " Java, " + json.size() + " JSON");
        List<DynamicTest> tests = new ArrayList<>(DocExamples.compileOrExcerpt(java, imports(root, modules), ModuleSnippetFixture.class));
        json.addAll(markdownJson(root));
        WorkflowReader reader = new WorkflowReader(TaskRegistry.load());
        for (Example e : json) {
            tests.add(DynamicTest.dynamicTest(e.where(), () -> checkJson(e, reader)));
        }
        return tests.stream();
    }

    /** @return provider-support, each folder of {@code providers}, then the other modules */
    static List<String> modules(Path root) throws IOException {
        List<String> modules = new ArrayList<>();
        try (Stream<Path> providers = Files.list(root.resolve("providers"))) {
            providers.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).sorted()
                    .forEach(p -> modules.add(root.relativize(p).toString()));
        }
        assertFalse(modules.isEmpty(), "no provider module in " + root.resolve("providers"));
        modules.addAll(MODULES);
        return modules;
    }

    /**
     * @return the core test's imports (the API's and the core's public packages, the JDK's and Jackson's usual ones),
     *         the public packages of the checked modules (none with {@code internal} in its name), and the test
     *         libraries an example of the testing support uses
     */
    static List<String> imports(Path root, List<String> modules) throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        for (String module : modules) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = PACKAGE.matcher(Files.readString(f));
                    if (m.find() && !m.group(1).contains("internal")) {
                        packages.add(m.group(1) + ".*");
                    }
                }
            }
        }
        List<String> imports = new ArrayList<>(SnippetCompiler.IMPORTS);
        packages.stream().filter(p -> !imports.contains(p)).forEach(imports::add);
        imports.addAll(List.of("org.junit.jupiter.api.*", "net.jqwik.api.*", "com.tngtech.archunit.junit.*",
                "com.tngtech.archunit.lang.*", "com.tngtech.archunit.core.importer.*"));
        return imports;
    }

    /**
     * @return the {@code ```json} blocks of the repository's Markdown files (the README, each module's, docs/,
     *         examples/), checked as the Javadoc's JSON examples are
     */
    static List<Example> markdownJson(Path root) throws IOException {
        List<Example> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(root, 3)) {
            files = all.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !root.relativize(p).toString().matches("(.*/)?(target|node_modules|\\.[^/]*)/.*"))
                    .sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f);
            Matcher m = MARKDOWN_JSON.matcher(text);
            while (m.find()) {
                out.add(new Example(root.relativize(f) + ":" + DocExamples.lineOf(text, m.start()), m.group(1)));
            }
            assertTrue(text.split("```json", -1).length - 1 == (int) out.stream()
                    .filter(e -> e.where().startsWith(root.relativize(f) + ":")).count(),
                    f + ": every ```json block is closed by a ``` line");
        }
        return out;
    }

    private static boolean isJson(String code) {
        String text = code.strip();
        return text.startsWith("{") || text.startsWith("[") || text.startsWith("\"");
    }

    private static void checkJson(Example e, WorkflowReader reader) {
        String text = e.code().strip();
        boolean members = text.startsWith("\"");
        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(members ? "{" + text + "\n}" : text)) {
            while (it.hasNext()) {
                values.add(it.next());
            }
        } catch (IOException | RuntimeException x) {
            fail(e.where() + ": the JSON example does not parse: " + x.getMessage() + "\n--- parsed as ---\n" + text);
        }
        if (members && values.size() != 1) {
            fail(e.where() + ": an object's members, then " + (values.size() - 1) + " more value(s)");
        }
        for (JsonNode v : values) {
            if (!v.isObject()) {
                fail(e.where() + ": a JSON example is an object, or an object's members, not " + v.getNodeType());
            }
        }
        if (values.size() == 1 && values.get(0).has("StartAt") && values.get(0).has("States")) {
            // a whole workflow file
            try {
                reader.read(e.where(), values.get(0).toPrettyString());
            } catch (RuntimeException x) {
                fail(e.where() + ": the example is no valid workflow: " + x.getMessage());
            }
        }
        if (values.size() == 1 && values.get(0).has("Provider")) {
            ObjectNode state = ((ObjectNode) values.get(0).deepCopy());
            state.put("Type", "Task").put("End", true);
            ObjectNode workflow = JSON.createObjectNode().put("StartAt", "Example");
            workflow.putObject("States").set("Example", state);
            try {
                reader.read(e.where(), workflow.toPrettyString());
            } catch (RuntimeException x) {
                fail(e.where() + ": the example is no valid workflow state: " + x.getMessage()
                        + "\n--- read as ---\n" + workflow.toPrettyString());
            }
        }
    }
}
