package io.github.sfntasks.core.workflow;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.DefinitionReader;
import io.github.sfntasks.core.graph.StateMachine;
import io.github.sfntasks.core.internal.Trees;
import io.github.sfntasks.core.internal.YamlFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads workflow files into a {@link StateMachine}. Every problem is reported at once, each with file, line and
 * column, in a {@link WorkflowException}.
 *
 * <p>The format is chosen per file: a name ending in {@code .yaml} or {@code .yml} is YAML, one ending in
 * {@code .json} is JSON, and any other is JSON when its first character (after a byte order mark and white space) is
 * <code>{</code> or {@code [}, YAML otherwise. YAML needs {@code com.fasterxml.jackson.dataformat:jackson-dataformat-yaml}
 * on the class or module path (an optional dependency; {@code sfn-tasks-bom} manages its version). A reader made
 * with a Jackson {@link JsonFactory} uses that factory for every file instead.
 *
 * <p>Limits, each reported as a located problem ({@link ErrorCode#INVALID_WORKFLOW}): at most {@link #MAX_FILE_SIZE}
 * bytes (characters, for text given as a string); objects and arrays nested at most {@link #MAX_NESTING_DEPTH} deep;
 * YAML aliases and merge keys expanding to at most {@link #MAX_ALIAS_NODES} nodes; one document per file (nothing
 * after the JSON value, no second YAML document). Jackson's own limits apply within those (a string of at most
 * 20,000,000 characters, a number of at most 1,000 digits, a property name of at most 50,000 characters).
 *
 * <pre>{@code
 * WorkflowReader reader = new WorkflowReader(TaskRegistry.load());
 * StateMachine machine = reader.read(Path.of("order.yaml"));
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class WorkflowReader {

    /** The largest workflow file, in bytes: 4 MiB, four times the service's quota for a rendered definition. */
    public static final int MAX_FILE_SIZE = io.github.sfntasks.core.internal.YamlFormat.CODE_POINT_LIMIT;

    /** How deep objects and arrays may nest in a workflow file (the root object is level 1). */
    public static final int MAX_NESTING_DEPTH = Trees.MAX_DEPTH;

    /** The most nodes YAML aliases and merge keys may add to a file, as if each alias were written out. */
    public static final int MAX_ALIAS_NODES = Trees.MAX_ALIAS_NODES;

    private static final JsonFactory JSON =
            JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final TaskRegistry registry;
    private final JsonFactory factory;

    /**
     * A reader that chooses JSON or YAML per file (see the class description).
     *
     * @param registry the providers that {@code Provider} type ids resolve to
     */
    public WorkflowReader(TaskRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.factory = null;
    }

    /**
     * A reader of one format.
     *
     * @param registry the providers that {@code Provider} type ids resolve to
     * @param factory the Jackson factory of the file format (JSON, YAML...); enable duplicate detection on it
     */
    public WorkflowReader(TaskRegistry registry, JsonFactory factory) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * @param file a workflow file ({@code .json}, {@code .yaml}, {@code .yml}, or another name: then by its content)
     * @return the machine
     * @throws WorkflowException listing every problem (a file too large or not UTF-8 is one)
     * @throws UncheckedIOException when the file cannot be read
     */
    public StateMachine read(Path file) {
        String source = file.toString();
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_SIZE) {
                throw tooLarge(source, size + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new WorkflowException(List.of(new Problem(source, 0, 0, null, null, ErrorCode.INVALID_WORKFLOW,
                    "is not UTF-8 text; save the workflow file as UTF-8")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(source, text);
    }

    /**
     * @param source the name used in problem locations; for a reader that chooses the format, its ending chooses it
     *        as a file name's would
     * @param text the workflow text
     * @return the machine
     * @throws WorkflowException listing every problem
     */
    public StateMachine read(String source, String text) {
        if (text.length() > MAX_FILE_SIZE) {
            throw tooLarge(source, text.length() + " characters");
        }
        // A byte order mark is no part of the document: editors show none, so columns are counted without it.
        String doc = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        JsonFactory format = factory != null ? factory : formatOf(source, doc);
        JsonNode tree;
        Map<String, JsonLocation> locations = new HashMap<>();
        try {
            tree = Trees.read(format, doc);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new WorkflowException(List.of(new Problem(source, l == null ? 0 : l.getLineNr(),
                    l == null ? 0 : l.getColumnNr(), null, null, ErrorCode.INVALID_WORKFLOW,
                    "not well-formed: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new WorkflowException(List.of(new Problem(source, 0, 0, null, null, ErrorCode.INVALID_WORKFLOW,
                    "the file is empty")));
        }
        DefinitionReader.Result result = DefinitionReader.read(tree, registry);
        if (result.issues().isEmpty()) {
            return result.machine();
        }
        // Locations are needed only to report problems: index the text then, not on every read.
        try {
            index(format, doc, locations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Problem> problems = new ArrayList<>();
        for (DefinitionReader.Issue issue : result.issues()) {
            JsonLocation at = null;
            for (String candidate : issue.candidates()) {
                at = locations.get(candidate);
                if (at != null) {
                    break;
                }
            }
            if (at == null) {
                at = locate(locations, issue.pointer());
            }
            SfnTasksException e = issue.error();
            String state = e instanceof TaskValidationException t ? t.stateName() : null;
            String property = e instanceof TaskValidationException t ? t.property() : null;
            String detail = e instanceof TaskValidationException t ? t.detail() : e.reason();
            problems.add(new Problem(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    state, property, e.code(), detail));
        }
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        throw new WorkflowException(problems);
    }

    private static WorkflowException tooLarge(String source, String size) {
        return new WorkflowException(List.of(new Problem(source, 0, 0, null, null, ErrorCode.INVALID_WORKFLOW,
                "the file has " + size + "; a workflow file may have at most " + MAX_FILE_SIZE + " (4 MiB): the"
                        + " service takes definitions of at most 1 MB, so move parts into child state machines")));
    }

    /** JSON or YAML, by the name's ending, else by the first character of the text. */
    private static JsonFactory formatOf(String source, String text) {
        String name = source.toLowerCase(Locale.ROOT);
        boolean yaml;
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            yaml = true;
        } else if (name.endsWith(".json")) {
            yaml = false;
        } else {
            int i = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            yaml = i < text.length() && text.charAt(i) != '{' && text.charAt(i) != '[';
        }
        if (!yaml) {
            return JSON;
        }
        if (!YamlFormat.available()) {
            throw new WorkflowException(List.of(new Problem(source, 0, 0, null, null, ErrorCode.INVALID_WORKFLOW,
                    "is YAML, and reading YAML needs com.fasterxml.jackson.dataformat:jackson-dataformat-yaml on the"
                            + " class or module path (sfn-tasks-bom manages its version; on the module path, a module"
                            + " must require it or --add-modules name it)")));
        }
        return YamlFormat.factory();
    }

    private static JsonLocation locate(Map<String, JsonLocation> locations, String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation l = locations.get(p);
            if (l != null || p.isEmpty()) {
                return l;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    /** Maps the JSON Pointer of every member and item to where it starts (a member: its name). */
    private static void index(JsonFactory factory, String text, Map<String, JsonLocation> out) throws IOException {
        final class Frame {
            final String pointer;
            final boolean array;
            int next;
            String field;

            Frame(String pointer, boolean array) {
                this.pointer = pointer;
                this.array = array;
            }
        }
        try (JsonParser p = factory.createParser(text)) {
            Deque<Frame> stack = new ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    Frame f = stack.peek();
                    f.field = p.currentName();
                    out.putIfAbsent(f.pointer + "/" + DefinitionReader.esc(f.field), p.currentTokenLocation());
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String pointer;
                Frame f = stack.peek();
                if (f == null) {
                    pointer = "";
                    out.put("", p.currentTokenLocation());
                } else if (f.array) {
                    pointer = f.pointer + "/" + f.next++;
                    out.putIfAbsent(pointer, p.currentTokenLocation());
                } else {
                    pointer = f.pointer + "/" + DefinitionReader.esc(f.field);
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    stack.push(new Frame(pointer, t == JsonToken.START_ARRAY));
                }
            }
        }
    }
}
