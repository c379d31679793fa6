package io.runledger.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule can fail: the same factory, applied to the fixture layout under
 * {@code io.runledger.archfixture}, passes on the well-behaved fixture classes and fails — naming the
 * culprit — once one deliberately broken class is added.
 */
class ArchitectureRulesCanFailTest {
    private static final ProjectLayout FIXTURE =
            ProjectLayout.under("io.runledger.archfixture", "io.runledger.archfixture.cli.Console");
    private static final JavaClasses ALL = new ClassFileImporter().importPackages(FIXTURE.root());
    private static final JavaClasses WELL_BEHAVED = ALL.that(not(simpleNameStartingWith("Broken")));

    static Stream<Arguments> rulesAndTheClassThatBreaksThem() {
        return Stream.of(
                demo("1 domain → domain, storage-api, java..", DependencyRules::domainDependsOnlyOnStorageApiAndJava,
                        "BrokenDomainReachesIntoBootstrap"),
                demo("2 storage-api → java..", DependencyRules::storageApiDependsOnlyOnJava,
                        "BrokenApiHandsOutDataSource"),
                demo("2 format → storage-api, java..", DependencyRules::formatDependsOnlyOnStorageApiAndJava,
                        "BrokenFormatCallsTheDomain"),
                demo("3 database libraries only in SQL modules", DependencyRules::databaseLibrariesOnlyInSqlModules,
                        "BrokenCliOpensJdbcConnection"),
                demo("4 store files opened only by storage modules",
                        DependencyRules::storeFilesOpenedOnlyByStorageModules, "BrokenBootstrapLocksStoreFile"),
                demo("5 adapters independent", DependencyRules::adaptersAreIndependent, "BrokenSqliteBorrowsDomain"),
                demo("5a storage-support JDK only", DependencyRules::storageSupportIsJdkOnly,
                        "BrokenSupportUsesSqlCore"),
                demo("6 adapter classes named only by storage modules",
                        DependencyRules::adapterClassesNamedOnlyByStorageModules, "BrokenCliNamesSqliteProvider"),
                demo("7 no module cycles", HygieneRules::noCyclesBetweenModules, "BrokenBootstrapCallsBackIntoCli"),
                demo("7 no package cycles", HygieneRules::noCyclesBetweenPackages, "BrokenCommandCallsRootPackage"),
                demo("8 no field injection", HygieneRules::noFieldInjection, "BrokenBootstrapFieldInjection"),
                demo("8 standard streams only in the console", HygieneRules::standardStreamsOnlyInConsole,
                        "BrokenDomainPrintsToStdout"),
                demo("8 no java.util.logging", HygieneRules::noJavaUtilLogging, "BrokenSqlLogsWithJul"),
                demo("8 Guice only in bootstrap and apps", HygieneRules::guiceOnlyInBootstrapAndApps,
                        "BrokenDomainUsesGuice"),
                demo("10 apps never delete or move files", AppRules::appsNeverDeleteOrMoveFiles,
                        "BrokenCliDeletesStoreFile"));
    }

    private static Arguments demo(String rule, Function<ProjectLayout, ArchRule> factory, String brokenClass) {
        return Arguments.of(rule, factory, brokenClass);
    }

    @ParameterizedTest(name = "rule {0} fails on {2}")
    @MethodSource("rulesAndTheClassThatBreaksThem")
    void ruleHoldsOnWellBehavedCodeAndFailsOnTheBrokenClass(
            String rule, Function<ProjectLayout, ArchRule> factory, String brokenClass) {
        factory.apply(FIXTURE).check(WELL_BEHAVED);

        JavaClasses withBreach = ALL.that(not(simpleNameStartingWith("Broken")).or(simpleName(brokenClass)));
        AssertionError failure = assertThrows(AssertionError.class, () -> factory.apply(FIXTURE).check(withBreach));
        assertTrue(failure.getMessage().contains(brokenClass),
                () -> "rule " + rule + " failed, but not because of " + brokenClass + ":\n" + failure.getMessage());
    }

    @ParameterizedTest(name = "rule {0} fails when it has nothing to check")
    @MethodSource("rulesAndTheClassThatBreaksThem")
    void ruleFailsWhenItHasNothingToCheck(String rule, Function<ProjectLayout, ArchRule> factory, String brokenClass) {
        JavaClasses nothing = new ClassFileImporter().importClasses(List.of());
        AssertionError failure = assertThrows(AssertionError.class, () -> factory.apply(FIXTURE).check(nothing),
                "rule " + rule + " passed without checking a single class");
        assertTrue(failure.getMessage().contains("failed to check any classes"), failure::getMessage);
    }
}
