package io.github.sfntasks.conformance.internal;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.conformance.generation.TaskCase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The same request gives byte-identical output: created twice, rendered twice, and from {@value #THREADS} threads
 * at once (each creating its own task and rendering a shared one), started together behind a latch.
 */
public final class Determinism {

    /** Threads that render at once. */
    public static final int THREADS = 8;
    private static final int ROUNDS = 3;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "sfn-conformance-render");
        t.setDaemon(true);
        return t;
    });

    private Determinism() {
    }

    /**
     * @param task a task
     * @return its renders for the two concrete contexts and the placeholder one, as text
     */
    public static String renderAll(Task task) {
        return Json.write(Json.render(task, ContextChecks.A)) + "\n" + Json.write(Json.render(task, ContextChecks.B))
                + "\n" + Json.write(Json.render(task, RenderContext.cloudFormation()));
    }

    /**
     * @param provider the provider
     * @param c a request it accepts
     * @return what differed; empty when every render was the same
     */
    public static List<String> problems(TaskProvider provider, TaskCase c) {
        List<String> out = new ArrayList<>();
        Task shared = provider.create(c.request());
        String baseline = renderAll(shared);
        String again = renderAll(shared);
        if (!baseline.equals(again)) {
            out.add("the same task rendered twice differs: " + firstDifference(baseline, again));
        }
        String recreated = renderAll(provider.create(c.request()));
        if (!baseline.equals(recreated)) {
            out.add("the same request created twice renders differently: " + firstDifference(baseline, recreated));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(POOL.submit(() -> {
                start.await();
                List<String> seen = new ArrayList<>();
                for (int r = 0; r < ROUNDS; r++) {
                    seen.add(renderAll(provider.create(c.request())));
                    seen.add(renderAll(shared));
                }
                return seen;
            }));
        }
        start.countDown();
        try {
            return collect(futures, baseline, out);
        } finally {
            // a failure returns early: the other renders must not run on into the next check
            futures.forEach(f -> f.cancel(true));
        }
    }

    private static List<String> collect(List<Future<List<String>>> futures, String baseline, List<String> out) {
        for (Future<List<String>> f : futures) {
            try {
                for (String s : f.get(60, TimeUnit.SECONDS)) {
                    if (!baseline.equals(s)) {
                        out.add("rendered from " + THREADS + " threads at once, the output differs: " + firstDifference(baseline, s));
                        return out;
                    }
                }
            } catch (java.util.concurrent.ExecutionException e) {
                out.add("rendering from " + THREADS + " threads at once threw " + e.getCause());
                return out;
            } catch (Exception e) {
                out.add("rendering from " + THREADS + " threads at once did not finish: " + e);
                return out;
            }
        }
        return out;
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "at character " + i + ": ..." + a.substring(from, Math.min(a.length(), i + 40)) + "... vs ..."
                + b.substring(from, Math.min(b.length(), i + 40)) + "...";
    }
}
