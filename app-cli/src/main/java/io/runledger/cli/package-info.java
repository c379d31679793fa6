/**
 * The {@code runledger} command line on picocli. The package is opened to picocli only; commands call
 * the domain's use cases through a {@code LedgerRuntime} and name no backend, store file or id rule
 * of their own: what a store consists of is its adapter's knowledge.
 *
 * <ul>
 *   <li>{@link Main} is the executable; {@link RunledgerCli} is the command line independent of the
 *       process (console, environment and working directory are parameters), so tests run it
 *       in-process; {@link CommandTree} lists every command's subcommands and builds only the path a
 *       command line names. {@link RootCommand} holds the {@link GlobalOptions} ({@code --backend},
 *       {@code --state}, {@code --config}, {@code --verbose}); {@link CommandFactory} gives every
 *       command its {@link CommandContext}, which opens runtimes: the configured store, or a
 *       {@code BACKEND:LOCATION} end of {@code store migrate}. The root help lists what the code
 *       knows, never a copy: {@link InstalledBackends} gives {@code --backend} the provider registry's
 *       ids, and {@link ConfigKeysHelp} adds the section "Config file keys" from bootstrap's
 *       {@code ConfigKeys}.</li>
 *   <li>{@code db}: {@link DbMigrateCommand} (dry run, {@code --backup} or {@code migrate.backup}),
 *       {@link DbStatusCommand}, {@link DbCheckCommand}, {@link DbBackupCommand} (the domain's
 *       verified {@code StoreBackup}), {@link DbVacuumCommand}. {@link DoctorCommand} diagnoses a
 *       store through its admin, and checks its audit chain for a time budget ({@code --chain-budget-ms},
 *       {@code audit.verify_budget_ms}) through the admin's committed view of the chain
 *       ({@code LedgerRuntime.committedAudit()}: no ORM, no wait for a writer); it changes nothing.</li>
 *   <li>{@code store}: {@link StoreExportCommand}, {@link StoreImportCommand},
 *       {@link StoreHashCommand}, and {@link StoreCopyCommand} ({@code store migrate}: a copy of one
 *       store into another, unlike {@code db migrate}, which upgrades a schema). Targets must be
 *       empty ({@link TransferReport}); a target the command created and could not fill is removed
 *       by its own admin (the domain's {@code TransferTarget}).</li>
 *   <li>{@link AuditAppendCommand}: JSON Lines from standard input, in batches
 *       ({@link io.runledger.cli.audit}); with {@code --print-ids} each id is printed only once its
 *       batch is durable. {@link ServeCommand}: the HTTP API until SIGTERM or SIGINT, after bringing
 *       the store to the head ({@code migrate.auto}); a shutdown hook stops the server, then closes
 *       the runtime.</li>
 *   <li>{@link AuditPruneCommand}: retention, archive first (verified), then delete exactly the archived events,
 *       a prefix of the audit chain, leaving its anchor;
 *       {@link AuditVerifyCommand}: the audit chain walked by the domain's {@code ChainVerifier} from the
 *       prune anchor, the head and anchor printed, or exit 7 ({@code audit_chain_broken}) at the first broken
 *       position; {@code --archive} checks prune archives with the domain's {@code PrunedArchive}; with
 *       {@code --head FILE} also the domain's {@code HeadProof} of a kept head, whose signature ({@code --key})
 *       is checked before the store is opened; with {@code --json} one object reports what was read, however the
 *       command ends.
 *       {@link AuditHeadCommand}: the head ({@code audit head [--json]}), or signed with an Ed25519 key
 *       ({@code --sign KEY}, the domain's {@code SignedHead}). {@link GivenFile} reads the small key and head
 *       files those options name.</li>
 *   <li>{@link Console} is the only class that touches {@code System.in}, {@code System.out} and
 *       {@code System.err} (for out and err an architecture rule): results on standard output, diagnostics,
 *       progress and logs on standard error, so a command's output can be piped.</li>
 *   <li>{@link Failures} turns every failure into one line, {@code runledger: <message> (reason:
 *       <code>)}, with secrets hidden, and returns the reason's exit code (docs/REASON_CODES.md);
 *       a bad option is {@code usage_error}; a bug is {@code internal_error} with a correlation
 *       id, its stack trace shown only with {@code --verbose}.</li>
 *   <li>Logging is configured in code by {@link QuietLogging} (no logback.xml to find and parse at
 *       every start, and a text pattern parsed only when the first line is written,
 *       {@link DeferredPatternEncoder}): warnings and errors only, libraries under the store errors only;
 *       {@link Logging} sets Runledger's own loggers to DEBUG for {@code --verbose}.</li>
 * </ul>
 *
 * Views for {@code --json} are in {@link io.runledger.cli.json}; the progress display of long
 * transfers in {@link io.runledger.cli.transfer}; the recorder commands ({@code run}, {@code step},
 * {@code audit query}) in {@link io.runledger.cli.recorder}, which depends on nothing of this package:
 * {@link CommandContext} is their {@code RecorderContext}, and {@link RunledgerCli} gives every command
 * without a version provider the root's.
 */
package io.runledger.cli;
