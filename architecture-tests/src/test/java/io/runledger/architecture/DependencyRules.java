package io.runledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules 1–6 of ARCHITECTURE.md: who may depend on whom. Each factory takes the layout, so the very
 * same rule runs against production and against the broken fixtures.
 */
final class DependencyRules {
    /** Drivers, ORM, migration tool and pool: the libraries only SQL modules may touch (rule 3). */
    static final String[] DATABASE_PACKAGES = {
        "java.sql..", "javax.sql..", "jakarta.persistence..", "org.hibernate..", "org.flywaydb..",
        "org.sqlite..", "org.postgresql..", "com.zaxxer.."};

    /**
     * The JDK types that open, lock or map a file for random access — how a store file is opened
     * (rule 4). Plain stream reading (a config file, an export file) stays allowed everywhere.
     */
    static final Class<?>[] STORE_FILE_ACCESS = {
        FileChannel.class, FileLock.class, RandomAccessFile.class, MappedByteBuffer.class,
        AsynchronousFileChannel.class, SeekableByteChannel.class};

    private DependencyRules() {
    }

    /** Rule 1: the domain depends only on itself, storage-api, the format and the JDK's java.. packages. */
    static ArchRule domainDependsOnlyOnStorageApiAndJava(ProjectLayout layout) {
        ProjectModule domain = layout.single(ModuleKind.DOMAIN);
        return classes().that().resideInAPackage(domain.packages())
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain.packages(),
                        layout.single(ModuleKind.STORAGE_API).packages(), layout.single(ModuleKind.FORMAT).packages(),
                        "java..")
                .because("rule 1: the domain requires the storage port and the record format, nothing else");
    }

    /**
     * Rule 2a: the format depends only on itself, storage-api, the JDK's java.. packages and
     * jackson-core's number reading and writing ({@code com.fasterxml.jackson.core.io}, ADR 0002).
     */
    static ArchRule formatDependsOnlyOnStorageApiAndJava(ProjectLayout layout) {
        ProjectModule format = layout.single(ModuleKind.FORMAT);
        return classes().that().resideInAPackage(format.packages())
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        format.packages(), layout.single(ModuleKind.STORAGE_API).packages(), "java..",
                        "com.fasterxml.jackson.core.io")
                .because("rule 2: the record format is JDK only, over the storage records (and jackson-core for numbers)");
    }

    /** Rule 2: storage-api depends only on the JDK's java.. packages. */
    static ArchRule storageApiDependsOnlyOnJava(ProjectLayout layout) {
        ProjectModule api = layout.single(ModuleKind.STORAGE_API);
        return classes().that().resideInAPackage(api.packages())
                .should().onlyDependOnClassesThat().resideInAnyPackage(api.packages(), "java..")
                .because("rule 2: the shared kernel is JDK only");
    }

    /**
     * Rule 5a: the support module the adapters share is JDK-only plumbing: it depends on itself,
     * storage-api and the JDK's java.. packages, so that requiring it drags no driver into an adapter.
     */
    static ArchRule storageSupportIsJdkOnly(ProjectLayout layout) {
        ProjectModule support = layout.single(ModuleKind.STORAGE_SUPPORT);
        return classes().that().resideInAPackage(support.packages())
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        support.packages(), layout.single(ModuleKind.STORAGE_API).packages(), "java..")
                .because("rule 5: the adapters' shared plumbing requires storage-api and the JDK only");
    }

    /** Rule 3: JDBC, JPA, Hibernate, Flyway, drivers and the pool appear only in SQL modules. */
    static ArchRule databaseLibrariesOnlyInSqlModules(ProjectLayout layout) {
        return noClasses().that().resideOutsideOfPackages(layout.packagesOf(m -> m.kind().isSql()))
                .should().dependOnClassesThat().resideInAnyPackage(DATABASE_PACKAGES)
                .because("rule 3: all database access passes through the SQL storage modules");
    }

    /**
     * Rule 4, approximated: outside storage modules nothing opens a file as a channel, locks it, maps
     * it or opens it for random access (a store file needs one of those; JDBC is covered by rule 3).
     */
    static ArchRule storeFilesOpenedOnlyByStorageModules(ProjectLayout layout) {
        return noClasses().that().resideOutsideOfPackages(layout.packagesOf(m -> m.kind().isStorage()))
                .should().dependOnClassesThat().belongToAnyOf(STORE_FILE_ACCESS)
                .because("rule 4: store files are opened only by storage modules");
    }

    /**
     * Rule 5: a storage module depends on no other storage module (a SQL adapter may use the SQL
     * core, the file adapter the record format, which its snapshot and journal are written in, the SQL
     * core the record format's audit chain and record lines, which its appends and migrations hash, and
     * every storage module the JDK-only support module), and never on the domain, bootstrap or an app.
     * Modules not built yet are checked as soon
     * as they have classes; built ones must have some (failOnEmptyShould stays on for them).
     */
    static ArchRule adaptersAreIndependent(ProjectLayout layout) {
        List<ArchRule> rules = new ArrayList<>();
        for (ProjectModule module : layout.where(m -> m.kind().isStorage())) {
            String[] forbidden = layout.packagesOf(other -> !other.equals(module)
                    && other.kind() != ModuleKind.STORAGE_API
                    && other.kind() != ModuleKind.STORAGE_SUPPORT
                    && !(module.kind() == ModuleKind.SQL_ADAPTER && other.kind() == ModuleKind.SQL_CORE)
                    && !((module.kind() == ModuleKind.FILE_ADAPTER || module.kind() == ModuleKind.SQL_CORE)
                            && other.kind() == ModuleKind.FORMAT));
            ArchRule rule = noClasses().that().resideInAPackage(module.packages())
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because("rule 5: " + module.name() + " requires storage-api"
                            + (module.kind() == ModuleKind.SQL_ADAPTER ? ", the SQL core" : "")
                            + (module.kind() == ModuleKind.FILE_ADAPTER || module.kind() == ModuleKind.SQL_CORE
                                    ? ", the record format" : "")
                            + " and storage-support"
                            + " only — no other adapter, no domain, no app");
            rules.add(module.built() ? rule : rule.allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules);
    }

    /** Rule 6: no class outside the storage modules names a storage module's class. */
    static ArchRule adapterClassesNamedOnlyByStorageModules(ProjectLayout layout) {
        String[] storage = layout.packagesOf(m -> m.kind().isStorage());
        return noClasses().that().resideOutsideOfPackages(storage)
                .should().dependOnClassesThat().resideInAnyPackage(storage)
                .because("rule 6: adapters are found through ServiceLoader, never named");
    }
}
