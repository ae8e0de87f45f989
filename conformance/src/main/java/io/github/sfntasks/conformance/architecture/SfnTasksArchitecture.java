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
 * those of the project's ARCHITECTURE.md: the API depends on Jackson and the JDK only; providers on the API, never
 * on core or on each other; no package cycles; internal packages stay inside their module.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "io.github.sfntasks", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest static final ArchRule api = SfnTasksArchitecture.API_DEPENDS_ON_JACKSON_AND_THE_JDK_ONLY;
 * }
 * }</pre>
 */
@ApiStatus(ApiStatus.Status.EXPERIMENTAL)
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

    /** Providers depend on the API, Jackson, the JDK and their own package only. */
    public static final ArchRule PROVIDERS_DEPEND_ON_THE_API_ONLY = classes()
            .that().resideInAPackage(ROOT + ".provider..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".api..", ROOT + ".provider..", "java..",
                    "com.fasterxml.jackson..")
            .because("a provider module depends on sfn-tasks-api only")
            .allowEmptyShould(true);

    /** A provider does not use another provider's classes. */
    public static final ArchRule PROVIDERS_ARE_INDEPENDENT = slices()
            .matching(ROOT + ".provider.(*)..")
            .should().notDependOnEachOther()
            .because("providers are separate artifacts; what two share belongs in the API")
            .allowEmptyShould(true);

    /** No cycles between the packages of sfn-tasks. */
    public static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching(ROOT + ".(**)")
            .should().beFreeOfCycles();

    /**
     * {@link #NO_PACKAGE_CYCLES} without the dependencies among the API's own packages: today the root package
     * {@code io.github.sfntasks.api} holds both the foundation every API package uses (exceptions, error codes,
     * {@code QueryLanguage}, {@code RenderContext}, {@code ApiStatus}) and the SPI types that use the other API
     * packages ({@code Task} returns {@code PolicyStatement}s and takes {@code StateOptions}, {@code TaskRequest}
     * hands out a {@code PropertyReader}), and {@code api.value} and {@code api.internal} call each other. Those
     * cycles are reported (see the kit's README) and ignored here until the API is split; every other package
     * stays checked.
     */
    public static final ArchRule NO_PACKAGE_CYCLES_BEYOND_THE_API = slices()
            .matching(ROOT + ".(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage(ROOT + ".api.."), resideInAPackage(ROOT + ".api.."))
            .as("slices matching '" + ROOT + ".(**)' should be free of cycles (cycles among the API's own packages aside)");

    /** The API's internal package is used by the API and by core (its one friend) only. */
    public static final ArchRule API_INTERNALS_STAY_INSIDE = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".api..", ROOT + ".core..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".api.internal..")
            .because("io.github.sfntasks.api.internal is exported to io.github.sfntasks.core only");

    /**
     * An {@code internal} package is used by its own module only ({@code io.github.sfntasks.core.internal} by
     * {@code io.github.sfntasks.core..}), the API's also by core, the one friend its {@code module-info} exports it to.
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
                        boolean friend = owner.equals(ROOT + ".api") && (from.equals(ROOT + ".core") || from.startsWith(ROOT + ".core."));
                        if (!own && !friend) {
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
