package io.github.sfntasks.conformance.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.stepfunctions.CfnStateMachine;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.QueryLanguage;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;
import software.constructs.IConstruct;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Renders Step Functions Task states and their IAM statements with the real AWS CDK v2 (via jsii).
 *
 * <p>One {@link App} is created lazily (this is what starts the jsii Node.js child process and loads
 * {@code aws-cdk-lib}: several seconds, once per JVM) and reused for every render. Each render builds a fresh
 * {@link Stack} (account {@value #ACCOUNT}, region {@value #REGION}) in that App, lets the factory build the task,
 * wraps it in a {@link StateMachine} with {@link DefinitionBody#fromChainable}, extracts the state JSON and the role's
 * default-policy statements, and then removes the stack from the App again so the App does not grow.
 *
 * <p>Two extraction modes give identical results (a test proves it for every task):
 * <ul>
 *   <li>{@link Mode#RESOLVE} (default, fast): {@code stack.resolve(cfnStateMachine.definitionString)} and
 *       {@code stack.resolve(defaultPolicy.document)}: the same token resolution that synthesis applies to those
 *       two properties, without writing a cloud assembly.</li>
 *   <li>{@link Mode#SYNTH} (slower, reference): {@code Template.fromStack(stack)}, i.e. a full synthesis
 *       (validation, aspects, template file) and the values read back from the template. The stack is then put
 *       in its own {@link Stage} under the shared App, since a Stage may only be synthesized once.</li>
 * </ul>
 *
 * <p>Not thread-safe in the jsii sense: all calls are {@code synchronized}.
 */
@io.github.sfntasks.api.ApiStatus(io.github.sfntasks.api.ApiStatus.Status.EXPERIMENTAL)
public final class CdkRenderer {

    /** The account of every stack. */
    public static final String ACCOUNT = "123456789012";
    /** The region of every stack. */
    public static final String REGION = "us-east-1";
    /** The partition the concrete pseudo values resolve to. */
    public static final String PARTITION = "aws";

    /** How the definition and the policy are obtained from the construct tree. */
    public enum Mode {
        /** {@code stack.resolve} of the two properties: fast. */
        RESOLVE,
        /** A full synthesis ({@code Template.fromStack}): the reference. */
        SYNTH
    }

    /** Indented, sorted output for the files this class writes. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static CdkRenderer shared;
    /** Wall time of the first App creation in this JVM: jsii child-process start + loading aws-cdk-lib. */
    private static volatile long jvmFirstAppNanos = -1;

    private final Mode mode;
    private final Map<String, Object> context;
    private final boolean concretePseudoValues;

    private App app;
    private long startupNanos = -1;
    private long counter;

    /** Default renderer: {@link Mode#RESOLVE}, CDK default feature flags, concrete pseudo-parameter values. */
    public CdkRenderer() {
        this(Mode.RESOLVE, Map.of(), true);
    }

    /**
     * @param mode                 how to extract the definition and policy
     * @param context              extra App context, e.g. feature flags {@code "@aws-cdk/aws-iam:minimizePolicies": true}
     * @param concretePseudoValues {@code true}: {@code Ref AWS::Partition} -> {@code aws} etc.; {@code false}: keep
     *                             {@code ${AWS::Partition}}-style placeholders
     */
    public CdkRenderer(Mode mode, Map<String, Object> context, boolean concretePseudoValues) {
        this.mode = Objects.requireNonNull(mode);
        this.context = Map.copyOf(context);
        this.concretePseudoValues = concretePseudoValues;
    }

    /** The JVM-wide default renderer (shares the one jsii runtime anyway; this also shares the App). */
    public static synchronized CdkRenderer shared() {
        if (shared == null) {
            shared = new CdkRenderer();
        }
        return shared;
    }

    /** @return the extraction mode */
    public Mode mode() {
        return mode;
    }

    /** Nanoseconds spent creating the App the first time (jsii start-up if this was the first jsii use), or -1. */
    public synchronized long startupNanos() {
        return startupNanos;
    }

    /**
     * Nanoseconds the first {@link App} of this JVM took to create (any renderer), i.e. the jsii start-up:
     * spawning {@code node}, extracting and loading the {@code aws-cdk-lib} jsii bundle. -1 before that.
     */
    public static long jsiiStartupNanos() {
        return jvmFirstAppNanos;
    }

    /** The shared App, created on first use. */
    public synchronized App app() {
        if (app == null) {
            long t0 = System.nanoTime();
            Map<String, Object> ctx = new LinkedHashMap<>();
            // No construct stack traces in metadata: they are expensive in Node and irrelevant here.
            ctx.put("aws:cdk:disable-stack-trace", true);
            ctx.putAll(context);
            app = App.Builder.create()
                    .analyticsReporting(false)   // no AWS::CDK::Metadata resource on synth
                    .stackTraces(false)
                    .treeMetadata(false)         // no tree.json on synth
                    .autoSynth(false)
                    .context(ctx)
                    .build();
            startupNanos = System.nanoTime() - t0;
            synchronized (CdkRenderer.class) {
                if (jvmFirstAppNanos < 0) {
                    jvmFirstAppNanos = startupNanos;
                }
            }
        }
        return app;
    }

    /** {@link #render(String, BiFunction)} with state name {@code "Task"}. */
    public CdkResult render(BiFunction<Stack, String, IChainable> taskFactory) {
        return render("Task", taskFactory);
    }

    /**
     * Renders one task.
     *
     * @param stateName   the state name handed to the factory (it must use it as the construct id / state name)
     * @param taskFactory builds the task in the given (fresh) stack
     */
    public CdkResult render(String stateName, BiFunction<Stack, String, IChainable> taskFactory) {
        return render(stateName, null, taskFactory);
    }

    /**
     * Renders one task in a state machine of the given query language.
     *
     * @param stateName   the state name handed to the factory (it must use it as the construct id / state name)
     * @param machineLanguage the state machine's {@code QueryLanguage}, or {@code null} for the CDK's default (JSONPath,
     *                    not written)
     * @param taskFactory builds the task in the given (fresh) stack
     * @return what the CDK rendered
     */
    public synchronized CdkResult render(String stateName, QueryLanguage machineLanguage,
                                         BiFunction<Stack, String, IChainable> taskFactory) {
        App a = app();
        long t0 = System.nanoTime();
        String stackId = "Render" + (++counter);
        Environment env = Environment.builder().account(ACCOUNT).region(REGION).build();
        // SYNTH mode: the stack lives in its own Stage, because Template.fromStack synthesizes the stack's Stage
        // and CDK >= 2.2xx refuses a second synth of a Stage (App) whose construct tree changed in between
        // ("ConstructTreeModifiedAfterSynth"). Each Stage is synthesized exactly once; the App never is.
        Construct holder = mode == Mode.SYNTH ? Stage.Builder.create(a, stackId).env(env).build() : a;
        Stack stack = Stack.Builder.create(holder, mode == Mode.SYNTH ? "Stack" : stackId)
                .env(env)
                .build();
        try {
            IChainable chain = taskFactory.apply(stack, stateName);
            StateMachine.Builder smb = StateMachine.Builder.create(stack, "StateMachine")
                    .definitionBody(DefinitionBody.fromChainable(chain));
            if (machineLanguage != null) {
                smb.queryLanguage(machineLanguage);
            }
            StateMachine sm = smb.build();

            JsonNode rawDefinition;
            JsonNode rawPolicy;
            if (mode == Mode.RESOLVE) {
                CfnStateMachine cfn = (CfnStateMachine) Objects.requireNonNull(sm.getNode().getDefaultChild());
                rawDefinition = MAPPER.valueToTree(stack.resolve(cfn.getDefinitionString()));
                IConstruct dp = sm.getRole().getNode().tryFindChild("DefaultPolicy");
                rawPolicy = dp == null ? NullNode.getInstance()
                        : MAPPER.valueToTree(stack.resolve(((Policy) dp).getDocument()));
            } else {
                Template template = Template.fromStack(stack);
                String smId = stack.getLogicalId((CfnElement) Objects.requireNonNull(sm.getNode().getDefaultChild()));
                JsonNode resources = MAPPER.valueToTree(template.toJSON()).path("Resources");
                rawDefinition = resources.path(smId).path("Properties").path("DefinitionString");
                String roleId = stack.getLogicalId(
                        (CfnElement) Objects.requireNonNull(sm.getRole().getNode().getDefaultChild()));
                rawPolicy = NullNode.getInstance();
                ArrayNode allStatements = F.arrayNode();
                for (JsonNode r : resources) {
                    if ("AWS::IAM::Policy".equals(r.path("Type").asText())
                            && r.path("Properties").path("Roles").toString().contains("\"" + roleId + "\"")) {
                        allStatements.addAll((ArrayNode) r.path("Properties").path("PolicyDocument").path("Statement"));
                        rawPolicy = r.path("Properties").path("PolicyDocument");
                    }
                }
            }

            CfnIntrinsics intrinsics = new CfnIntrinsics(concretePseudoValues
                    ? CfnIntrinsics.defaultPseudoValues(ACCOUNT, REGION, stack.getStackName())
                    : CfnIntrinsics.placeholderPseudoValues());
            ObjectNode state = extractState(intrinsics, rawDefinition, stateName);
            ArrayNode statements = F.arrayNode();
            if (rawPolicy.isObject()) {
                JsonNode st = intrinsics.resolveDeep(rawPolicy).path("Statement");
                if (st.isArray()) {
                    statements.addAll((ArrayNode) st);
                } else if (st.isObject()) {
                    statements.add(st);
                }
            }
            Set<String> unresolved = new TreeSet<>(intrinsics.unresolved());
            return new CdkResult(stateName, state, statements, rawDefinition, rawPolicy, Set.copyOf(unresolved),
                    System.nanoTime() - t0);
        } finally {
            // Keep the App small: the next render (and any synth) must not see old stacks.
            a.getNode().tryRemoveChild(stackId);
        }
    }

    private static ObjectNode extractState(CfnIntrinsics intrinsics, JsonNode rawDefinition, String stateName) {
        String definitionText = intrinsics.asString(rawDefinition);
        JsonNode definition;
        try {
            definition = MAPPER.readTree(definitionText);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("definition is not JSON after substitution: " + definitionText, e);
        }
        JsonNode states = definition.path("States");
        JsonNode state = states.get(stateName);
        if (state == null) {
            state = states.get(definition.path("StartAt").asText());
        }
        if (state == null || !state.isObject()) {
            throw new IllegalStateException("no state '" + stateName + "' in " + definitionText);
        }
        ObjectNode copy = ((ObjectNode) state).deepCopy();
        if (copy.path("End").asBoolean(false)) {
            copy.remove("End");
        }
        return copy;
    }

    /** Writes {@code {"state":..., "statements":[...]}} to {@code dir/<name>.json} and returns the text. */
    public static String write(Path dir, String name, CdkResult result) {
        try {
            String text = MAPPER.writeValueAsString(result.toJson()) + System.lineSeparator();
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".json"), text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code {"definitionString":..., "policyDocument":...}} as {@code stack.resolve} returned them (still
     * with {@code Fn::Join}/{@code Ref} intrinsics) to {@code dir/<name>.json} and returns the text.
     */
    public static String writeRaw(Path dir, String name, CdkResult result) {
        try {
            ObjectNode o = F.objectNode();
            o.set("definitionString", result.rawDefinition());
            o.set("policyDocument", result.rawPolicyDocument());
            String text = MAPPER.writeValueAsString(o) + System.lineSeparator();
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".json"), text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Convenience for tests: several renders, e.g. for timing. */
    public List<CdkResult> renderAll(String stateName, List<BiFunction<Stack, String, IChainable>> factories) {
        List<CdkResult> out = new ArrayList<>();
        for (BiFunction<Stack, String, IChainable> f : factories) {
            out.add(render(stateName, f));
        }
        return out;
    }
}
