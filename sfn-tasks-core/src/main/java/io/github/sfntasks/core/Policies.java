package io.github.sfntasks.core;

import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.iam.PolicyStatement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Aggregates the statements of all tasks of a machine: exact duplicates go, statements that differ
 * only in their actions merge their actions, then statements that differ only in their resources
 * merge their resources. Actions and resources are sorted, statements ordered by first action then
 * first resource, so the same machine always gives the same bytes. Merging never widens a grant:
 * a merged statement allows exactly the union of what its parts allowed.
 */
@ApiStatus(ApiStatus.Status.STABLE)
public final class Policies {

    private Policies() {
    }

    /**
     * @param statements the statements of every task, in any order
     * @return the aggregated statements
     */
    public static List<PolicyStatement> aggregate(List<PolicyStatement> statements) {
        // 1: same effect, conditions and resource set -> union of actions
        Map<String, PolicyStatement> byResources = new LinkedHashMap<>();
        for (PolicyStatement s : statements) {
            PolicyStatement n = normalize(s);
            String key = n.effect() + "|" + n.conditions() + "|" + n.resources();
            byResources.merge(key, n, (a, b) -> normalize(new PolicyStatement(a.effect(),
                    concat(a.actions(), b.actions()), a.resources(), a.conditions())));
        }
        // 2: same effect, conditions and action set -> union of resources
        Map<String, PolicyStatement> byActions = new LinkedHashMap<>();
        for (PolicyStatement n : byResources.values()) {
            String key = n.effect() + "|" + n.conditions() + "|" + n.actions();
            byActions.merge(key, n, (a, b) -> normalize(new PolicyStatement(a.effect(), a.actions(),
                    concat(a.resources(), b.resources()), a.conditions())));
        }
        List<PolicyStatement> out = new ArrayList<>(byActions.values());
        out.sort(Comparator.comparing((PolicyStatement s) -> s.effect().name())
                .thenComparing(s -> s.actions().get(0))
                .thenComparing(s -> s.resources().get(0))
                .thenComparing(s -> s.actions().toString())
                .thenComparing(s -> s.resources().toString())
                .thenComparing(s -> s.conditions().toString()));
        return List.copyOf(out);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static PolicyStatement normalize(PolicyStatement s) {
        return new PolicyStatement(s.effect(), new ArrayList<>(new TreeSet<>(s.actions())),
                new ArrayList<>(new TreeSet<>(s.resources())), s.conditions());
    }
}
