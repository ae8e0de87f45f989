package io.github.sfntasks.conformance.registry;

import io.github.sfntasks.conformance.architecture.SfnTasksArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The project's architecture rules over every sfn-tasks class on the test class path (the API, core, this kit and
 * the provider modules that are test dependencies), test classes excluded.
 */
@AnalyzeClasses(packages = SfnTasksArchitecture.ROOT, importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule apiDependsOnJacksonAndTheJdkOnly = SfnTasksArchitecture.API_DEPENDS_ON_JACKSON_AND_THE_JDK_ONLY;

    @ArchTest
    static final ArchRule providersNeverDependOnCore = SfnTasksArchitecture.PROVIDERS_NEVER_DEPEND_ON_CORE;

    @ArchTest
    static final ArchRule providersDependOnTheApiOnly = SfnTasksArchitecture.PROVIDERS_DEPEND_ON_THE_API_ONLY;

    @ArchTest
    static final ArchRule providersAreIndependent = SfnTasksArchitecture.PROVIDERS_ARE_INDEPENDENT;

    /** Zero package cycles in every module, the API's included: no exemption. */
    @ArchTest
    static final ArchRule noPackageCycles = SfnTasksArchitecture.NO_PACKAGE_CYCLES;

    @ArchTest
    static final ArchRule internalsStayInsideTheirModule = SfnTasksArchitecture.INTERNALS_STAY_INSIDE_THEIR_MODULE;

    /** Leaves out test jars ({@code *-tests.jar}: the kit's, with KitRunner), which DoNotIncludeTests does not know. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
