package io.runledger.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** Every rule of ARCHITECTURE.md, checked against the production classes. */
class ArchitectureRulesTest {
    private final ProjectLayout layout = ProjectLayout.PRODUCTION;
    private final JavaClasses production = ProductionClasses.get();

    @Test
    void domainDependsOnlyOnDomainStorageApiFormatAndJava() {
        DependencyRules.domainDependsOnlyOnStorageApiAndJava(layout).check(production);
    }

    @Test
    void storageApiDependsOnlyOnJava() {
        DependencyRules.storageApiDependsOnlyOnJava(layout).check(production);
    }

    @Test
    void formatDependsOnlyOnStorageApiAndJava() {
        DependencyRules.formatDependsOnlyOnStorageApiAndJava(layout).check(production);
    }

    @Test
    void databaseLibrariesAppearOnlyInSqlStorageModules() {
        DependencyRules.databaseLibrariesOnlyInSqlModules(layout).check(production);
    }

    @Test
    void storeFilesAreOpenedOnlyByStorageModules() {
        DependencyRules.storeFilesOpenedOnlyByStorageModules(layout).check(production);
    }

    @Test
    void adaptersDependOnNeitherEachOtherNorDomainNorApps() {
        DependencyRules.adaptersAreIndependent(layout).check(production);
    }

    @Test
    void theAdaptersSharedSupportIsJdkOnly() {
        DependencyRules.storageSupportIsJdkOnly(layout).check(production);
    }

    @Test
    void onlyStorageModulesNameAdapterClasses() {
        DependencyRules.adapterClassesNamedOnlyByStorageModules(layout).check(production);
    }

    @Test
    void modulesHaveNoCycles() {
        HygieneRules.noCyclesBetweenModules(layout).check(production);
    }

    @Test
    void packagesHaveNoCycles() {
        HygieneRules.noCyclesBetweenPackages(layout).check(production);
    }

    @Test
    void noFieldInjection() {
        HygieneRules.noFieldInjection(layout).check(production);
    }

    @Test
    void onlyTheCliConsoleWritesToStandardStreams() {
        HygieneRules.standardStreamsOnlyInConsole(layout).check(production);
    }

    @Test
    void nothingUsesJavaUtilLogging() {
        HygieneRules.noJavaUtilLogging(layout).check(production);
    }

    @Test
    void guiceAppearsOnlyInBootstrapAndApps() {
        HygieneRules.guiceOnlyInBootstrapAndApps(layout).check(production);
    }

    @Test
    void appsNeverDeleteOrMoveFiles() {
        AppRules.appsNeverDeleteOrMoveFiles(layout).check(production);
    }
}
