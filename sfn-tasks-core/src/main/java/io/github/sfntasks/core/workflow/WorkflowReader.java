package io.github.sfntasks.core.workflow;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.ErrorCode;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.DefinitionReader;
import io.github.sfntasks.core.graph.StateMachine;

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
import java.util.Map;
import java.util.Objects;

/**
 * Reads workflow files into a {@link StateMachine}. JSON by default; pass another Jackson
 * {@link JsonFactory} (a {@code YAMLFactory}) for YAML. Every problem is reported at once, each with
 * file, line and column, in a {@link WorkflowException}.
 *
 * <pre>{@code
 * WorkflowReader reader = new WorkflowReader(TaskRegistry.load());
 * StateMachine machine = reader.read(Path.of("order.json"));
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class WorkflowReader {

    private final TaskRegistry registry;
    private final JsonFactory factory;

    /** @param registry the providers that {@code Provider} type ids resolve to */
    public WorkflowReader(TaskRegistry registry) {
        this(registry, JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    }

    /**
     * @param registry the providers that {@code Provider} type ids resolve to
     * @param factory the Jackson factory of the file format (JSON, YAML...); enable duplicate detection on it
     */
    public WorkflowReader(TaskRegistry registry, JsonFactory factory) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * @param file a workflow file
     * @return the machine
     * @throws WorkflowException listing every problem
     * @throws UncheckedIOException when the file cannot be read
     */
    public StateMachine read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(file.toString(), text);
    }

    /**
     * @param source the name used in problem locations
     * @param text the workflow text
     * @return the machine
     * @throws WorkflowException listing every problem
     */
    public StateMachine read(String source, String text) {
        JsonNode tree;
        Map<String, JsonLocation> locations = new HashMap<>();
        try {
            tree = io.github.sfntasks.core.internal.Trees.read(factory, text);
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
            index(text, locations);
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
    private void index(String text, Map<String, JsonLocation> out) throws IOException {
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
