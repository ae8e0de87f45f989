package io.github.sfntasks.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.iam.PolicyStatement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An expected rendering kept as a JSON test resource, and the comparison of a task with it.
 *
 * <p>A case file is an object with the expected {@code "state"} (the ASL state without {@code Next}/{@code End})
 * and the expected {@code "statements"} (the role's IAM statements), and optionally the workflow-file
 * {@code "properties"} that build the task and the {@code "context"} to render in
 * ({@code {"partition": ..., "region": ..., "account": ...}}; {@link #CONTEXT} when absent).
 *
 * <p>Rendered JSON is compared as Jackson trees after writing and reading it back, so the comparison is of the
 * JSON text a user gets (an {@code int} 12 and a {@code long} 12 both write {@code 12}); and each task is
 * rendered twice, which must give the same bytes.
 *
 * <pre>{@code
 * ExpectedJson expected = ExpectedJson.load(getClass(), "/sqs/send1.json");
 * Task task = new SqsSendMessageProvider().create(TaskRequest.of("Send", expected.properties()));
 * expected.assertRenders(task);
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class ExpectedJson {

    /** The context tests render in unless a case says otherwise: {@code aws}, {@code us-east-1}, {@code 123456789012}. */
    public static final RenderContext CONTEXT = RenderContext.of("aws", "us-east-1", "123456789012");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;
    private final JsonNode node;

    private ExpectedJson(String name, JsonNode node) {
        this.name = name;
        this.node = node;
    }

    /**
     * Loads a case file.
     *
     * @param anchor a class whose {@link Class#getResourceAsStream(String)} resolves {@code resource}
     * @param resource relative to the anchor's package, or absolute with a leading {@code /}
     * @return the case
     */
    public static ExpectedJson load(Class<?> anchor, String resource) {
        return new ExpectedJson(resource, read(anchor, resource));
    }

    /**
     * Reads a JSON test resource; fails the test when it is missing.
     *
     * @param anchor a class whose {@link Class#getResourceAsStream(String)} resolves {@code resource}
     * @param resource relative to the anchor's package, or absolute with a leading {@code /}
     * @return its JSON
     */
    public static JsonNode read(Class<?> anchor, String resource) {
        Objects.requireNonNull(anchor, "anchor");
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            assertNotNull(in, () -> "missing test resource " + resource + " (relative to " + anchor.getName() + ")");
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** @return the resource name this case was loaded from */
    public String name() {
        return name;
    }

    /** @return a fresh copy of the whole case file */
    public JsonNode json() {
        return node.deepCopy();
    }

    /** @return a fresh copy of the case's workflow-file {@code "properties"} */
    public ObjectNode properties() {
        JsonNode p = node.get("properties");
        assertTrue(p instanceof ObjectNode, () -> name + ": no \"properties\" object");
        return ((ObjectNode) p).deepCopy();
    }

    /** @return the case's {@code "context"}, or {@link #CONTEXT} */
    public RenderContext context() {
        JsonNode c = node.get("context");
        return c == null ? CONTEXT
                : RenderContext.of(c.get("partition").textValue(), c.get("region").textValue(), c.get("account").textValue());
    }

    /**
     * Asserts {@code task} renders the case's {@code "state"} and {@code "statements"} in its {@link #context()},
     * byte-identically twice.
     *
     * @param task the task
     * @return the rendered state and statements as text, to compare two forms of one task
     */
    public String assertRenders(Task task) {
        assertTrue(node.has("state") && node.has("statements"), () -> name + ": needs \"state\" and \"statements\"");
        return assertRenders(task, context(), node.get("state"), node.get("statements"), name);
    }

    /**
     * Asserts {@code task} renders, in {@link #CONTEXT}, the state and the statements kept in two resources,
     * byte-identically twice.
     *
     * @param task the task
     * @param anchor a class whose {@link Class#getResourceAsStream(String)} resolves the resources
     * @param stateResource the expected ASL state
     * @param statementsResource the expected statements (an array), or {@code null} when there must be none
     * @return the rendered state and statements as text
     */
    public static String assertRenders(Task task, Class<?> anchor, String stateResource, String statementsResource) {
        JsonNode statements = statementsResource == null ? MAPPER.createArrayNode() : read(anchor, statementsResource);
        return assertRenders(task, CONTEXT, read(anchor, stateResource), statements,
                stateResource + " + " + statementsResource);
    }

    /**
     * Asserts {@code task} renders the expected state and statements, byte-identically twice.
     *
     * @param task the task
     * @param context where to render
     * @param expectedState the expected ASL state
     * @param expectedStatements the expected statements, an array
     * @param label names the case in failure messages
     * @return the rendered state and statements as text, to compare two forms of one task
     */
    public static String assertRenders(Task task, RenderContext context, JsonNode expectedState, JsonNode expectedStatements,
                                       String label) {
        String state = write(task.toState(context));
        String statements = write(statements(task, context));
        assertEquals(state, write(task.toState(context)), () -> label + ": state renders the same bytes twice");
        assertEquals(statements, write(statements(task, context)), () -> label + ": statements render the same bytes twice");
        assertEquals(expectedState, parse(state), () -> label + ": state");
        assertEquals(expectedStatements, parse(statements), () -> label + ": statements");
        return state + "\n" + statements;
    }

    /**
     * @param task a task
     * @return {@code {"state": ..., "statements": [...]}} in {@link #CONTEXT}, as written and read back
     */
    public static JsonNode render(Task task) {
        return render(task, CONTEXT);
    }

    /**
     * @param task a task
     * @param context where to render
     * @return {@code {"state": ..., "statements": [...]}} as written and read back
     */
    public static JsonNode render(Task task, RenderContext context) {
        ObjectNode out = MAPPER.createObjectNode();
        out.set("state", task.toState(context));
        out.set("statements", statements(task, context));
        return parse(write(out));
    }

    /**
     * @param task a task
     * @param context where to render
     * @return its policy statements as a JSON array, in order
     */
    public static ArrayNode statements(Task task, RenderContext context) {
        return statements(task.policyStatements(context));
    }

    /**
     * @param statements policy statements (of a role other than the state machine's, say)
     * @return them as a JSON array, in order
     */
    public static ArrayNode statements(List<PolicyStatement> statements) {
        ArrayNode a = MAPPER.createArrayNode();
        for (PolicyStatement s : statements) {
            a.add(s.toJson());
        }
        return a;
    }

    /** @param json JSON text @return its tree */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param json JSON text of an object @return the object */
    public static ObjectNode object(String json) {
        JsonNode n = parse(json);
        assertTrue(n instanceof ObjectNode, () -> "not a JSON object: " + json);
        return (ObjectNode) n;
    }

    /** @param node a tree @return its compact JSON text */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
