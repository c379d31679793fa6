package io.runledger.architecture;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What each production module's {@code module-info} may declare: unqualified exports only of API
 * packages, qualified exports of the SQL core only to SQL adapters and of storage-support only to
 * adapters, adapters providing the SPI,
 * bootstrap using it, and database modules required by SQL storage modules only.
 */
final class ModuleDescriptorRules {
    static final String SPI = "io.runledger.storage.api.StorageProvider";
    /** The one library the format may require: jackson-core, for shortest number digits and exact number reading (ADR 0002). */
    static final String FORMAT_NUMBERS = "com.fasterxml.jackson.core";

    /** JPMS names of the database libraries of rule 3. */
    static final Set<String> DATABASE_MODULES = Set.of(
            "java.sql", "java.sql.rowset", "jakarta.persistence", "org.hibernate.orm.core",
            "org.hibernate.orm.community.dialects", "flyway.core", "com.zaxxer.hikari",
            "org.xerial.sqlitejdbc", "org.postgresql.jdbc");

    private ModuleDescriptorRules() {
    }

    /** Every breach of the rules by {@code descriptors}; empty when they all hold. */
    static List<String> violations(ProjectLayout layout, Collection<ModuleDescriptor> descriptors) {
        List<String> found = new ArrayList<>();
        for (ProjectModule module : layout.where(ProjectModule::built)) {
            if (descriptors.stream().noneMatch(d -> d.name().equals(module.name()))) {
                found.add(module.name() + ": no module-info found (every production module is a named module)");
            }
        }
        for (ModuleDescriptor descriptor : descriptors) {
            layout.named(descriptor.name()).ifPresentOrElse(
                    module -> found.addAll(violations(layout, module, descriptor)),
                    () -> found.add(descriptor.name() + ": unknown to the architecture rules; "
                            + "a module's name must be its root package and be listed in ProjectLayout"));
        }
        return found;
    }

    private static List<String> violations(ProjectLayout layout, ProjectModule module, ModuleDescriptor descriptor) {
        List<String> found = new ArrayList<>();
        String name = descriptor.name();
        for (Exports export : descriptor.exports()) {
            if (!export.isQualified() && !exportsApi(module, export.source())) {
                found.add(name + ": exports " + export.source() + " to everyone; only API packages are exported");
            }
            if (export.isQualified()) {
                for (String target : export.targets()) {
                    if (!mayReceiveExport(layout, module, target)) {
                        found.add(name + ": exports " + export.source() + " to " + target
                                + ", which may not depend on " + name);
                    }
                }
            }
        }
        if (module.kind().isAdapter() && !provides(descriptor, SPI)) {
            found.add(name + ": an adapter must declare `provides " + SPI + " with …`");
        }
        if (module.kind() == ModuleKind.COMPOSITION_ROOT && !descriptor.uses().contains(SPI)) {
            found.add(name + ": the composition root must declare `uses " + SPI + "`");
        }
        for (Requires requires : descriptor.requires()) {
            String required = requires.name();
            if (DATABASE_MODULES.contains(required) && !module.kind().isSql()) {
                found.add(name + ": requires " + required + "; only SQL storage modules may");
            }
            layout.named(required).filter(other -> other.kind().isStorage() && !other.equals(module)
                            && other.kind() != ModuleKind.STORAGE_SUPPORT
                            && !(module.kind() == ModuleKind.SQL_ADAPTER && other.kind() == ModuleKind.SQL_CORE))
                    .ifPresent(other -> found.add(name + ": requires storage module " + required
                            + "; adapters are found through ServiceLoader"));
            if (module.kind() == ModuleKind.STORAGE_API && !required.startsWith("java.")) {
                found.add(name + ": requires " + required + "; storage-api is JDK only");
            }
            String api = layout.single(ModuleKind.STORAGE_API).name();
            String format = layout.single(ModuleKind.FORMAT).name();
            if (module.kind() == ModuleKind.STORAGE_SUPPORT && !required.startsWith("java.")
                    && !required.equals(api)) {
                found.add(name + ": requires " + required + "; storage-support is JDK only (and storage-api)");
            }
            if (module.kind() == ModuleKind.DOMAIN && !required.startsWith("java.")
                    && !required.equals(api) && !required.equals(format)) {
                found.add(name + ": requires " + required + "; the domain requires storage-api and the format only");
            }
            if (module.kind() == ModuleKind.FORMAT && !required.startsWith("java.") && !required.equals(api)
                    && !required.equals(FORMAT_NUMBERS)) {
                found.add(name + ": requires " + required + "; the format is JDK only, over storage-api"
                        + " (and jackson-core for numbers)");
            }
            if (required.equals(format) && module.kind() != ModuleKind.DOMAIN && module.kind() != ModuleKind.FILE_ADAPTER
                    && module.kind() != ModuleKind.SQL_CORE) {
                found.add(name + ": requires " + required + "; only the domain, the file adapter and the SQL core require"
                        + " the format (apps see it through the domain)");
            }
        }
        return found;
    }

    /**
     * Unqualified exports: the root package of the API-bearing modules, and the domain's and the
     * format's use-case packages (the domain's transfer, the format's kernel and codec); nothing else.
     */
    private static boolean exportsApi(ProjectModule module, String pkg) {
        return switch (module.kind()) {
            case STORAGE_API, COMPOSITION_ROOT -> pkg.equals(module.rootPackage());
            case DOMAIN -> pkg.equals(module.rootPackage()) || pkg.equals(module.rootPackage() + ".transfer");
            case FORMAT -> pkg.startsWith(module.rootPackage() + ".");
            default -> false;
        };
    }

    /**
     * A qualified export to another Runledger module must follow the dependency direction: the SQL
     * core exports to SQL adapters only, storage-support to adapters only, and an app to another app (the HTTP API to the CLI, whose
     * {@code serve} starts it). Exports to frameworks (Jackson, picocli, Guice) are allowed.
     */
    private static boolean mayReceiveExport(ProjectLayout layout, ProjectModule module, String target) {
        return layout.named(target)
                .map(t -> module.kind() == ModuleKind.SQL_CORE && t.kind() == ModuleKind.SQL_ADAPTER
                        || module.kind() == ModuleKind.STORAGE_SUPPORT && t.kind().isAdapter()
                        || module.kind() == ModuleKind.APP && t.kind() == ModuleKind.APP && !t.equals(module))
                .orElse(!target.startsWith(layout.root() + "."));
    }

    private static boolean provides(ModuleDescriptor descriptor, String service) {
        return descriptor.provides().stream().anyMatch(p -> p.service().equals(service));
    }
}
