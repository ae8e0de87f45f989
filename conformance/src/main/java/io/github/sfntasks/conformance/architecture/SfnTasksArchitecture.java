package io.github.sfntasks.conformance.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.sfntasks.api.ApiStatus;
import io.github.sfntasks.conformance.internal.Discovery;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture of sfn-tasks as ArchUnit rules (use them with {@code @ArchTest} over the
 * {@code io.github.sfntasks} packages) and as module-descriptor checks ({@link #internalExports}). The rules are
 * those of the project's docs/architecture.md: the API depends on Jackson and the JDK only; providers on the API, never
 * on core or on each other; no package cycles; internal packages stay inside their module.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "io.github.sfntasks", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest static final ArchRule api = SfnTasksArchitecture.API_DEPENDS_ON_JACKSON_AND_THE_JDK_ONLY;
 * }
 * }</pre>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1")
public final class SfnTasksArchitecture {

    /** The root package of every sfn-tasks module. */
    public static final String ROOT = "io.github.sfntasks";

    /** The API depends on nothing of ours (but itself), on Jackson and on the JDK. */
    public static final ArchRule API_DEPENDS_ON_JACKSON_AND_THE_JDK_ONLY = classes()
            .that().resideInAPackage(ROOT + ".api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".api..", "java..", "com.fasterxml.jackson..")
            .because("sfn-tasks-api is the SPI every provider builds on: jackson-databind is its only dependency");

    /** Providers never depend on core, the CLI or the kit. */
    public static final ArchRule PROVIDERS_NEVER_DEPEND_ON_CORE = noClasses()
            .that().resideInAPackage(ROOT + ".provider..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".core..", ROOT + ".cli..", ROOT + ".conformance..")
            .because("a provider depends on sfn-tasks-api only; core is the engine that finds providers")
            .allowEmptyShould(true);

    /** The package of the provider-support module, which providers may share. */
    public static final String PROVIDER_SUPPORT = ROOT + ".provider.support";

    /** Providers depend on the API, the provider-support module, Jackson, the JDK and their own package only. */
    public static final ArchRule PROVIDERS_DEPEND_ON_THE_API_ONLY = classes()
            .that().resideInAPackage(ROOT + ".provider..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".api..", ROOT + ".provider..", "java..",
                    "com.fasterxml.jackson..")
            .because("a provider module depends on sfn-tasks-api (and, where it shares a shape, sfn-tasks-provider-support) only")
            .allowEmptyShould(true);

    /** A provider does not use another provider's classes. */
    public static final ArchRule PROVIDERS_ARE_INDEPENDENT = slices()
            .matching(ROOT + ".provider.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(), resideInAPackage(PROVIDER_SUPPORT + ".."))
            .because("providers are separate artifacts; what two share belongs in the API or in sfn-tasks-provider-support")
            .allowEmptyShould(true);

    /** No cycles between the packages of sfn-tasks. */
    public static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching(ROOT + ".(**)")
            .should().beFreeOfCycles();

    /**
     * An {@code internal} package is used by its own module only ({@code io.github.sfntasks.core.internal} by
     * {@code io.github.sfntasks.core..}).
     */
    public static final ArchRule INTERNALS_STAY_INSIDE_THEIR_MODULE = classes()
            .that().resideInAPackage(ROOT + "..")
            .should(new ArchCondition<JavaClass>("use only the internal packages of their own module") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    for (Dependency d : item.getDirectDependenciesFromSelf()) {
                        String target = d.getTargetClass().getPackageName();
                        int at = target.indexOf(".internal");
                        if (!target.startsWith(ROOT + ".") || at < 0) {
                            continue;
                        }
                        String owner = target.substring(0, at);
                        String from = item.getPackageName();
                        boolean own = from.equals(owner) || from.startsWith(owner + ".");
                        if (!own) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    private SfnTasksArchitecture() {
    }

    /**
     * Module descriptors: a package named {@code ...internal} (or under one) is exported only with {@code to}.
     *
     * @param locations jars or class directories
     * @return one line per unqualified export of an internal package; empty when there is none
     * @throws IOException when a location cannot be read
     */
    public static List<String> internalExports(List<Path> locations) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path p : locations) {
            Discovery.Registrations r = Discovery.registrations(p);
            if (r.module() != null && !r.unqualifiedInternalExports().isEmpty()) {
                out.add("module " + r.module() + " (" + p + ") exports " + r.unqualifiedInternalExports()
                        + " to everyone; export internal packages only to named friends (exports ... to ...)");
            }
        }
        return out;
    }

    /**
     * @param location a jar or class directory
     * @return its explicit module descriptor, or {@code null} when it has none
     */
    public static ModuleDescriptor descriptor(Path location) {
        ModuleDescriptor d = Discovery.descriptor(location);
        return d == null || d.isAutomatic() ? null : d;
    }
}
