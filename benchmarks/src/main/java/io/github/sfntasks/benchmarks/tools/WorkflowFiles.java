package io.github.sfntasks.benchmarks.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfntasks.benchmarks.TaskMix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark machine as workflow files for the CLI: {@code WorkflowFiles DIR N...} writes
 * {@code DIR/workflow-<N>.json} for each N ({@link TaskMix#workflow}, pretty-printed as a person
 * would write it).
 */
public final class WorkflowFiles {

    private WorkflowFiles() {
    }

    /** @param args the directory, then the task counts */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: WorkflowFiles DIR N...");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 1; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            Path file = dir.resolve("workflow-" + n + ".json");
            Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(TaskMix.workflow(n)) + "\n");
            System.out.println(file);
        }
    }
}
