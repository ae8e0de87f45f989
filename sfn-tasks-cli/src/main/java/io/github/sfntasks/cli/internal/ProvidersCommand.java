package io.github.sfntasks.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.IntegrationPattern;
import io.github.sfntasks.cli.Main;
import io.github.sfntasks.core.DiscoveryProblem;
import io.github.sfntasks.core.ProviderInfo;
import io.github.sfntasks.core.TaskRegistry;
import io.github.sfntasks.core.graph.StateMachine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code providers}: the task providers discovered on the module path (or class path). */
@Command(name = "providers", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        header = "Lists the task providers found on the module path.",
        description = {
            "",
            "For each provider: its type id (the 'Provider' of a Task state), integration patterns, module,"
                + " version and what it does. A provider module put on the module path (a third party's too)"
                + " shows up here. Discovery problems (a provider that fails to load, two providers with one type"
                + " id) are printed to stderr; the other providers still work."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (also when discovery reported problems)", "2:usage error"})
final class ProvidersCommand implements Callable<Integer> {

    /** How to print the listing. */
    enum Format { TABLE, JSON }

    private final Cli cli;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    Format format;

    ProvidersCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        TaskRegistry registry = cli.registry();
        List<ProviderInfo> listing = registry.listing();
        if (format == Format.JSON) {
            cli.out().print(StateMachine.Rendered.pretty(json(listing, registry.problems())));
        } else {
            table(listing, cli.out());
            if (listing.isEmpty()) {
                cli.err().println(Cli.NAME + ": no task providers found; put provider modules"
                        + " (sfn-tasks-provider-*.jar) on the module path");
            }
        }
        return Main.OK;
    }

    static String patterns(ProviderInfo p) {
        List<String> names = new ArrayList<>();
        for (IntegrationPattern ip : IntegrationPattern.values()) { // enum order: stable output
            if (p.patterns().contains(ip)) {
                names.add(ip.name());
            }
        }
        return String.join(",", names);
    }

    private static void table(List<ProviderInfo> listing, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TYPE ID", "PATTERNS", "MODULE", "VERSION", "DESCRIPTION"});
        for (ProviderInfo p : listing) {
            rows.add(new String[] {p.typeId(), patterns(p), p.module(), p.version(), p.description()});
        }
        int[] widths = new int[5];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(r[i]);
                if (i < r.length - 1) {
                    sb.append(" ".repeat(widths[i] - r[i].length() + 2));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private static ObjectNode json(List<ProviderInfo> listing, List<DiscoveryProblem> problems) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode ps = root.putArray("providers");
        for (ProviderInfo p : listing) {
            ObjectNode n = ps.addObject();
            n.put("typeId", p.typeId());
            ArrayNode pat = n.putArray("patterns");
            for (String s : patterns(p).split(",")) {
                if (!s.isEmpty()) {
                    pat.add(s);
                }
            }
            n.put("module", p.module());
            n.put("version", p.version());
            n.put("className", p.className());
            n.put("description", p.description());
        }
        ArrayNode pr = root.putArray("problems");
        for (DiscoveryProblem d : problems) {
            pr.addObject().put("code", d.code().code()).put("message", d.message());
        }
        return root;
    }
}
