package io.github.sfntasks.conformance.internal;

import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.conformance.generation.InvalidCase;
import io.github.sfntasks.conformance.generation.Mutation;

import java.util.ArrayList;
import java.util.List;

/**
 * A broken request is refused with a {@link TaskValidationException} that names the state and the broken
 * property, and nothing else: no other exception, no task (a task that is created and then fails to render is the
 * "partial output" this forbids too).
 *
 * <p>One leniency, written down: {@code null} for an optional property may be read as "absent" (as
 * {@code PropertyReader} does); then the task must render exactly as without the property.
 */
public final class Rejection {

    private Rejection() {
    }

    /**
     * @param provider the provider
     * @param c the broken request
     * @return what is wrong with how it was refused; empty when it was refused well
     */
    public static List<String> problems(TaskProvider provider, InvalidCase c) {
        List<String> out = new ArrayList<>();
        Task task;
        try {
            task = provider.create(c.invalid().request());
        } catch (TaskValidationException e) {
            naming(e, c, out);
            return out;
        } catch (RuntimeException | Error e) {
            out.add("create() threw " + e + " instead of a TaskValidationException");
            return out;
        }
        if (c.mutation() == Mutation.NULL_VALUE && !c.target().endsWith(".$") && !requiredTarget(provider, c)) {
            try {
                var without = c.valid().properties();
                without.remove(c.target());
                String absent = Determinism.renderAll(provider.create(c.valid().withProperties(without).request()));
                String withNull = Determinism.renderAll(task);
                if (absent.equals(withNull)) {
                    return out; // null read as absent: allowed, see the class comment
                }
                out.add("null for " + c.target() + " was accepted and renders differently from leaving it out");
            } catch (RuntimeException e) {
                out.add("null for " + c.target() + " was accepted, and then " + e);
            }
            return out;
        }
        String rendered;
        try {
            rendered = Determinism.renderAll(task);
        } catch (RuntimeException e) {
            out.add("create() accepted the request and rendering then threw " + e + " (partial output)");
            return out;
        }
        out.add("create() accepted the broken request; it rendered " + rendered.substring(0, Math.min(400, rendered.length())));
        return out;
    }

    private static boolean requiredTarget(TaskProvider provider, InvalidCase c) {
        String name = c.target();
        var schema = provider.propertiesSchema();
        for (var r : schema.path("required")) {
            if (r.asText().equals(name)) {
                return true;
            }
        }
        return new Mutator(provider, schema, new SchemaValidator(schema)).requiredNames().contains(name);
    }

    private static void naming(TaskValidationException e, InvalidCase c, List<String> out) {
        String expectedState = c.invalid().stateName();
        if (c.mutation() == Mutation.BAD_STATE_NAME) {
            if (e.stateName() != null && !e.stateName().equals(expectedState)) {
                out.add("the exception names the state \"" + e.stateName() + "\", not the request's");
            }
            return;
        }
        if (!expectedState.equals(e.stateName())) {
            out.add("the exception names the state " + (e.stateName() == null ? "(none)" : "\"" + e.stateName() + "\"")
                    + ", not \"" + expectedState + "\": " + e.getMessage());
        }
        if (c.mutation() == Mutation.UNSUPPORTED_PATTERN) {
            return;
        }
        String property = e.property();
        if (property == null || property.isEmpty()) {
            out.add("the exception names no property (expected " + c.target() + "): " + e.getMessage());
            return;
        }
        String top = topLevel(property);
        if (!top.equals(c.topLevelTarget())) {
            out.add("the exception names the property \"" + property + "\", but the broken one is \"" + c.target()
                    + "\": " + e.getMessage());
        }
    }

    /**
     * @param property a property path as an exception names it
     * @return its first segment, without {@code .$} and subscripts
     */
    static String topLevel(String property) {
        String p = property;
        int cut = p.length();
        for (int i = 0; i < p.length(); i++) {
            char ch = p.charAt(i);
            if (ch == '[' || (ch == '.' && !(p.startsWith(".$", i) && i + 2 == p.length()))) {
                cut = i;
                break;
            }
        }
        p = p.substring(0, cut);
        return p.endsWith(".$") ? p.substring(0, p.length() - 2) : p;
    }
}
