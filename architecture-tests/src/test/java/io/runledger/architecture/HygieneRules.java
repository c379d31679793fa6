package io.runledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** Rules 7 and 8 of ARCHITECTURE.md: no cycles, and code hygiene the whole project keeps. */
final class HygieneRules {
    private HygieneRules() {
    }

    /** Rule 7a: the module graph is acyclic. */
    static ArchRule noCyclesBetweenModules(ProjectLayout layout) {
        return slices().assignedFrom(new ModuleSlices(layout)).should().beFreeOfCycles()
                .because("rule 7: modules form a directed acyclic graph");
    }

    /** Rule 7b: the package graph is acyclic, inside modules too. */
    static ArchRule noCyclesBetweenPackages(ProjectLayout layout) {
        return slices().matching(layout.root() + ".(**)").should().beFreeOfCycles()
                .because("rule 7: packages form a directed acyclic graph");
    }

    /** Rule 8a: constructor injection only — no field carries an Inject annotation. */
    static ArchRule noFieldInjection(ProjectLayout layout) {
        return noFields().that().areDeclaredInClassesThat().resideInAPackage(layout.packages())
                .should().beAnnotatedWith("jakarta.inject.Inject")
                .orShould().beAnnotatedWith("javax.inject.Inject")
                .orShould().beAnnotatedWith("com.google.inject.Inject")
                .because("rule 8: constructor injection only");
    }

    /** Rule 8b: only the CLI's console writes to System.out/System.err (or prints stack traces). */
    static ArchRule standardStreamsOnlyInConsole(ProjectLayout layout) {
        return noClasses().that().resideInAPackage(layout.packages())
                .and().doNotHaveFullyQualifiedName(layout.consoleClass())
                .should(ACCESS_STANDARD_STREAMS)
                .because("rule 8: user-facing output goes through " + layout.consoleClass());
    }

    /** Rule 8c: nothing uses java.util.logging (the project logs through SLF4J). */
    static ArchRule noJavaUtilLogging(ProjectLayout layout) {
        return noClasses().that().resideInAPackage(layout.packages())
                .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .because("rule 8: one logging facade, SLF4J");
    }

    /** Rule 8d (STYLE.md): Guice appears in bootstrap and the apps, nowhere else. */
    static ArchRule guiceOnlyInBootstrapAndApps(ProjectLayout layout) {
        return noClasses().that().resideOutsideOfPackages(layout.packagesOf(
                        m -> m.kind() == ModuleKind.COMPOSITION_ROOT || m.kind() == ModuleKind.APP))
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..")
                .because("rule 8: the domain and the adapters are plain Java, wired from outside");
    }

    /** Puts every class into the slice of the module that owns its package. */
    private static final class ModuleSlices implements SliceAssignment {
        private final ProjectLayout layout;

        ModuleSlices(ProjectLayout layout) {
            this.layout = layout;
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return layout.moduleOf(javaClass.getPackageName())
                    .map(m -> SliceIdentifier.of(m.name()))
                    .orElse(SliceIdentifier.ignore());
        }

        @Override
        public String getDescription() {
            return "modules of " + layout.root();
        }
    }
}
