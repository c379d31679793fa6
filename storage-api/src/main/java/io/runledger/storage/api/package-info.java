/**
 * The shared kernel every other module builds on: the values a store keeps, one port per aggregate,
 * the provider SPI and the one error type. JDK only, so the domain and every adapter can share it
 * without pulling in a driver.
 *
 * <ul>
 *   <li>Values, records validated in their constructors: {@link Run}, {@link Step}, {@link AuditEvent}
 *       (together the sealed {@link LedgerRecord}, one record of the export stream), the ids
 *       {@link RunId}, {@link StepId}, {@link EventId} (one id rule, {@link Ids}), {@link CanonicalJson}
 *       (a JSON object as RFC 8785 text, kept unchanged by every store so that content hashes agree),
 *       {@link Label}, {@link RunFilter}, {@link AuditFilter}, and the enums {@link RunStatus},
 *       {@link StepStatus}, {@link AuditLevel} with their wire names. {@link Timestamps} is the one
 *       timestamp rule: UTC, microseconds, six fractional digits.</li>
 *   <li>The audit chain (SPEC S12): {@link AuditHistory} gives the head and the events in {@code seq}
 *       order as {@link ChainedEvent}s, each position a {@link ChainLink}; stores extend the chain inside
 *       their append transactions, with the record format's {@code AuditChain}. A prune removes a prefix
 *       of the chain and leaves a {@link ChainAnchor} (its last position and chain, with the prune's
 *       record), which {@code AuditHistory.anchor()} gives and from which verification starts.
 *       {@link CommittedAudit} is the chain with the prune records for commands that only read them: from
 *       {@code StoreAdmin.committedAudit()}, which reads them without opening the store (no writer's lock
 *       to wait for, no ORM), or from an open store.</li>
 *   <li>Ports: {@link Runs}, {@link Steps}, {@link AuditLog} (idempotent creates answer a
 *       {@link WriteOutcome}; updates are compare-and-set on the status), {@link AuditRetention}
 *       (the one way events leave the audit log: delete a prefix of the chain, named event by event,
 *       together with an {@link AuditPrune} record that keeps the anchor, in one unit; {@link AuditPrunes} summarises the records as the
 *       {@code audit_prunes} check line every backend reports), {@link StoreContents}
 *       (the whole store as one stream, for export, import and transfer, and {@code replaceWith} for a
 *       restore that replaces a store in one unit) and {@link StoreAdmin}
 *       (status, migrate, check, vacuum). Lists are keyset pages ({@link PageRequest}, {@link Page}):
 *       the key is the ordering id, so paging is stable under concurrent appends.</li>
 *   <li>Run aggregates: {@link Runs#stats} answers a {@link RunStatsQuery} (a {@code created_at} range,
 *       status and label filters, an optional label to group by, a cap on chart points) with
 *       {@link RunStats}: {@link RunStatsGroup}s (counts per status, success rate, p50/p95 of finished
 *       runs' durations by the one nearest-rank rule, {@code RunStatsGroup.nearestRank}) and the latest
 *       runs as {@link RunPoint}s. {@link RunStatsTally} turns counted runs into the answer: whole runs
 *       from a store that keeps them in memory (keeping only the latest as points), or a few scalars a
 *       run streamed by a SQL store.</li>
 *   <li>{@link StoreAdmin}'s optional parts are default methods, so a backend implements only what it
 *       has: a native snapshot ({@code nativeBackupSuffix}, {@code backupTo}, {@code recordBackupHash},
 *       which records the copy's content hash inside it before it is published, and {@code openBackup},
 *       which reads one back through a private copy as a {@link NativeBackup} with the hash it records;
 *       SQLite), the content of
 *       a store below the head as its migrations will leave it ({@code contentsAsMigrated}; JSON and
 *       PostgreSQL, so their export backups work before migrating), and {@code removeCreatedStore},
 *       which every shipped backend implements so that a failed transfer leaves no empty store.</li>
 *   <li>Monitoring reads: {@link StoreAdmin#footprint()} gives a {@link StoreFootprint} (the store's
 *       size on disk — files, or PostgreSQL relations — and the usable space of a file store's volume),
 *       {@link Store#connectionPools()} a {@link ConnectionPoolState} per pool; the HTTP server turns
 *       them into metrics and its readiness answer, so no app opens a store file to measure it.</li>
 *   <li>{@link Store}: an open store at this binary's schema head, handing out the ports; closing it
 *       releases every handle.</li>
 *   <li>SPI: {@link StorageProvider}, found with {@link java.util.ServiceLoader} and chosen by its id;
 *       {@code admin} is cheap and creates nothing, {@code open} needs a store at the head.
 *       {@link StoreSpec} is a location (a file path or a JDBC URL) with backend options;
 *       {@link StoreOptions} reads them with their types (numbers, durations, a choice among
 *       names), refusing a bad value as {@code config_invalid}. {@link NumberSetting} is the one range
 *       check of every numeric setting (backend options, which a provider lists in
 *       {@code numberSettings()} so bootstrap checks them before a store is touched, and the server's
 *       {@code http.*} settings): the refusal names the setting, the value and the range.
 *       {@link ChoiceSetting} does the same for a setting with a closed set of values (a provider
 *       lists them in {@code choiceSettings()}); bootstrap's key list, {@code --help} and README.md's
 *       key table show both kinds from these declarations.
 *       {@link FilePublisher}, also found with {@code ServiceLoader} (storage-support provides it),
 *       gives a complete export or backup its name durably for the domain, which may not open files as
 *       channels itself. {@link TestCrashPoint}: test-only pauses at named points of a migration or a
 *       prune, armed by a system property no product code sets, for the kill -9 tests.</li>
 *   <li>Schema direction: {@link StoreStatus} (version, head, pending {@link Migration}s, oldest
 *       upgradable version, the store's compatibility floor). {@code requireAtHead()} is the one check
 *       that says which way a store is off ({@code store_not_initialized}, {@code schema_too_old},
 *       {@code schema_newer_than_binary} unless the floor admits this older binary,
 *       {@code schema_pending}); {@code requireNotNewer()} is what a migration may start from.
 *       {@link MigrationReport} says what a migration did; {@link Check} is one diagnostic check.</li>
 *   <li>Errors: {@link StoreException}, unchecked, carrying a {@link ReasonCode} (wire name, CLI exit
 *       code, HTTP status; docs/REASON_CODES.md). Adapters translate driver exceptions at their
 *       boundary, so nothing from a driver crosses a port. {@link Redaction} is the one function that
 *       hides passwords (URL user info, {@code password=} parameters) wherever a location or a message
 *       naming one is shown: adapters' messages, CLI lines, HTTP problems, logs, the doctor's details.</li>
 * </ul>
 */
package io.runledger.storage.api;
