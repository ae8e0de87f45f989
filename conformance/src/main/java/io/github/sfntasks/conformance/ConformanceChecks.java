package io.github.sfntasks.conformance;

import io.github.sfntasks.conformance.generation.TaskCase;
import io.github.sfntasks.conformance.generation.InvalidCase;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.api.RenderContext;
import io.github.sfntasks.api.spi.Task;
import io.github.sfntasks.api.spi.TaskProvider;
import io.github.sfntasks.api.TaskValidationException;
import io.github.sfntasks.api.value.Literal;
import io.github.sfntasks.conformance.iam.ResourceActions;
import io.github.sfntasks.conformance.internal.AslShape;
import io.github.sfntasks.conformance.internal.ContextChecks;
import io.github.sfntasks.conformance.internal.Determinism;
import io.github.sfntasks.conformance.internal.Discovery;
import io.github.sfntasks.conformance.internal.GrantChecks;
import io.github.sfntasks.conformance.internal.Json;
import io.github.sfntasks.conformance.internal.Rejection;
import io.github.sfntasks.conformance.internal.RoundTrip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kit's checks as plain methods, one per property, each throwing {@link ConformanceFailure} with every problem
 * it found. {@link ProviderConformanceKit} calls them from its jqwik properties; call them directly to check one
 * request (a regression test, say) without running a property.
 *
 * <pre>{@code
 * TaskCase c = new TaskCase("sqs:sendMessage", "Send", props, null, QueryLanguage.JSONPATH, null);
 * ConformanceChecks.grantsCoverTheState(new SqsSendMessageProvider(), c, ResourceActions.standard());
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class ConformanceChecks {

    /** A commercial-partition context ({@code aws}, {@code us-east-1}, {@code 111111111111}). */
    public static final RenderContext CONTEXT_A = ContextChecks.A;
    /** A China-partition context ({@code aws-cn}, {@code cn-north-1}, {@code 222222222222}): every part differs. */
    public static final RenderContext CONTEXT_B = ContextChecks.B;

    /** The outcome of a valid request. */
    public enum Outcome {
        /** The provider made a task, and it renders valid ASL. */
        ACCEPTED,
        /** The provider refused it with a TaskValidationException naming the state and a property (a rule the schema does not say). */
        REFUSED
    }

    private ConformanceChecks() {
    }

    private static String subject(TaskProvider provider, Object c) {
        return provider.typeId() + " (" + provider.getClass().getName() + ")" + (c == null ? "" : " with " + c);
    }

    private static void fail(String property, TaskProvider provider, Object c, List<String> problems, Throwable cause) {
        if (!problems.isEmpty()) {
            throw new ConformanceFailure(property, subject(provider, c), problems, cause);
        }
    }

    /**
     * @param c a request
     * @return its properties and options as text, then every string value of the properties unescaped, each
     *         followed by a NUL: what the user wrote (an ARN there is the user's, not the render's)
     */
    public static String inputText(TaskCase c) {
        StringBuilder sb = new StringBuilder(Json.write(c.properties())).append(' ').append(c.options()).append('\u0000');
        Json.strings(c.properties(), (pointer, text) -> sb.append(text).append('\u0000'));
        if (c.options().credentials() instanceof Literal l && l.isText()) {
            sb.append(l.text()).append('\u0000');
        }
        return sb.toString();
    }

    private static Task create(String property, TaskProvider provider, TaskCase c) {
        try {
            return provider.create(c.request());
        } catch (RuntimeException e) {
            throw new ConformanceFailure(property, subject(provider, c),
                    List.of("create() refused a request it accepted before: " + e), e);
        }
    }

    /** The placeholder forms every resource property must take whole: a CloudFormation variable and a CDK token. */
    public static final List<String> WHOLE_PLACEHOLDERS = List.of("${SfnKitResource}", "${Token[TOKEN.4242]}");

    /**
     * Property 8: every resource property (its schema says {@code x-sfn-resource}) that a request gives as text takes
     * each placeholder form in its place: a whole CloudFormation variable, a whole CDK token, and, where the property
     * takes a name, a name mixing literal text with a variable ({@code sfnkit${Stage}}); where it takes an ARN, an ARN
     * whose partition, region, account and name are variables. The task is accepted; the placeholder reaches the
     * definition untouched (unless the property is grant-only); and the policy names it in a resource, or the task
     * reports the grant it had to widen for that property ({@code SFN-W001}), or grants nothing at all (an API called
     * without IAM authorization).
     *
     * @param provider the provider
     * @param c an accepted request
     * @throws ConformanceFailure naming every form that failed
     */
    public static void resourcePropertiesTakePlaceholders(TaskProvider provider, TaskCase c) {
        String property = "resourcePropertiesTakePlaceholders";
        List<String> problems = new ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode props = provider.propertiesSchema().path("properties");
        ObjectNode given = c.properties();
        for (java.util.Iterator<String> names = props.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            com.fasterxml.jackson.databind.JsonNode resource = resourceSchema(props.get(name));
            if (resource == null || !given.path(name).isTextual()
                    || io.github.sfntasks.api.value.JsonataExpression.isExpression(given.path(name).textValue())) {
                continue; // not given, or chosen at run time (a JSONata expression)
            }
            boolean grantOnly = resource.path("x-sfn-grantOnly").asBoolean(false) || props.get(name).path("x-sfn-grantOnly").asBoolean(false);
            // what the value reaches when given literally: a resource no grant names (an ECS cluster: RunTask is granted on
            // the task definition), or one that is not rendered (a KMS key for the grant only), has no place to check there
            String literal = given.get(name).textValue();
            Task original;
            try {
                original = provider.create(c.request());
            } catch (RuntimeException e) {
                continue;
            }
            RenderContext cfn = RenderContext.cloudFormation();
            String originalState = Json.write(original.toState(cfn));
            String originalPolicy = original.policyStatements(cfn).toString();
            for (String[] form : placeholderForms(resource, literal)) {
                ObjectNode p = given.deepCopy();
                p.put(name, form[0]);
                TaskCase variant = c.withProperties(p);
                Task task;
                try {
                    task = provider.create(variant.request());
                } catch (RuntimeException e) {
                    problems.add(name + " = \"" + form[0] + "\" was refused: " + e.getMessage());
                    continue;
                }
                RenderContext ctx = RenderContext.cloudFormation();
                try {
                    String state = Json.write(task.toState(ctx));
                    boolean rendered = !state.equals(originalState);
                    if (!grantOnly && rendered && !state.contains(form[1])) {
                        problems.add(name + " = \"" + form[0] + "\": the definition does not hold " + form[1] + " untouched: " + state);
                    }
                    boolean granted = originalPolicy.equals(task.policyStatements(ctx).toString()) || task.policyStatements(ctx).stream().flatMap(st -> java.util.stream.Stream.concat(
                            st.resources().stream(), st.conditions().stream().flatMap(k -> k.values().stream())))
                            .anyMatch(r -> r.contains(form[1]));
                    boolean widened = task.warnings(ctx).stream().anyMatch(w -> w.code() == io.github.sfntasks.api.WarningCode.WIDENED_GRANT
                            && name.equals(w.property()));
                    if (!granted && !widened && !task.policyStatements(ctx).isEmpty()) {
                        problems.add(name + " = \"" + form[0] + "\": no resource of the policy names " + form[1]
                                + " and no widened-grant warning names " + name + ": " + task.policyStatements(ctx));
                    }
                } catch (RuntimeException e) {
                    problems.add(name + " = \"" + form[0] + "\": rendering failed: " + e);
                }
            }
        }
        fail(property, provider, c, problems, null);
    }

    /**
     * Property 9: a role a request names for a service to use (a property whose schema says
     * {@code "x-sfn-resource": "iam:role/"}) is passed: the policy has {@code iam:PassRole} on it.
     *
     * @param provider the provider
     * @param c an accepted request
     * @throws ConformanceFailure naming every role without PassRole
     */
    public static void rolesHandedToAServiceArePassed(TaskProvider provider, TaskCase c) {
        String property = "rolesHandedToAServiceArePassed";
        List<String> problems = new ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode props = provider.propertiesSchema().path("properties");
        ObjectNode given = c.properties();
        Task task = create(property, provider, c);
        for (RenderContext ctx : List.of(CONTEXT_A, CONTEXT_B)) {
            List<io.github.sfntasks.api.iam.PolicyStatement> statements = task.policyStatements(ctx);
            for (java.util.Iterator<String> names = props.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                com.fasterxml.jackson.databind.JsonNode resource = resourceSchema(props.get(name));
                if (resource == null || !"iam:role/".equals(resource.path("x-sfn-resource").asText()) || !given.path(name).isTextual()) {
                    continue;
                }
                String role = given.get(name).textValue();
                String roleName = role.substring(role.lastIndexOf('/') + 1);
                boolean passed = statements.stream().anyMatch(st -> st.actions().contains("iam:PassRole")
                        && st.resources().stream().anyMatch(r -> r.equals(role) || r.endsWith("/" + roleName) || r.endsWith(":role/*")))
                        // or the service takes the role through a condition key AWS documents for it
                        // (emr-containers:ExecutionRoleArn on StartJobRun), not through PassRole
                        || statements.stream().anyMatch(st -> st.conditions().stream().anyMatch(k -> k.key().endsWith("RoleArn")
                                && k.values().stream().anyMatch(v -> v.equals(role) || v.endsWith("/" + roleName))));
                if (!passed) {
                    problems.add("the role " + name + " = \"" + role + "\" is handed to a service, but no statement grants iam:PassRole"
                            + " on it: " + statements);
                }
            }
        }
        fail(property, provider, c, problems, null);
    }

    /** @return the node of a property's schema that carries {@code x-sfn-resource} (itself or its first alternative) */
    private static com.fasterxml.jackson.databind.JsonNode resourceSchema(com.fasterxml.jackson.databind.JsonNode s) {
        if (s == null) {
            return null;
        }
        if (s.has("x-sfn-resource")) {
            return s;
        }
        com.fasterxml.jackson.databind.JsonNode first = s.path("anyOf").path(0);
        return first.has("x-sfn-resource") ? first : null;
    }

    /**
     * @param resource the schema node with {@code x-sfn-resource}: {@code anyOf} [literal, placeholder]
     * @return pairs (value to give, text that must reach the definition and the grant)
     */
    private static List<String[]> placeholderForms(com.fasterxml.jackson.databind.JsonNode resource, String literal) {
        // keep what a literal name ends with (.fifo): it decides rules of its own
        String suffix = literal.matches(".*\\.[a-z]{2,8}$") ? literal.substring(literal.lastIndexOf('.')) : "";
        List<String[]> forms = new ArrayList<>();
        for (String whole : WHOLE_PLACEHOLDERS) {
            forms.add(new String[] {whole, whole});
        }
        String[] kind = resource.path("x-sfn-resource").asText().split(":", 2);
        String literalPattern = resource.path("anyOf").path(0).path("pattern").asText(null);
        java.util.regex.Pattern literalRegex = literalPattern == null ? null : java.util.regex.Pattern.compile(literalPattern);
        if (literalRegex == null || literalRegex.matcher("sfnkit" + suffix).find()) {
            forms.add(new String[] {"sfnkit${Stage}" + suffix, "sfnkit${Stage}" + suffix});
        }
        if (kind.length == 2 && literalRegex != null) {
            if (literalRegex.matcher("arn:aws:" + kind[0] + ":us-east-1:123456789012:" + kind[1] + "sfnkit" + suffix).find()) {
                forms.add(new String[] {"arn:${AWS::Partition}:" + kind[0] + ":${AWS::Region}:${AWS::AccountId}:" + kind[1]
                        + "${SfnKitName}" + suffix, "${SfnKitName}"});
            } else if (literalRegex.matcher("arn:aws:" + kind[0] + "::123456789012:" + kind[1] + "sfnkit" + suffix).find()) {
                forms.add(new String[] {"arn:${AWS::Partition}:" + kind[0] + "::${AWS::AccountId}:" + kind[1] + "${SfnKitName}" + suffix,
                        "${SfnKitName}"});
            }
        }
        return forms;
    }

    /**
     * Property 2: a valid request renders valid ASL, or is refused with a {@link TaskValidationException} naming the
     * state and a property (for a rule the schema does not express); never another exception, never a task that
     * cannot render.
     *
     * @param provider the provider
     * @param c a schema-valid request
     * @return whether it was accepted or refused
     * @throws ConformanceFailure naming every problem
     */
    public static Outcome validPropertiesRenderValidAsl(TaskProvider provider, TaskCase c) {
        String property = "validPropertiesRenderValidAsl";
        Task task;
        try {
            task = provider.create(c.request());
        } catch (TaskValidationException e) {
            List<String> problems = new ArrayList<>();
            if (!c.stateName().equals(e.stateName())) {
                problems.add("refused with an exception that names the state " + e.stateName() + ", not \"" + c.stateName()
                        + "\": " + e.getMessage());
            }
            if (e.property() == null || e.property().isEmpty()) {
                problems.add("refused with an exception that names no property: " + e.getMessage());
            }
            fail(property, provider, c, problems, e);
            return Outcome.REFUSED;
        } catch (RuntimeException | Error e) {
            throw new ConformanceFailure(property, subject(provider, c),
                    List.of("create() threw " + e + " for a schema-valid request; only TaskValidationException may say no"), e);
        }
        List<String> problems = new ArrayList<>();
        String input = inputText(c);
        for (RenderContext ctx : List.of(CONTEXT_A, CONTEXT_B, RenderContext.cloudFormation())) {
            ObjectNode state;
            try {
                state = task.toState(ctx);
                task.policyStatements(ctx);
            } catch (RuntimeException e) {
                throw new ConformanceFailure(property, subject(provider, c),
                        List.of("create() accepted the request and rendering for " + ctx + " threw " + e + " (partial output)"), e);
            }
            if (ctx.isConcrete()) {
                for (String p : AslShape.problems(provider, c, task, state, ctx, input)) {
                    problems.add("for " + ctx.partition() + ": " + p + "\n      state: " + state);
                }
            }
        }
        fail(property, provider, c, problems, null);
        return Outcome.ACCEPTED;
    }

    /**
     * Property 3: for each resource the state touches, a statement grants the action its Resource implies (on the
     * resource's ARN when it is statically known), {@code .sync} adds the managed-rule grants, and Credentials add
     * {@code sts:AssumeRole}.
     *
     * @param provider the provider
     * @param c a request it accepts
     * @param table the IAM table
     * @throws ConformanceFailure naming every touched resource without a grant
     */
    public static void grantsCoverTheState(TaskProvider provider, TaskCase c, ResourceActions table) {
        Task task = create("grantsCoverTheState", provider, c);
        List<String> problems = new ArrayList<>();
        for (RenderContext ctx : List.of(CONTEXT_A, CONTEXT_B)) {
            ObjectNode state = task.toState(ctx);
            ArrayNode statements = Json.statements(task.policyStatements(ctx));
            for (String p : GrantChecks.coverage(table, state, statements, ctx, inputText(c))) {
                problems.add("for " + ctx.partition() + ": " + p + "\n      state: " + state + "\n      statements: " + statements);
            }
        }
        fail("grantsCoverTheState", provider, c, problems, null);
    }

    /**
     * Property 4: no grant is broader than the state needs, and partition, region and account come from the
     * render context: no {@code *} action, no action the Resource does not imply, no {@code *} or sibling-covering
     * resource where the resource is static; every ARN the render builds is in the context's partition, region and
     * account; a render for one context with its values swapped for another's is the other's render; the
     * CloudFormation placeholder context is carried through.
     *
     * @param provider the provider
     * @param c a request it accepts
     * @param table the IAM table
     * @throws ConformanceFailure naming every broader grant and every value not from the context
     */
    public static void grantsAreLeastPrivilege(TaskProvider provider, TaskCase c, ResourceActions table) {
        Task task = create("grantsAreLeastPrivilege", provider, c);
        String input = inputText(c);
        List<String> problems = new ArrayList<>();
        for (RenderContext ctx : List.of(CONTEXT_A, CONTEXT_B)) {
            ObjectNode render = Json.render(task, ctx);
            for (String p : GrantChecks.leastPrivilege(table, (ObjectNode) render.get("state"), render.get("statements"), ctx, input)) {
                problems.add("for " + ctx.partition() + ": " + p + "\n      statements: " + render.get("statements"));
            }
            for (String p : ContextChecks.arnParts(render, ctx, input, derived(table, render, ctx))) {
                problems.add("for " + ctx + ": " + p);
            }
        }
        problems.addAll(ContextChecks.swapped(Json.write(Json.render(task, CONTEXT_A)), Json.write(Json.render(task, CONTEXT_B)), input));
        ObjectNode cfn = Json.render(task, RenderContext.cloudFormation());
        problems.addAll(ContextChecks.placeholders(cfn, input, derived(table, cfn, RenderContext.cloudFormation())));
        fail("grantsAreLeastPrivilege", provider, c, problems, null);
    }

    /**
     * The static ARNs the table derives from a resource the user named in another form (a queue URL's ARN, in the
     * partition its host names): not an ARN the state itself holds, which the provider built and answers for.
     */
    private static java.util.Set<String> derived(ResourceActions table, ObjectNode render, RenderContext ctx) {
        java.util.Set<String> inState = new java.util.HashSet<>();
        Json.strings(render.get("state"), (pointer, text) -> inState.add(text));
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (var t : table.requirements((ObjectNode) render.get("state"), ctx).touched()) {
            if (t.isStatic() && !inState.contains(t.arn())) {
                for (String arn : t.arns()) {
                    if (!arn.startsWith("arn:" + ctx.partition() + ":")) {
                        out.add(arn);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Property 5: the same request gives byte-identical JSON, also created and rendered from eight threads at once.
     *
     * @param provider the provider
     * @param c a request it accepts
     * @throws ConformanceFailure naming the first difference
     */
    public static void renderingIsDeterministicAndThreadSafe(TaskProvider provider, TaskCase c) {
        fail("renderingIsDeterministicAndThreadSafe", provider, c, Determinism.problems(provider, c), null);
    }

    /**
     * Property 6: a broken request gives a {@link TaskValidationException} naming the state and the broken property;
     * never another exception, never a task.
     *
     * @param provider the provider
     * @param c the broken request
     * @throws ConformanceFailure saying how it was not refused
     */
    public static void invalidPropertiesAreRejected(TaskProvider provider, InvalidCase c) {
        fail("invalidPropertiesAreRejected", provider, c, Rejection.problems(provider, c), null);
    }

    /**
     * Property 7: every render round-trips through Jackson byte for byte, and through sfn-tasks' workflow reader as
     * plain ASL unchanged.
     *
     * @param provider the provider
     * @param c a request it accepts
     * @throws ConformanceFailure naming what did not round-trip
     */
    public static void rendersRoundTrip(TaskProvider provider, TaskCase c) {
        Task task = create("rendersRoundTrip", provider, c);
        fail("rendersRoundTrip", provider, c, RoundTrip.problems(provider, c, task), null);
    }

    /**
     * Property 1, class path: {@link java.util.ServiceLoader} finds the provider's class with its type id.
     *
     * @param provider the provider
     * @throws ConformanceFailure when it is not found, or under another id
     */
    public static void discoveredOnTheClassPath(TaskProvider provider) {
        Map<String, String> found = Discovery.classPathProviders();
        String cls = found.get(provider.typeId());
        List<String> problems = new ArrayList<>();
        if (!provider.getClass().getName().equals(cls)) {
            problems.add("ServiceLoader on the class path finds " + (cls == null ? "no provider" : cls) + " for "
                    + provider.typeId() + "; list " + provider.getClass().getName()
                    + " in META-INF/services/io.github.sfntasks.api.spi.TaskProvider (found: " + found + ")");
        }
        fail("discoveredOnTheClassPath", provider, null, problems, null);
    }

    /**
     * Property 1, module path: a {@link ModuleLayer} built from the jars of the class path finds the provider (by its
     * {@code provides}) with the same type id.
     *
     * @param provider the provider
     * @throws ConformanceFailure when it is not found, or under another id
     */
    public static void discoveredOnTheModulePath(TaskProvider provider) {
        Discovery.Layer layer = Discovery.moduleLayer();
        String cls = layer.providers().get(provider.typeId());
        List<String> problems = new ArrayList<>();
        if (!provider.getClass().getName().equals(cls)) {
            problems.add("TaskRegistry.load(ModuleLayer) on a layer of " + layer.modules() + " finds "
                    + (cls == null ? "no provider" : cls) + " for " + provider.typeId() + " (found: " + layer.providers()
                    + "); declare provides io.github.sfntasks.api.spi.TaskProvider with " + provider.getClass().getName()
                    + " in module-info.java");
            problems.addAll(layer.problems());
        }
        fail("discoveredOnTheModulePath", provider, null, problems, null);
    }

    /**
     * Property 1, registrations: the provider's jar lists the same classes in {@code module-info}'s
     * {@code provides} and in {@code META-INF/services}, the provider among them, and does not require sfn-tasks
     * core; its {@code META-INF/sfn-tasks/type-ids}, if it has one (optional: it lets the registry instantiate
     * providers on first use), lists the provider with its own type id and lists no class the services file does not.
     *
     * @param provider the provider
     * @throws ConformanceFailure when the two registrations differ
     */
    public static void registeredTwiceAlike(TaskProvider provider) {
        List<String> problems = new ArrayList<>();
        Optional<Path> location = Discovery.location(provider.getClass());
        if (location.isEmpty()) {
            problems.add("the provider's jar or class directory is unknown (no code source)");
            fail("registeredTwiceAlike", provider, null, problems, null);
            return;
        }
        try {
            Discovery.Registrations r = Discovery.registrations(location.get());
            String cls = provider.getClass().getName();
            if (!r.serviceFile().contains(cls)) {
                problems.add(location.get() + ": META-INF/services/io.github.sfntasks.api.spi.TaskProvider does not list " + cls
                        + " (lists " + r.serviceFile() + ")");
            }
            if (r.module() == null) {
                problems.add(location.get() + " has no module-info.class; every provider is a named module that declares"
                        + " provides io.github.sfntasks.api.spi.TaskProvider with " + cls);
            } else {
                if (!r.moduleProvides().equals(r.serviceFile())) {
                    Set<String> onlyModule = new TreeSet<>(r.moduleProvides());
                    onlyModule.removeAll(r.serviceFile());
                    Set<String> onlyFile = new TreeSet<>(r.serviceFile());
                    onlyFile.removeAll(r.moduleProvides());
                    problems.add("module " + r.module() + ": module-info provides " + r.moduleProvides()
                            + ", META-INF/services lists " + r.serviceFile() + "; only in module-info: " + onlyModule
                            + ", only in META-INF/services: " + onlyFile);
                }
                if (r.requires().contains("io.github.sfntasks.core")) {
                    problems.add("module " + r.module() + " requires io.github.sfntasks.core; a provider depends on the API only");
                }
                if (!r.unqualifiedInternalExports().isEmpty()) {
                    problems.add("module " + r.module() + " exports internal packages to everyone: " + r.unqualifiedInternalExports());
                }
            }
            problems.addAll(typeIdIndexProblems(location.get(), provider, r.serviceFile()));
        } catch (IOException e) {
            problems.add("cannot read " + location.get() + ": " + e);
        }
        fail("registeredTwiceAlike", provider, null, problems, null);
    }

    /**
     * The jar's optional type-id index, when it has one, lists the provider with its own type id and lists only
     * classes its {@code META-INF/services} lists: the registry trusts it to instantiate providers on first use only.
     */
    static List<String> typeIdIndexProblems(Path location, TaskProvider provider, Set<String> serviceFile)
            throws IOException {
        Map<String, String> index = Discovery.typeIdIndex(location);
        List<String> problems = new ArrayList<>();
        if (index.isEmpty()) {
            return problems;
        }
        String cls = provider.getClass().getName();
        String where = location + ": " + Discovery.TYPE_ID_INDEX;
        if (!index.containsKey(cls)) {
            problems.add(where + " does not list " + cls + "; add the line \"" + provider.typeId() + " " + cls
                    + "\" (else the registry instantiates it at discovery, with every unlisted provider)");
        } else if (!provider.typeId().equals(index.get(cls))) {
            problems.add(where + " gives " + cls + " the type id " + index.get(cls) + " but its typeId() is "
                    + provider.typeId() + "; write \"" + provider.typeId() + " " + cls + "\"");
        }
        for (Map.Entry<String, String> e : index.entrySet()) {
            if (e.getValue() == null) {
                problems.add(where + " has a line that is not \"<type id> <class>\": " + e.getKey());
            } else if (!serviceFile.contains(e.getKey())) {
                problems.add(where + " lists " + e.getKey() + ", which META-INF/services/" + Discovery.SERVICE
                        + " does not");
            }
        }
        return problems;
    }

    /**
     * Architecture: the provider's classes (its package and below, in its jar) depend on sfn-tasks-api (and Jackson, the JDK, their own), never on
     * sfn-tasks core, the kit, or the API's internal package.
     *
     * @param provider the provider
     * @throws ConformanceFailure listing the forbidden dependencies
     */
    public static void dependsOnTheApiOnly(TaskProvider provider) {
        List<String> problems = new ArrayList<>();
        Optional<Path> location = Discovery.location(provider.getClass());
        if (location.isPresent()) {
            problems.addAll(Discovery.forbiddenDependencies(location.get(), provider.getClass().getPackageName()));
        } else {
            problems.add("the provider's jar or class directory is unknown (no code source)");
        }
        fail("dependsOnTheApiOnly", provider, null, problems, null);
    }
}
