package io.github.sfntasks.maven;

import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.core.deploy.DeploymentFormat;
import io.github.sfntasks.core.deploy.DeploymentOptions;
import io.github.sfntasks.core.deploy.DeploymentTemplate;
import io.github.sfntasks.core.deploy.TemplateSyntax;
import io.github.sfntasks.core.workflow.Problem;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code sfn-tasks:render}: renders every workflow file into {@code <outputDirectory>/<name>/}, in the format asked
 * for: {@code asl} ({@code definition.asl.json} and {@code policy.json}, as {@code sfn-tasks render --out} writes
 * them; no {@code policy.json} when the machine needs no grant, since IAM refuses a policy without statements), or a
 * deployable unit as {@code sfn-tasks render --format} writes it ({@code cloudformation}, {@code sam}:
 * {@code template.yaml} or {@code template.json} by {@code syntax}; {@code terraform}: {@code main.tf.json}), through
 * {@link DeploymentTemplate}, starting from a {@link #template} of your own when one is given. Every file is read
 * and checked first; an invalid one fails the build, with every problem, before anything is written. Bound to {@code generate-resources}: the files are generated inputs of the later phases (resources
 * copied into the jar, tests that deploy or read them, a packaging step), so they exist before any of them runs.
 */
// Maven's annotations are read at build time only (requires static): not part of the API a user compiles against.
@SuppressWarnings("exports")
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class RenderMojo extends WorkflowMojo {

    /** The formats this goal writes; {@link #files} routes each. */
    static final String FORMATS = "asl, cloudformation, sam, terraform";

    /** What to write: {@code asl} (the definition and the policy, the default), {@code cloudformation}, {@code sam} or {@code terraform}. */
    @Parameter(property = "sfnTasks.format", defaultValue = "asl")
    String format;

    /** The syntax of a CloudFormation or SAM template: {@code yaml} (the default) or {@code json}; Terraform is JSON. */
    @Parameter(property = "sfnTasks.syntax")
    String syntax;

    /** The partition ARNs are built in; default {@code ${AWS::Partition}}. */
    @Parameter(property = "sfnTasks.partition")
    String partition;

    /** The region ARNs are built in; default {@code ${AWS::Region}}. */
    @Parameter(property = "sfnTasks.region")
    String region;

    /** The account ARNs are built in; default {@code ${AWS::AccountId}}. */
    @Parameter(property = "sfnTasks.account")
    String account;

    /**
     * A CloudFormation or SAM template of your own (JSON, or YAML with intrinsic functions in their long form) that
     * each written template starts from: its resources, parameters and outputs are kept, and placeholders may name
     * them ({@code ${OrdersTable}} is its {@code Ref}, {@code ${OrderFunction.Arn}} its {@code GetAtt}), as
     * {@code sfn-tasks render --template} does. Formats cloudformation and sam only.
     */
    @Parameter(property = "sfnTasks.template")
    File template;

    /** The state machine's logical id in a template (default {@code StateMachine}; its role is {@code <id>Role}). */
    @Parameter(property = "sfnTasks.logicalId")
    String logicalId;

    /** Creates the goal (Maven instantiates it). */
    public RenderMojo() {
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        String f = format == null ? "asl" : format.toLowerCase(Locale.ROOT);
        TemplateSyntax ts = syntax(f, syntax); // an unknown format or syntax fails before any file is read
        if (!f.equals("asl") && (partition != null || region != null || account != null)) {
            throw new MojoExecutionException("partition, region and account go with format asl; a template takes them"
                    + " from the stack it is deployed in (AWS::Partition, AWS::Region, AWS::AccountId)");
        }
        DeploymentOptions options = options(f);
        RenderContext context = f.equals("asl") ? context(partition, region, account) : RenderContext.cloudFormation();
        Map<String, Loaded> loaded = byBaseName(loadAll(context));
        Map<Path, String> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Loaded> e : loaded.entrySet()) {
            try {
                out.putAll(files(f, ts, outputDirectory.toPath().resolve(e.getKey()), e.getValue(), options));
            } catch (SfnTasksException x) {
                problems.addAll(Problem.of(e.getValue().file().toString(), x));
            }
        }
        if (!problems.isEmpty()) {
            // every template problem of every file, before anything is written
            StringBuilder sb = new StringBuilder(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " writing " + f + " templates (each code is explained in docs/errors.md):");
            problems.forEach(p -> sb.append(System.lineSeparator()).append(p));
            throw new MojoFailureException(sb.toString());
        }
        write(out);
    }

    /**
     * @param format the format, lower case
     * @return the template options: logical id and base template, read once for every workflow file
     * @throws MojoExecutionException when they do not go with the format, or the template cannot be read
     * @throws MojoFailureException when the template is no template (not well-formed, a short-form tag), or the
     *         logical id is not letters and digits
     */
    private DeploymentOptions options(String format) throws MojoExecutionException, MojoFailureException {
        boolean cloudFormation = format.equals("cloudformation") || format.equals("sam");
        if (template != null && !cloudFormation) {
            throw new MojoExecutionException("template goes with format cloudformation or sam; for Terraform, keep your"
                    + " resources in other .tf files of the same directory and pass their attributes as the variables");
        }
        if (logicalId != null && format.equals("asl")) {
            throw new MojoExecutionException("logicalId goes with format cloudformation, sam or terraform");
        }
        DeploymentOptions options = DeploymentOptions.defaults();
        try {
            if (logicalId != null) {
                options = options.withLogicalId(logicalId);
            }
            if (template != null) {
                options = options.withBaseTemplate(template.toPath());
            }
        } catch (SfnTasksException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new MojoExecutionException("template " + template + ": cannot be read: " + e.getCause().getMessage(), e);
        }
        return options;
    }

    /**
     * @param format the format, lower case
     * @param syntax the syntax asked for, or null
     * @return the template syntax of a deployment format, null for {@code asl}
     * @throws MojoExecutionException for an unknown format, or a syntax the format is not written in
     */
    static TemplateSyntax syntax(String format, String syntax) throws MojoExecutionException {
        DeploymentFormat d = deployment(format);
        if (d == null) {
            if (syntax != null) {
                throw new MojoExecutionException("syntax goes with format cloudformation, sam or terraform");
            }
            return null;
        }
        if (syntax == null) {
            return d.defaultSyntax();
        }
        TemplateSyntax ts = switch (syntax.toLowerCase(Locale.ROOT)) {
            case "json" -> TemplateSyntax.JSON;
            case "yaml", "yml" -> TemplateSyntax.YAML;
            default -> throw new MojoExecutionException("syntax \"" + syntax + "\" is not json or yaml");
        };
        if (!d.supports(ts)) {
            throw new MojoExecutionException("format " + format + " is written in "
                    + d.defaultSyntax().name().toLowerCase(Locale.ROOT) + " only");
        }
        return ts;
    }

    private static DeploymentFormat deployment(String format) throws MojoExecutionException {
        return switch (format) {
            case "asl" -> null;
            case "cloudformation" -> DeploymentFormat.CLOUDFORMATION;
            case "sam" -> DeploymentFormat.SAM;
            case "terraform" -> DeploymentFormat.TERRAFORM;
            default -> throw new MojoExecutionException("format \"" + format + "\" is not one of: " + FORMATS);
        };
    }

    /**
     * The one place a format becomes files.
     *
     * @param format the format, lower case (checked by {@link #syntax})
     * @param syntax the template syntax of a deployment format
     * @param dir the workflow's output folder
     * @param loaded the machine read and rendered
     * @param options the template options (logical id, base template)
     * @return the files to write
     * @throws SfnTasksException when the machine cannot be written as a template (SFN-E052)
     */
    static Map<Path, String> files(String format, TemplateSyntax syntax, Path dir, Loaded loaded, DeploymentOptions options)
            throws MojoExecutionException {
        Map<Path, String> out = new LinkedHashMap<>();
        DeploymentFormat d = deployment(format);
        if (d == null) {
            out.put(dir.resolve("definition.asl.json"), loaded.rendered().definitionJson());
            if (!loaded.rendered().isPolicyEmpty()) {
                out.put(dir.resolve("policy.json"), loaded.rendered().policyJson());
            }
        } else {
            out.put(dir.resolve(d.fileName(syntax)),
                    DeploymentTemplate.render(loaded.machine(), d, syntax, options));
        }
        return out;
    }
}
