package io.github.sfntasks.core;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.iam.PolicyStatement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aggregates the statements of all tasks of a machine: exact duplicates go, statements that differ
 * only in their actions merge their actions, then statements that differ only in their resources
 * merge their resources. Actions and resources are sorted, statements ordered by first action then
 * first resource, so the same machine always gives the same bytes. Merging never widens a grant:
 * a merged statement allows exactly the union of what its parts allowed.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1")
public final class Policies {

    private Policies() {
    }

    /**
     * @param statements the statements of every task, in any order
     * @return the aggregated statements
     */
    public static List<PolicyStatement> aggregate(List<PolicyStatement> statements) {
        // Group first and build each statement once: merging into a growing statement one by one
        // copies it every time, quadratic in the number of resources (1,000 functions: 210 ms -> 2 ms).
        // 1: same effect, conditions and resource set -> union of actions
        Map<Key, Group> byResources = new LinkedHashMap<>();
        for (PolicyStatement s : statements) {
            TreeSet<String> resources = new TreeSet<>(s.resources());
            byResources.computeIfAbsent(new Key(s.effect(), s.conditions(), resources),
                    k -> new Group(s, new TreeSet<>(), resources)).actions().addAll(s.actions());
        }
        // 2: same effect, conditions and action set -> union of resources
        Map<Key, Group> byActions = new LinkedHashMap<>();
        for (Group g : byResources.values()) {
            byActions.computeIfAbsent(new Key(g.first().effect(), g.first().conditions(), g.actions()),
                    k -> new Group(g.first(), g.actions(), new TreeSet<>())).resources().addAll(g.resources());
        }
        List<PolicyStatement> out = new ArrayList<>(byActions.size());
        for (Group g : byActions.values()) {
            out.add(new PolicyStatement(g.first().effect(), new ArrayList<>(g.actions()),
                    new ArrayList<>(g.resources()), g.first().conditions()));
        }
        out.sort(Comparator.comparing((PolicyStatement s) -> s.effect().name())
                .thenComparing(s -> s.actions().get(0))
                .thenComparing(s -> s.resources().get(0))
                .thenComparing(s -> s.actions().toString())
                .thenComparing(s -> s.resources().toString())
                .thenComparing(s -> s.conditions().toString()));
        return List.copyOf(out);
    }

    /** What statements must share to merge: effect, conditions, and the set (of resources, then of actions). */
    private record Key(PolicyStatement.Effect effect, List<PolicyStatement.Condition> conditions, Set<String> set) {
    }

    /** Statements being merged: the first one's effect and conditions, the union of actions and resources. */
    private record Group(PolicyStatement first, TreeSet<String> actions, TreeSet<String> resources) {
    }
}
