package io.github.sfntasks.core.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntasks.api.ApiStatus;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered ASL definition as the Step Functions console draws it: states in nested scopes
 * (Parallel branches and Map item processors are boxes holding their own states), and the
 * transitions between them, each of a kind (next, a Choice rule with its condition, the Choice
 * default, a Catch). Read from the definition JSON ({@code StartAt}, {@code States},
 * {@code Branches}, {@code ItemProcessor}/{@code Iterator}), so that anything that renders can be
 * drawn, plain ASL included. {@link MermaidDiagram} and {@link DotDiagram} draw it; build one of your own
 * drawing from {@link #root()} and {@link #edges()}.
 *
 * <pre>{@code
 * StateGraph graph = StateGraph.of(machine.definition(RenderContext.cloudFormation()));
 * String mermaid = MermaidDiagram.of(graph, null);
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3")
public final class StateGraph {

    /** What a transition is: a {@code Next}, a Choice rule, the Choice {@code Default}, a {@code Catch}. */
    public enum EdgeKind { NEXT, CHOICE, DEFAULT, CATCH }

    /**
     * A state; Parallel and Map states hold scopes.
     *
     * @param id an identifier unique in the graph, usable as a diagram node id ({@code s1}, {@code s2}...)
     * @param name the state's name
     * @param type the state's ASL {@code Type}
     * @param subtitle what a Task calls ({@code lambda:invoke}, {@code lambda: my-fn}), or the kind of state
     * @param scopes a Parallel state's branches, a Map state's item processor; empty for other states
     * @param terminal whether the machine (or the scope) ends after this state
     */
    public record Node(String id, String name, String type, String subtitle, List<Scope> scopes, boolean terminal) {
        /** @return whether the state holds scopes (a Parallel or a Map) */
        public boolean isContainer() {
            return !scopes.isEmpty();
        }
    }

    /**
     * The states of the machine, of one Parallel branch, or of one Map processor.
     *
     * @param id an identifier unique in the graph
     * @param title {@code Branch 1}, {@code Item processor}; null for the machine
     * @param startAt the name of the state the scope starts at
     * @param nodes the scope's states, in definition order
     */
    public record Scope(String id, String title, String startAt, List<Node> nodes) {
    }

    /**
     * A transition between two states of one scope.
     *
     * @param from the state the transition leaves
     * @param to the state it enters
     * @param kind what it is
     * @param label a Choice rule's condition ({@code $.total > 100}), {@code Default}, the errors a Catch takes; or null
     */
    public record Edge(Node from, Node to, EdgeKind kind, String label) {
    }

    // An ARN part is a value or a placeholder such as ${AWS::Partition}, which holds colons itself.
    private static final String PART = "(?:\\$\\{[^}]*\\}|[^:$])*";
    private static final Pattern INTEGRATION = Pattern.compile("arn:" + PART + ":states:::(.+)");
    private static final Pattern LAMBDA_FUNCTION = Pattern.compile(
            "arn:" + PART + ":lambda:" + PART + ":" + PART + ":function:([^:]+).*");
    private static final Pattern ACTIVITY = Pattern.compile("arn:" + PART + ":states:" + PART + ":" + PART + ":activity:(.+)");

    private final Scope root;
    private final List<Edge> edges = new ArrayList<>();
    private final Map<String, Node> byName = new LinkedHashMap<>();
    private int ids;

    private StateGraph(ObjectNode definition) {
        List<Runnable> linking = new ArrayList<>();
        this.root = scope(definition, "machine", null, linking);
        linking.forEach(Runnable::run);
    }

    /**
     * @param definition a rendered (valid) ASL definition
     * @return its graph
     */
    public static StateGraph of(ObjectNode definition) {
        return new StateGraph(java.util.Objects.requireNonNull(definition, "definition"));
    }

    /** @return the machine's own scope */
    public Scope root() {
        return root;
    }

    /** @return every transition, in definition order (a state's Next, its Choice rules, Default, Catches) */
    public List<Edge> edges() {
        return java.util.Collections.unmodifiableList(edges);
    }

    /**
     * @param scope a scope of this graph
     * @return the node the scope starts at, or null when its {@code StartAt} names no state
     */
    public Node start(Scope scope) {
        return byName.get(scope.startAt());
    }

    private Scope scope(JsonNode scopeNode, String id, String title, List<Runnable> linking) {
        List<Node> nodes = new ArrayList<>();
        JsonNode states = scopeNode.path("States");
        Iterator<Map.Entry<String, JsonNode>> it = states.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Node n = node(e.getKey(), e.getValue(), linking);
            nodes.add(n);
        }
        return new Scope(id, title, scopeNode.path("StartAt").asText(), nodes);
    }

    private Node node(String name, JsonNode state, List<Runnable> linking) {
        String id = "s" + (++ids);
        String type = state.path("Type").asText();
        List<Scope> scopes = new ArrayList<>();
        if (type.equals("Parallel")) {
            JsonNode branches = state.path("Branches");
            for (int i = 0; i < branches.size(); i++) {
                scopes.add(scope(branches.get(i), id + "b" + (i + 1), "Branch " + (i + 1), linking));
            }
        } else if (type.equals("Map")) {
            JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor") : state.path("Iterator");
            scopes.add(scope(processor, id + "p", "Item processor", linking));
        }
        boolean terminal = type.equals("Succeed") || type.equals("Fail") || state.path("End").asBoolean(false);
        Node n = new Node(id, name, type, subtitle(type, state), List.copyOf(scopes), terminal);
        byName.put(name, n);
        linking.add(() -> link(n, state));
        return n;
    }

    private void link(Node from, JsonNode state) {
        if (state.has("Next")) {
            edge(from, state.get("Next").asText(), EdgeKind.NEXT, null);
        }
        JsonNode choices = state.path("Choices");
        for (JsonNode rule : choices) {
            edge(from, rule.path("Next").asText(), EdgeKind.CHOICE, ConditionLabel.of(rule));
        }
        if (state.has("Default")) {
            edge(from, state.get("Default").asText(), EdgeKind.DEFAULT, "Default");
        }
        for (JsonNode c : state.path("Catch")) {
            List<String> errors = new ArrayList<>();
            c.path("ErrorEquals").forEach(e -> errors.add(e.asText()));
            edge(from, c.path("Next").asText(), EdgeKind.CATCH, ConditionLabel.shorten(String.join(", ", errors)));
        }
    }

    private void edge(Node from, String target, EdgeKind kind, String label) {
        Node to = byName.get(target);
        if (to != null) {
            edges.add(new Edge(from, to, kind, label));
        }
    }

    /** The second line of a state's box: what a Task calls, or the kind of state. */
    private static String subtitle(String type, JsonNode state) {
        if (type.equals("Task")) {
            String resource = state.path("Resource").asText("");
            Matcher m = INTEGRATION.matcher(resource);
            if (m.matches()) {
                return m.group(1);
            }
            m = LAMBDA_FUNCTION.matcher(resource);
            if (m.matches()) {
                return "lambda: " + m.group(1);
            }
            m = ACTIVITY.matcher(resource);
            if (m.matches()) {
                return "activity: " + m.group(1);
            }
            return "Task";
        }
        if (type.equals("Wait")) {
            if (state.has("Seconds")) {
                JsonNode s = state.get("Seconds");
                return s.isNumber() ? "Wait " + s.asText() + " s" : "Wait";
            }
            return "Wait";
        }
        if (type.equals("Map")) {
            String mode = state.path("ItemProcessor").path("ProcessorConfig").path("Mode").asText("");
            return mode.equals("DISTRIBUTED") ? "Distributed Map" : "Map";
        }
        return type;
    }
}
