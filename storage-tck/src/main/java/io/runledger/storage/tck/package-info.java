/**
 * The storage contract suite, written once and run on every backend. It lives in src/main so the
 * adapters can depend on it, but it ships in no product: adapters use it at test scope, on the class
 * path.
 *
 * <p>Each contract is an abstract JUnit 5 class per port or concern; an adapter writes one short
 * subclass per contract that supplies its fixture, and nothing else (never a copied test):
 * <ul>
 *   <li>Ports: {@link RunsContract}, {@link StepsContract}, {@link AuditLogContract},
 *       {@link AuditQueryContract}, {@link RunStatsContract}, {@link PaginationContract}, {@link ConcurrentPagingContract}
 *       (paging while another thread appends), {@link ContentsContract} (export order, all-or-nothing
 *       import into an empty store only), {@link ImportRaceContract} (an import's emptiness check and its
 *       commit are one unit no second import or other writer cuts into; {@link HeldImport} holds an
 *       import past its check, and {@code StoreFixture.writerWaits} sees a writer waiting).</li>
 *   <li>{@link AuditChainContract}: the audit chain's positions and links (batch and commit order,
 *       retries, reopen, import and restore, prunes, group commit, several instances with one killed),
 *       each checked by walking the chain as a verifier would ({@link ChainAssertions}).
 *       {@link ChainAnchorContract}: a prune removes a prefix of the chain, never a hole, and leaves its
 *       anchor in the same unit, across reopening; positions are never taken twice; a restore clears it.
 *       {@link ChainAnchorUpgradeContract} (SQL, over {@link SqlUpgradeContract} with
 *       {@link AuditChainUpgradeContract}): schema 8 keeps older prune records without an anchor and
 *       raises the floor.</li>
 *   <li>{@link ContentHashContract}: the shared test vector {@code sample-export.jsonl} comes back
 *       byte for byte, with the trailer's content hash, on every backend.</li>
 *   <li>{@link DurabilityContract} (what was acknowledged survives close and reopen, and a SIGKILL of
 *       the writing process: {@code AppendingChild} writes in a child JVM and reports each
 *       acknowledged write),
 *       {@link AdminContract} (status, dry runs, checks and failed opens create nothing; migrate
 *       creates the store at head), {@link CreatedStoreRemovalContract} (an admin removes the store
 *       its own migration created, only while empty, and nothing it did not create: of a file store,
 *       only its own files).</li>
 *   <li>{@link SchemaDirectionContract} for the SQL adapters, over a {@link SqlSchemaFixture}: a store
 *       migrated by a later binary is refused and left untouched unless its compatibility floor
 *       admits this binary. The later binaries are real: the shipped migrations followed by the
 *       test-only ones in {@code db/test-migrations} ({@link TestMigrationFolders}).
 *       {@link AuditChainUpgradeContract}, over the same fixture: a store of the version before the audit
 *       chain, with events, gets every event chained in ({@code ts}, {@code event_id}) order; a migrator
 *       killed inside that migration leaves the previous version; the previous head may no longer write.
 *       {@link InterruptedMigrationContract}, over the same fixture: a migrator killed between Flyway's
 *       commit and its {@code meta} write leaves {@code meta} behind the history, and the next migrate
 *       repairs it. {@link SchemaDriftContract}, over the same fixture: a store every shipped binary made
 *       (older ones from {@link SqlSchemaFixture#binaryWithHead}) is clean at its version; a table,
 *       index or column dropped by hand, an added table or a changed migration checksum is one
 *       {@code schema_drift} check each, an added index passes, and a migration over a changed
 *       migration is refused.</li>
 *   <li>{@link ChildJvm} runs a main class of the test's class path in a child JVM that crash
 *       contracts kill with SIGKILL once it reports where it is. {@link LockWaiters} tells when a
 *       thread waits for an adapter's lock, before a test asserts that it still waits.</li>
 *   <li>{@link WriteWindowContract} for the SQL adapters: while an open store of this binary appends
 *       ({@link ContinuousWriter}), a later binary migrates it from a {@link ChildJvm} (the fixture's
 *       {@code laterBinaryChild}, which calls {@link LaterBinaryMigration}); past the floor the open
 *       store's next write is refused and nothing begun after the commit is stored.</li>
 * </ul>
 *
 * {@link StoreContract} is the base of every contract: before each test it asks the adapter's
 * {@link StoreFixture} for the provider and fresh locations, creates stores through the provider's
 * own SPI only, and closes everything after. {@code StoreFixture.storeExists} looks from outside
 * the adapter, so the suite can prove that read-only operations create nothing. A fixture names its
 * {@link Capability} set; a test that needs a capability the backend lacks (e.g.
 * {@code SQL_MIGRATIONS} on the JSON store) is skipped visibly, never passed silently.
 * {@link Records}, {@link Pages} and {@link Reasons} keep the contracts short: record builders, a
 * page walk that checks the page contract on every step, and assertions that a failure is a
 * {@code StoreException} with the right reason and a one-line message.
 *
 * <p>The port contracts' subclasses live in each adapter's {@code contract} test package (storage-sqlite,
 * storage-json, storage-postgres; PostgreSQL also runs the ordering contracts on an {@code en-US}
 * collated store), and the suite runs itself against an in-memory reference store in its own tests.
 */
package io.runledger.storage.tck;
