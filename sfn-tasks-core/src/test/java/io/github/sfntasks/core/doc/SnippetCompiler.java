package io.github.sfntasks.core.doc;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles Java source text with {@code javax.tools.JavaCompiler} against the running test's class path (here:
 * the module under test, the API and the Lambda provider; in conformance-cdk: every module), as a user's code
 * would be compiled, and reports the errors per source. Class files go to a temporary folder that is removed
 * afterwards.
 */
public final class SnippetCompiler {

    /** The imports every wrapped snippet gets: the public packages of the API and the core, and the JDK's usual ones. */
    public static final List<String> IMPORTS = List.of(
            "io.github.sfntasks.api.*", "io.github.sfntasks.api.iam.*", "io.github.sfntasks.api.spi.*",
            "io.github.sfntasks.api.state.*", "io.github.sfntasks.api.support.*", "io.github.sfntasks.api.value.*",
            "io.github.sfntasks.core.*", "io.github.sfntasks.core.graph.*", "io.github.sfntasks.core.workflow.*",
            "io.github.sfntasks.core.deploy.*", "io.github.sfntasks.core.diagram.*",
            "io.github.sfntasks.provider.lambda.*", "java.util.*", "java.util.function.*", "java.nio.file.*",
            "java.time.*", "com.fasterxml.jackson.databind.*", "com.fasterxml.jackson.databind.node.*");

    private SnippetCompiler() {
    }

    /**
     * Compiles the sources together, then again without those that failed, until a round has no error:
     * javac stops before type checking when any source has a syntax error, so one round alone could
     * let a source with a type error pass.
     *
     * @param sources class name (in package {@code snippets}) to the whole compilation unit
     * @return class name to its compile errors (an empty list: it compiled in a round without errors)
     */
    public static Map<String, List<String>> compile(Map<String, String> sources) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        Map<String, String> left = new LinkedHashMap<>(sources);
        while (!left.isEmpty()) {
            Map<String, List<String>> round = compileOnce(left);
            boolean clean = true;
            for (Map.Entry<String, List<String>> e : round.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    result.put(e.getKey(), e.getValue());
                    left.remove(e.getKey());
                    clean = false;
                }
            }
            if (clean) {
                left.keySet().forEach(name -> result.put(name, List.of()));
                break;
            }
        }
        return result;
    }

    private static Map<String, List<String>> compileOnce(Map<String, String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK, not a JRE");
        }
        Path out;
        try {
            out = Files.createTempDirectory("snippets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> {
            errors.put(name, new ArrayList<>());
            units.add(new Source(name, text));
        });
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            List<String> options = List.of("-classpath", classPath(), "-proc:none", "-Xlint:none", "-implicit:none");
            javac.getTask(null, files, diagnostics, options, null, units).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(out);
        }
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() instanceof Source s) {
                errors.get(s.name).add("line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }

    /**
     * The system property naming more class path entries for the examples, beyond the test's own: a module whose
     * examples are compiled but whose classes the tests must not load.
     */
    public static final String EXTRA_CLASS_PATH = "sfn.docs.classpath";

    /**
     * @return the test's class path and module path (surefire may use either), and the entries of
     *         {@value #EXTRA_CLASS_PATH}, as one class path
     */
    private static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String property : List.of("java.class.path", "jdk.module.path", EXTRA_CLASS_PATH)) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                parts.add(value);
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    private static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String name;
        private final String text;

        Source(String name, String text) {
            super(URI.create("string:///snippets/" + name + Kind.SOURCE.extension), Kind.SOURCE);
            this.name = name;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
