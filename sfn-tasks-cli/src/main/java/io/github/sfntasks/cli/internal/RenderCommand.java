package io.github.sfntasks.cli.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.SfnTasksException;
import io.github.sfntasks.core.deploy.DeploymentFormat;
import io.github.sfntasks.core.deploy.DeploymentOptions;
import io.github.sfntasks.core.deploy.DeploymentTemplate;
import io.github.sfntasks.core.deploy.TemplateSyntax;
import io.github.sfntasks.core.graph.StateMachineOptions;
import io.github.sfntasks.cli.Main;
import io.github.sfntasks.core.graph.StateMachine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code render FILE}: the ASL definition and the IAM policy of a workflow file. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        header = "Renders a workflow file into its ASL definition and IAM policy.",
        description = {
            "",
            "Without --out, prints one JSON object {\"definition\": ..., \"policy\": ...} (jq '.definition'"
                + " picks one). With --out DIR, writes DIR/definition.asl.json and DIR/policy.json: both are written"
                + " in full to temporary files first and then renamed into place, so an error leaves DIR as it was."
                + " Renders into one DIR take turns (a lock, DIR/.sfn-tasks.lock), so the two files are always of one"
                + " render; a render killed between the renames is completed by the next render into DIR.",
            "",
            "A machine whose states call no AWS service needs no grant, and IAM refuses a policy without"
                + " statements: then no policy is printed (no \"policy\" member) or written (an earlier"
                + " DIR/policy.json is removed, as it belongs to another definition), and a note on stderr says so.",
            "",
            "ARNs are built from --partition, --region and --account. Each one left out becomes a CloudFormation"
                + " pseudo parameter, $${AWS::Partition}, $${AWS::Region} or $${AWS::AccountId}, which Fn::Sub"
                + " resolves: 'DefinitionString: !Sub |' followed by the definition, and !Sub on each Resource of"
                + " the policy. For 'DefinitionSubstitutions' (SAM or CloudFormation; its keys are plain names),"
                + " give placeholders of your own instead, e.g. --partition '$${Partition}' --region '$${Region}'"
                + " --account '$${AccountId}', and map them: 'Partition: !Ref AWS::Partition', and so on.",
            "",
            "--format cloudformation|sam|terraform writes a deployable unit instead: the state machine resource, its"
                + " role and the role's policy (--syntax json|yaml; Terraform is JSON, main.tf.json). Placeholders"
                + " become template parameters (Terraform: variables) and DefinitionSubstitutions; --template FILE adds"
                + " the machine to a template of your own (JSON, or YAML with long-form intrinsics such as 'Fn::GetAtt:'),"
                + " whose resources placeholders such as $${OrderFunction.Arn} may name. The state-machine options come"
                + " from the workflow file's StateMachineOptions section; the flags below override them.",
            "",
            "Warnings (for example a plain-ASL Resource whose grants cannot be derived) go to stderr."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rendered", "1:invalid workflow", "2:usage or I/O error"})
final class RenderCommand implements Callable<Integer> {

    static final String DEFINITION_FILE = "definition.asl.json";
    static final String POLICY_FILE = "policy.json";

    private static final Set<String> OUT_FILES = Set.of(DEFINITION_FILE, POLICY_FILE);
    /** Why no policy is written: IAM refuses a document without statements. */
    static final String NO_POLICY = "no IAM policy: no state calls an AWS service, so the role needs no grant"
            + " (and IAM refuses a policy without statements)";

    private static final Pattern PARTITION = Pattern.compile("aws(-[a-z]+)*");
    private static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z]+)+-\\d+");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private final Cli cli;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow file (.json, .yaml or .yml).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write DIR/" + DEFINITION_FILE + " and DIR/" + POLICY_FILE + " (DIR is created if missing).")
    Path out;

    @Option(names = "--partition", paramLabel = "PARTITION",
            description = "aws, aws-cn, aws-us-gov... (default: $${AWS::Partition})")
    String partition;

    @Option(names = "--region", paramLabel = "REGION", description = "us-east-1, eu-west-1... (default: $${AWS::Region})")
    String region;

    @Option(names = "--account", paramLabel = "ACCOUNT", description = "A 12-digit account id (default: $${AWS::AccountId})")
    String account;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "asl (default: definition and policy), cloudformation, sam or terraform.")
    String format;

    @Option(names = "--syntax", paramLabel = "SYNTAX",
            description = "json or yaml, for cloudformation and sam (default yaml); terraform is json.")
    String syntax;

    @Option(names = "--template", paramLabel = "FILE",
            description = "A CloudFormation/SAM template of your own to add the state machine to (its resources can be"
                    + " named by placeholders).")
    Path template;

    @Option(names = "--logical-id", paramLabel = "ID",
            description = "The state machine's logical id (default StateMachine; its role is IDRole).")
    String logicalId;

    @Option(names = "--name", paramLabel = "NAME", description = "The state machine's name (stateMachineName).")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "STANDARD or EXPRESS (stateMachineType).")
    String type;

    @Option(names = "--log-level", paramLabel = "LEVEL", description = "ALL, ERROR, FATAL or OFF (logs.level).")
    String logLevel;

    @Option(names = "--log-destination", paramLabel = "ARN",
            description = "The CloudWatch Logs log group's ARN, ending in :* (logs.destination).")
    String logDestination;

    @Option(names = "--include-execution-data", description = "Log input and output (logs.includeExecutionData).")
    boolean includeExecutionData;

    @Option(names = "--tracing", description = "Turn X-Ray tracing on (tracingEnabled).")
    boolean tracing;

    @Option(names = "--kms-key", paramLabel = "ARN",
            description = "Encrypt with this customer managed KMS key (encryptionConfiguration.kmsKey).")
    String kmsKey;

    RenderCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (out != null && out.toString().isBlank()) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": --out needs a folder name; give --out . for"
                    + " the current folder, or leave --out out to print to stdout");
        }
        if (out != null) {
            // A render killed between its two renames left a journal: make the pair whole first, whatever comes next.
            try {
                AtomicFiles.recover(out, OUT_FILES);
            } catch (IOException e) {
                throw IoErrors.cannotWrite("to " + out, e);
            }
        }
        DeploymentFormat deployment = deploymentFormat(format);
        if (deployment != null) {
            return renderTemplate(deployment);
        }
        for (String flag : new String[] {syntax, template == null ? null : "", logicalId}) {
            if (flag != null) {
                throw usage("--syntax, --template and --logical-id go with --format cloudformation, sam or terraform");
            }
        }
        RenderContext context = context(partition, region, account);
        WorkflowFile wf = new WorkflowFile(file);
        WorkflowFile.Loaded loaded = wf.load(cli.registry(), context);
        StateMachine.Rendered rendered = loaded.rendered();
        if (hasOptionFlags()) {
            rendered = withOptions(wf, loaded.machine()).render(context);
        }
        wf.printWarnings(rendered.warnings(), cli.err());
        boolean noPolicy = rendered.isPolicyEmpty();
        if (out == null) {
            ObjectNode both = JsonNodeFactory.instance.objectNode();
            both.set("definition", rendered.definition());
            if (noPolicy) {
                cli.err().println(wf.source() + ": note: " + NO_POLICY + "; printed no \"policy\"");
            } else {
                both.set("policy", rendered.policy());
            }
            cli.out().print(StateMachine.Rendered.pretty(both));
            return Main.OK;
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DEFINITION_FILE, rendered.definitionJson());
        if (!noPolicy) {
            files.put(POLICY_FILE, rendered.policyJson());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw IoErrors.cannotWrite("to " + out, new FileAlreadyExistsException(out.toString()));
        }
        Path policyFile = out.resolve(POLICY_FILE);
        List<String> removed;
        try {
            // Definition and policy are a pair: a policy.json left from an earlier render would grant
            // what the new definition no longer does, so it goes, in the same unit, when there is no policy to write.
            removed = AtomicFiles.writeTogether(out, files, noPolicy ? Set.of(POLICY_FILE) : Set.of());
        } catch (IOException e) {
            throw IoErrors.cannotWrite("to " + out, e);
        }
        for (String name : files.keySet()) {
            cli.out().println("wrote " + out.resolve(name));
        }
        if (noPolicy) {
            cli.err().println(wf.source() + ": note: " + NO_POLICY + "; wrote no " + POLICY_FILE
                    + (removed.isEmpty() ? "" : " and removed the earlier " + policyFile));
        }
        return Main.OK;
    }

    private int renderTemplate(DeploymentFormat deployment) {
        if (partition != null || region != null || account != null) {
            throw usage("--partition, --region and --account go with --format asl; a template takes them from the"
                    + " stack it is deployed in (AWS::Partition, AWS::Region, AWS::AccountId)");
        }
        TemplateSyntax ts = deployment.defaultSyntax();
        if (syntax != null) {
            ts = switch (syntax.toLowerCase(Locale.ROOT)) {
                case "json" -> TemplateSyntax.JSON;
                case "yaml", "yml" -> TemplateSyntax.YAML;
                default -> throw usage("--syntax \"" + syntax + "\" is not json or yaml");
            };
            if (!deployment.supports(ts)) {
                throw usage("--format " + format + " is written in " + deployment.defaultSyntax().name().toLowerCase(Locale.ROOT)
                        + " only");
            }
        }
        if (template != null && deployment == DeploymentFormat.TERRAFORM) {
            throw usage("--template goes with cloudformation and sam; for Terraform, keep your resources in other .tf"
                    + " files of the same directory and pass their attributes as the variables");
        }
        DeploymentOptions options = DeploymentOptions.defaults();
        try {
            if (logicalId != null) {
                options = options.withLogicalId(logicalId);
            }
        } catch (SfnTasksException e) {
            throw usage("--logical-id: " + e.reason());
        }
        if (template != null) {
            options = BaseTemplate.add(options, template);
        }
        WorkflowFile wf = new WorkflowFile(file);
        WorkflowFile.Loaded loaded = wf.load(cli.registry(), RenderContext.cloudFormation());
        StateMachine machine = hasOptionFlags() ? withOptions(wf, loaded.machine()) : loaded.machine();
        String text;
        try {
            text = DeploymentTemplate.render(machine, deployment, ts, options);
        } catch (SfnTasksException e) {
            throw wf.invalid(e);
        }
        wf.printWarnings(machine.warnings(RenderContext.cloudFormation()), cli.err());
        if (out == null) {
            cli.out().print(text);
            return Main.OK;
        }
        Path target = out.resolve(deployment.fileName(ts));
        try {
            AtomicFiles.write(Map.of(target, text));
        } catch (IOException e) {
            throw IoErrors.cannotWrite("to " + out, e);
        }
        cli.out().println("wrote " + target);
        return Main.OK;
    }

    private static DeploymentFormat deploymentFormat(String format) {
        if (format == null || format.equalsIgnoreCase("asl")) {
            return null;
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "cloudformation", "cfn" -> DeploymentFormat.CLOUDFORMATION;
            case "sam" -> DeploymentFormat.SAM;
            case "terraform" -> DeploymentFormat.TERRAFORM;
            default -> throw usage("--format \"" + format + "\" is not asl, cloudformation, sam or terraform");
        };
    }

    private boolean hasOptionFlags() {
        return name != null || type != null || logLevel != null || logDestination != null || includeExecutionData
                || tracing || kmsKey != null;
    }

    /** The machine with the workflow file's options overridden by the flags given. */
    private StateMachine withOptions(WorkflowFile wf, StateMachine machine) {
        StateMachineOptions given = machine.options();
        StateMachineOptions.Builder b = given.toBuilder();
        if (name != null) {
            b.stateMachineName(name);
        }
        if (type != null) {
            b.stateMachineType(enumFlag("--type", type, StateMachineOptions.Type.class));
        }
        if (logLevel != null || logDestination != null || includeExecutionData) {
            StateMachineOptions.Logs logs = given.logs();
            StateMachineOptions.LogLevel level = logLevel != null ? enumFlag("--log-level", logLevel, StateMachineOptions.LogLevel.class)
                    : logs != null ? logs.level() : StateMachineOptions.LogLevel.ERROR;
            b.logs(level, includeExecutionData || (logs != null && logs.includeExecutionData()),
                    logDestination != null ? logDestination : logs == null ? null : logs.destination());
        }
        if (tracing) {
            b.tracingEnabled(true);
        }
        if (kmsKey != null) {
            b.encryption(kmsKey, given.encryption() == null ? null : given.encryption().kmsDataKeyReusePeriodSeconds());
        }
        try {
            return machine.withOptions(b.build());
        } catch (SfnTasksException e) {
            throw wf.invalid(e);
        }
    }

    private static <E extends Enum<E>> E enumFlag(String option, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage(option + " \"" + value + "\" is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static CommandFailure usage(String message) {
        return new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": " + message);
    }

    /**
     * @return the render context: each part given, or its CloudFormation pseudo parameter
     * @throws CommandFailure (exit 2) when a concrete part does not look like what AWS accepts
     */
    static RenderContext context(String partition, String region, String account) {
        return RenderContext.of(
                part("--partition", partition, PARTITION, RenderContext.CFN_PARTITION, "aws, aws-cn or aws-us-gov"),
                part("--region", region, REGION, RenderContext.CFN_REGION, "a region code such as us-east-1"),
                part("--account", account, ACCOUNT, RenderContext.CFN_ACCOUNT, "a 12-digit account id"));
    }

    private static String part(String option, String value, Pattern form, String placeholder, String expected) {
        if (value == null) {
            return placeholder;
        }
        // A placeholder of the user's own (${AWS::Region}, ${Stage}...) is passed through untouched.
        if (!value.contains("${") && !form.matcher(value).matches()) {
            throw new CommandFailure(Main.USAGE_OR_IO_ERROR, Cli.NAME + ": " + option + " \"" + value
                    + "\" is not " + expected + " (or a placeholder such as " + placeholder + ")");
        }
        return value;
    }
}
