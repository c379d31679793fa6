package io.runledger.architecture;

/** The role a module plays in the hexagon; the rules are written against roles, not module names. */
enum ModuleKind {
    /** The shared kernel: records, ports, SPI, errors. JDK only. */
    STORAGE_API,
    /**
     * The record format written once: the JSON kernel, the export codec and the audit chain. JDK and
     * storage-api only; the domain, the file adapter and the SQL core require it, the apps see its
     * types through the domain.
     */
    FORMAT,
    /**
     * JDK-only plumbing the adapters share (a holder-naming file lock, bounded lock waits): a storage
     * module, so it may touch store files, but it requires storage-api and the JDK only.
     */
    STORAGE_SUPPORT,
    /** The use cases. */
    DOMAIN,
    /** The relational core shared by the SQL adapters (mappings, Flyway runner, migrations). */
    SQL_CORE,
    /** A relational adapter built on the SQL core (SQLite, PostgreSQL). */
    SQL_ADAPTER,
    /** An adapter that owns its files directly (the JSON store). */
    FILE_ADAPTER,
    /** The composition root: configuration, provider registry, Guice. */
    COMPOSITION_ROOT,
    /** A user-facing application (CLI, HTTP). */
    APP;

    /** Storage modules are the only code allowed to touch drivers and store files. */
    boolean isStorage() {
        return this == STORAGE_SUPPORT || this == SQL_CORE || this == SQL_ADAPTER || this == FILE_ADAPTER;
    }

    boolean isSql() {
        return this == SQL_CORE || this == SQL_ADAPTER;
    }

    boolean isAdapter() {
        return this == SQL_ADAPTER || this == FILE_ADAPTER;
    }
}
