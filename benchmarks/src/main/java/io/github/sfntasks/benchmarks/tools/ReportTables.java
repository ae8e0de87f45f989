package io.github.sfntasks.benchmarks.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the in-JVM tables of the benchmarks README as markdown, from JMH's JSON results.
 *
 * <pre>
 * ReportTables warm    JMH.json               # table 1: ours vs the Jackson floor
 * ReportTables cdk     JMH.json CDK_WARM.txt  # table 3, in-JVM part: ours vs the CDK v2 from Java, warm
 * ReportTables scaling JMH.json               # table 4: time per task up to the quota
 * </pre>
 *
 * <p>{@code CDK_WARM.txt} holds the {@code cdk-java-warm tasks=N median_ms=...} lines of the
 * benchmarks/cdk-java warm loop.
 */
public final class ReportTables {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CDK_LINE = Pattern.compile("cdk-java-warm tasks=(\\d+) median_ms=([0-9.]+)");

    private ReportTables() {
    }

    /** One benchmark at one N: average time (µs/op) and allocation (B/op, NaN without {@code -prof gc}). */
    record Score(double micros, double error, double bytes) {
    }

    /** @param args see the class comment */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("warm")) {
            System.out.print(warmTable(read(Path.of(args[1]))));
        } else if (args.length == 3 && args[0].equals("cdk")) {
            System.out.print(cdkTable(read(Path.of(args[1])), cdkWarm(Path.of(args[2]))));
        } else if (args.length == 2 && args[0].equals("scaling")) {
            System.out.print(scalingTable(read(Path.of(args[1]))));
        } else {
            System.err.println("usage: ReportTables warm JMH.json | cdk JMH.json CDK_WARM.txt | scaling JMH.json");
            System.exit(2);
        }
    }

    /** @return benchmark method name -> tasks -> score */
    static Map<String, Map<Integer, Score>> read(Path jmhJson) throws IOException {
        Map<String, Map<Integer, Score>> out = new LinkedHashMap<>();
        for (JsonNode run : MAPPER.readTree(Files.readString(jmhJson))) {
            String name = run.get("benchmark").asText();
            name = name.substring(name.lastIndexOf('.') + 1);
            int tasks = run.get("params").get("tasks").asInt();
            JsonNode primary = run.get("primaryMetric");
            double bytes = Double.NaN;
            JsonNode secondary = run.get("secondaryMetrics");
            if (secondary != null) {
                for (Map.Entry<String, JsonNode> e : secondary.properties()) {
                    if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                        bytes = e.getValue().get("score").asDouble();
                    }
                }
            }
            double error = primary.get("scoreError").asDouble();
            out.computeIfAbsent(name, k -> new TreeMap<>())
                    .put(tasks, new Score(primary.get("score").asDouble(), Double.isNaN(error) ? 0 : error, bytes));
        }
        return out;
    }

    static String warmTable(Map<String, Map<Integer, Score>> r) {
        StringBuilder sb = new StringBuilder();
        sb.append("| tasks | build + render (µs/op) | Jackson floor (µs/op) | **ours / floor** | build only (µs/op) |"
                + " render trees only (µs/op) | allocated, ours (KB/op) | allocated, floor (KB/op) |\n");
        sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<Integer, Score> ours = r.getOrDefault("buildAndRender", Map.of());
        for (Map.Entry<Integer, Score> e : ours.entrySet()) {
            int n = e.getKey();
            Score floor = score(r, "jacksonFloor", n);
            sb.append(String.format(Locale.ROOT, "| %,d | %s | %s | **%s** | %s | %s | %s | %s |%n", n,
                    micros(e.getValue()), micros(floor),
                    floor == null ? "–" : String.format(Locale.ROOT, "%.1fx", e.getValue().micros() / floor.micros()),
                    micros(score(r, "build", n)), micros(score(r, "renderTrees", n)),
                    kb(e.getValue()), kb(floor)));
        }
        return sb.toString();
    }

    static String cdkTable(Map<String, Map<Integer, Score>> r, Map<Integer, Double> cdkMillis) {
        StringBuilder sb = new StringBuilder();
        sb.append("| tasks | sfn-tasks build + render, warm (ms) | CDK v2 from Java build + synth, warm (ms) | **CDK / sfn-tasks** |\n");
        sb.append("|---:|---:|---:|---:|\n");
        for (Map.Entry<Integer, Double> e : cdkMillis.entrySet()) {
            Score ours = score(r, "buildAndRender", e.getKey());
            sb.append(String.format(Locale.ROOT, "| %,d | %s | %,.0f | **%s** |%n", e.getKey(),
                    ours == null ? "–" : String.format(Locale.ROOT, "%.3f", ours.micros() / 1000),
                    e.getValue(),
                    ours == null ? "–" : String.format(Locale.ROOT, "%,.0fx", e.getValue() * 1000 / ours.micros())));
        }
        return sb.toString();
    }

    static String scalingTable(Map<String, Map<Integer, Score>> r) {
        StringBuilder sb = new StringBuilder();
        sb.append("| tasks | definition (KB, compact) | build + render (µs/op) | **µs per task** | allocated per task (KB) |\n");
        sb.append("|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Integer, Score> e : r.getOrDefault("buildAndRender", Map.of()).entrySet()) {
            int n = e.getKey();
            Score s = e.getValue();
            sb.append(String.format(Locale.ROOT, "| %,d | %,.1f | %s | **%.2f** | %s |%n", n,
                    DefinitionSizes.bytes(n) / 1024.0, micros(s), s.micros() / n,
                    Double.isNaN(s.bytes()) ? "–" : String.format(Locale.ROOT, "%.1f", s.bytes() / 1024 / n)));
        }
        return sb.toString();
    }

    static Map<Integer, Double> cdkWarm(Path file) throws IOException {
        Map<Integer, Double> out = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = CDK_LINE.matcher(line);
            if (m.find()) {
                out.put(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)));
            }
        }
        return out;
    }

    private static Score score(Map<String, Map<Integer, Score>> r, String name, int n) {
        return r.getOrDefault(name, Map.of()).get(n);
    }

    private static String micros(Score s) {
        if (s == null) {
            return "–";
        }
        return String.format(Locale.ROOT, s.micros() < 100 ? "%.2f ± %.2f" : "%,.0f ± %,.0f", s.micros(), s.error());
    }

    private static String kb(Score s) {
        return s == null || Double.isNaN(s.bytes()) ? "–" : String.format(Locale.ROOT, "%,.1f", s.bytes() / 1024);
    }
}
