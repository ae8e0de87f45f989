package io.github.sfntasks.benchmarks.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.benchmarks.TaskMix;
import io.github.sfntasks.core.graph.StateMachine;

import java.nio.charset.StandardCharsets;

/**
 * Definition sizes of the benchmark machine against the service's definition-size quota
 * ({@link StateMachine#MAX_DEFINITION_BYTES}).
 *
 * <ul>
 *   <li>{@code DefinitionSizes --max}: prints the largest N whose definition fits the quota.</li>
 *   <li>{@code DefinitionSizes N...}: prints {@code N bytes} per line (compact JSON, as submitted).</li>
 * </ul>
 */
public final class DefinitionSizes {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DefinitionSizes() {
    }

    /** @param args {@code --max} or task counts */
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--max")) {
            System.out.println(maxTasks());
            return;
        }
        for (String a : args) {
            int n = Integer.parseInt(a);
            System.out.println(n + " " + bytes(n));
        }
    }

    /** @return the largest N whose definition the service accepts */
    public static int maxTasks() {
        int lo = 1;
        int hi = 2;
        while (fits(hi)) {
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (fits(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean fits(int n) {
        return bytes(n) <= StateMachine.MAX_DEFINITION_BYTES;
    }

    /**
     * @param n the number of tasks
     * @return the compact definition's size in bytes, or {@link Integer#MAX_VALUE} above the quota
     */
    public static int bytes(int n) {
        StateMachine machine = TaskMix.machine(n);
        try {
            return MAPPER.writeValueAsString(machine.definition(TaskMix.CONTEXT)).getBytes(StandardCharsets.UTF_8).length;
        } catch (SfnTasksException tooLarge) {
            return Integer.MAX_VALUE;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
