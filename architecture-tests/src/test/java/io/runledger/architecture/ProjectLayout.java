package io.runledger.architecture;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The module map the rules are written against. {@link #PRODUCTION} is Runledger itself; the
 * "can fail" tests build the same layout under {@code io.runledger.archfixture} so that each rule
 * runs, unchanged, against deliberately broken classes.
 *
 * @param root          the common root package
 * @param modules       every module, built or announced
 * @param consoleClass  the one class allowed to write to {@code System.out}/{@code System.err}
 */
record ProjectLayout(String root, List<ProjectModule> modules, String consoleClass) {
    /** The CLI's output layer: the only class that may touch the standard streams. */
    static final String CLI_CONSOLE = "io.runledger.cli.Console";

    static final ProjectLayout PRODUCTION = under("io.runledger", CLI_CONSOLE);

    ProjectLayout {
        modules = List.copyOf(modules);
    }

    /** The Runledger layout with every module placed under {@code root}. */
    static ProjectLayout under(String root, String consoleClass) {
        return new ProjectLayout(root, List.of(
                new ProjectModule(root + ".storage.api", ModuleKind.STORAGE_API, true),
                new ProjectModule(root + ".format", ModuleKind.FORMAT, true),
                new ProjectModule(root + ".storage.support", ModuleKind.STORAGE_SUPPORT, true),
                new ProjectModule(root + ".domain", ModuleKind.DOMAIN, true),
                new ProjectModule(root + ".storage.sql", ModuleKind.SQL_CORE, true),
                new ProjectModule(root + ".storage.sqlite", ModuleKind.SQL_ADAPTER, true),
                new ProjectModule(root + ".storage.postgres", ModuleKind.SQL_ADAPTER, true),
                new ProjectModule(root + ".storage.json", ModuleKind.FILE_ADAPTER, true),
                new ProjectModule(root + ".bootstrap", ModuleKind.COMPOSITION_ROOT, true),
                new ProjectModule(root + ".cli", ModuleKind.APP, true),
                new ProjectModule(root + ".http", ModuleKind.APP, true)), consoleClass);
    }

    ProjectModule single(ModuleKind kind) {
        List<ProjectModule> found = where(m -> m.kind() == kind);
        if (found.size() != 1) {
            throw new IllegalStateException("expected exactly one " + kind + " module, found " + found);
        }
        return found.get(0);
    }

    List<ProjectModule> where(Predicate<ProjectModule> filter) {
        return modules.stream().filter(filter).toList();
    }

    /** ArchUnit package patterns of the modules matching {@code filter}. */
    String[] packagesOf(Predicate<ProjectModule> filter) {
        return where(filter).stream().map(ProjectModule::packages).toArray(String[]::new);
    }

    /** The module a package belongs to, if any. */
    Optional<ProjectModule> moduleOf(String packageName) {
        return modules.stream().filter(m -> m.owns(packageName)).findFirst();
    }

    Optional<ProjectModule> named(String moduleName) {
        return modules.stream().filter(m -> m.name().equals(moduleName)).findFirst();
    }

    String packages() {
        return root + "..";
    }
}
