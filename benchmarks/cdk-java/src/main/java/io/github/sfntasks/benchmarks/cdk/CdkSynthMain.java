package io.github.sfntasks.benchmarks.cdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@link CdkMachine} from the command line.
 *
 * <ul>
 *   <li>{@code CdkSynthMain N [TEMPLATE_OUT]}: one build + synth of N tasks, then exit (the whole-process
 *       run: JVM start, jsii's Node child, the CDK's own loading, synth); with {@code TEMPLATE_OUT}, the
 *       template is also copied there (for {@code benchmarks/scripts/check-mix.sh}; the timed runs do not
 *       pass it).</li>
 *   <li>{@code CdkSynthMain --warm N1,N2,... [warm-up] [iterations]}: in one JVM, per N, {@code warm-up}
 *       unmeasured runs and then {@code iterations} timed runs of build + synth; prints one line per N:
 *       {@code cdk-java-warm tasks=N median_ms=... min_ms=... runs=...}.</li>
 * </ul>
 */
public final class CdkSynthMain {

    private CdkSynthMain() {
    }

    /** @param args see the class comment */
    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("--warm")) {
            int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
            int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 5;
            for (String n : args[1].split(",")) {
                warm(Integer.parseInt(n.trim()), warmup, iterations);
            }
        } else if (args.length == 1 || args.length == 2) {
            Path out = Files.createTempDirectory("cdk-java-synth");
            try {
                Path template = CdkMachine.synth(Integer.parseInt(args[0]), out);
                System.out.println("synthesized " + Files.size(template) + " bytes of template");
                if (args.length == 2) {
                    Files.copy(template, Path.of(args[1]), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                delete(out);
            }
        } else {
            System.err.println("usage: CdkSynthMain N [TEMPLATE_OUT] | --warm N1,N2,... [warm-up] [iterations]");
            System.exit(2);
        }
        System.exit(0);
    }

    private static void warm(int n, int warmup, int iterations) throws IOException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < warmup + iterations; i++) {
            Path out = Files.createTempDirectory("cdk-java-synth");
            long start = System.nanoTime();
            CdkMachine.synth(n, out);
            long nanos = System.nanoTime() - start;
            delete(out);
            if (i >= warmup) {
                millis.add(nanos / 1e6);
            }
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.printf("cdk-java-warm tasks=%d median_ms=%.1f min_ms=%.1f runs=%s%n", n, median, sorted[0],
                Arrays.toString(millis.stream().mapToLong(Math::round).toArray()));
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
