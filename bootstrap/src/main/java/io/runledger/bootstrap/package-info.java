/**
 * The composition root: resolves configuration, finds the storage providers and wires ports and use
 * cases into one {@link LedgerRuntime}. Guice appears here and in the apps, nowhere else.
 *
 * <ul>
 *   <li>{@link ConfigResolver}: configuration with the precedence flag &gt; environment &gt; config
 *       file &gt; default, a pure function of flags ({@link ConfigFlags}), environment and working
 *       directory. Backend: {@code --backend}, {@code RUNLEDGER_BACKEND} (older name
 *       {@code STATE_BACKEND}), {@code backend=}, {@code sqlite}. Location: {@code --state},
 *       {@code RUNLEDGER_STATE} (for postgres also {@code RUNLEDGER_POSTGRES_URL}), {@code state=},
 *       then the provider's default file name under the data directory ({@code RUNLEDGER_DATA_DIR},
 *       {@code data_dir=}, {@code runledger-data}); a server backend has no default and must be
 *       given a URL. Each value is a {@link Setting} that remembers its {@link ConfigSource}, which
 *       {@code doctor} and the debug log show. Every problem is {@code config_invalid}.</li>
 *   <li>{@link ConfigKeys}: every key a config file accepts, each a {@link ConfigKey} with its
 *       environment variable, allowed values, default and meaning — Runledger's settings, then each
 *       installed backend's options with their {@code NumberSetting} ranges and {@code ChoiceSetting}
 *       choices. The config file's check, {@code runledger --help} and README.md's key table
 *       (compared by the CLI's {@code ConfigKeysDocTest}) are made from it; a new setting is added
 *       there.</li>
 *   <li>{@code ConfigFile}: a properties file whose every key must be known (a near miss is named:
 *       "did you mean"). A
 *       {@code <backend>.<option>} key must name an option that backend declares
 *       ({@code StorageProvider.optionNames()}), checked for every installed backend, not only the
 *       selected one, so a misspelt option is never ignored; {@code <backend>.app_version} is refused
 *       because bootstrap passes the binary's version ({@link AppVersion}) under that name
 *       ({@link RunledgerConfig#spec()}).</li>
 *   <li>{@link ServeSettings} (tokens, body limit, {@code migrate.auto}) and {@link MigrateSettings}
 *       ({@code migrate.backup}): the settings of {@code serve} and {@code db migrate};
 *       {@link BackupSettings} ({@code backup.dir}, default beside a store file or in the working
 *       directory for a server store, and {@code backup.keep}, a {@code NumberSetting}): where
 *       {@code db backup} without a file writes and how many backups it keeps. {@link AuditSettings}
 *       ({@code audit.verify_budget_ms}, {@code audit.verify_max_age_ms}): how long the bounded checks of the
 *       audit chain ({@code doctor}, the server's own) may read, and how old the server's last may get.
 *       Every location is shown through {@code io.runledger.storage.api.Redaction}.</li>
 *   <li>{@link ProviderRegistry}: every {@code StorageProvider} {@link java.util.ServiceLoader}
 *       finds; two providers with one id are refused, an unknown id is {@code config_invalid}
 *       listing the installed ones.</li>
 *   <li>{@link LedgerRuntime}: a Guice injector in stage DEVELOPMENT, so singletons stay lazy, over
 *       {@code LedgerModule}'s {@code @Provides} methods (constructor injection only; domain classes
 *       carry no annotations). A command that needs only the admin ({@code doctor},
 *       {@code db status}) never opens the store or builds Hibernate. {@code store()} requires a
 *       store at the head and never creates one; {@code storeForWriting()} creates a missing store at
 *       the head and refuses a newer or older one without writing. The audit trail is wired over the
 *       domain's {@code GroupCommit}. {@code close()} closes every handle the runtime opened
 *       ({@code OpenHandles}, newest first).</li>
 *   <li>{@link StoreAddress}: an end of {@code store migrate} given as {@code BACKEND:LOCATION}
 *       (split at the first colon, so a JDBC URL keeps its own), resolved from the same registry
 *       into a {@link RunledgerConfig} of its own; each end gets its own runtime.</li>
 * </ul>
 *
 * The adapters (storage-sqlite, storage-json, storage-postgres) are runtime-only Maven dependencies
 * of this module: they are on the module path for {@code ServiceLoader} to find, but no code outside
 * the storage modules can compile against an adapter class.
 */
package io.runledger.bootstrap;
