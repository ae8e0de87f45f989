package io.github.sfntasks.conformance.generation;

import io.github.sfntasks.api.ApiStatus;

import java.util.Objects;

/**
 * A request the provider must refuse with a {@link io.github.sfntasks.api.TaskValidationException}: a valid
 * request ({@code valid}, which the provider accepts) broken in one place.
 *
 * @param valid the request before the mutation (the provider accepts it)
 * @param mutation how it was broken
 * @param target the broken property path ({@code lambdaFunction}, {@code payload.a.$}), or the request part
 *               ({@code integrationPattern}, {@code stateName})
 * @param invalid the broken request
 * @param detail what exactly was done, for the report
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public record InvalidCase(TaskCase valid, Mutation mutation, String target, TaskCase invalid, String detail) {

    /** @throws NullPointerException when a part is missing */
    public InvalidCase {
        Objects.requireNonNull(valid, "valid");
        Objects.requireNonNull(mutation, "mutation");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(invalid, "invalid");
        Objects.requireNonNull(detail, "detail");
    }

    /** @return the top-level property the mutation touched ({@code payload} for {@code payload.a.$}) */
    public String topLevelTarget() {
        String t = target;
        int cut = t.length();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' && !(i + 1 < t.length() && t.charAt(i + 1) == '$' && i + 2 == t.length()) || c == '[') {
                cut = i;
                break;
            }
        }
        t = t.substring(0, cut);
        return t.endsWith(".$") ? t.substring(0, t.length() - 2) : t;
    }

    @Override
    public String toString() {
        return mutation + " at " + target + " (" + detail + "): " + invalid;
    }
}
