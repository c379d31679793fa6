/**
 * The use cases: what a client may write and read, checked here and nowhere else, so that every
 * backend answers a request alike.
 *
 * <ul>
 *   <li>{@link io.runledger.domain.RunRecorder} and {@link io.runledger.domain.StepRecorder}: create,
 *       finish and read runs and steps; the status machines are {@link io.runledger.domain.RunTransitions}
 *       and {@link io.runledger.domain.StepTransitions}. Requests arrive as {@link io.runledger.domain.NewRun}
 *       and {@link io.runledger.domain.NewAuditEvent}, bounded by {@code TextLimits} (the strictest
 *       backend's column and index sizes); {@code NewRun.RESERVED_RUN_IDS} are ids a new run may not take
 *       ({@code stats}, a route of its own). {@code StepRecorder.start} adds a step and moves it to
 *       running in one retry-safe call (the CLI's {@code step start}).</li>
 *   <li>{@link io.runledger.domain.WireNames}: the statuses, levels and label filters a client names,
 *       read into values with one refusal message, for the HTTP API's requests and the CLI's options
 *       alike.</li>
 *   <li>{@link io.runledger.domain.AuditTrail}: appends and queries audit events, fills in ids
 *       ({@link io.runledger.domain.IdGenerator}, ULID layout) and microsecond timestamps, and holds the
 *       retry rule for client-supplied ids that the HTTP API and the CLI share.
 *       {@link io.runledger.domain.AuditTail}: a live tail over it (the CLI's {@code audit query
 *       --follow}), reading on by {@code event_id} and looking back a window of {@code ts} for events
 *       that committed after a later id.</li>
 *   <li>{@link io.runledger.domain.GroupCommit}: an {@code AuditLog} in front of the store's; concurrent
 *       appends share one store transaction and each caller returns once it committed. No timer and no
 *       thread of its own: a caller that finds no commit in progress commits what is queued at once.</li>
 *   <li>{@link io.runledger.domain.ChainVerifier}: walks a store's audit chain ({@code AuditHistory}) in
 *       {@code seq} order, recomputing every link with the format's {@code AuditChain}, and gives a
 *       {@link io.runledger.domain.ChainVerdict}: the head and the prune anchor it started from, or the
 *       first {@link io.runledger.domain.ChainBreak} and its {@link io.runledger.domain.ChainFault}
 *       ({@code audit verify}, reason {@code audit_chain_broken}); it also checks the anchors against
 *       the prune records' counts. A long chain is walked in stretches of positions on several threads
 *       ({@code ChainWalk}, {@code Stretches}): each event is checked against the stored chain before it, so a
 *       stretch needs only the event at its start, and the first break in position order is the verdict.
 *       The chain itself is extended by each store inside its append transaction (one head claim per
 *       transaction, so group commit extends it once per batch). {@code verify(Duration)} bounds a walk in
 *       time: it then says how far it got ({@code ChainVerdict.complete()}). {@link io.runledger.domain.ChainCheck}
 *       is that bounded walk as the doctor's {@code audit_chain} check and the server's own verification
 *       ({@code audit.verify_budget_ms}); {@link io.runledger.domain.AuditHead} is the head as users see it
 *       ({@code seq}, {@code chain}, and the {@code ts} of the event there).</li>
 *   <li>Heads kept outside a store (docs/AUDIT_CHAIN.md, "Signing heads"): {@link io.runledger.domain.SignedHead},
 *       the signed head file — the head, when it was signed, the signer's Ed25519 public key and its id, and the
 *       signature over the canonical JSON of every other member ({@code audit head --sign});
 *       {@link io.runledger.domain.HeadKeys}, Ed25519 keys from PEM text ({@code openssl genpkey -algorithm
 *       ed25519}), a private key's public key and key ids, with the JDK's own provider;
 *       {@link io.runledger.domain.HeadClaim}, a kept head read back (signed, or the plain {@code {seq, chain,
 *       ts}}) and its signature checked — the key a file carries proves the file intact, only a key the verifier
 *       already holds proves the signer; {@link io.runledger.domain.HeadProof}, the proof that a store still holds
 *       exactly the prefix a head names, which catches a cut tail and a rewritten history whose chain was
 *       recomputed ({@code audit verify --head}); its {@link io.runledger.domain.HeadProofVerdict} says which
 *       ({@link io.runledger.domain.KeptHeadResult}), so a report can name it before the refusal.</li>
 *   <li>{@link io.runledger.domain.LedgerObserver}: the monitoring port — each committed group of audit
 *       appends (batches, events, nanoseconds) and each stored run, reported right after the commit;
 *       {@link io.runledger.domain.LedgerObservers} is one runtime's set of them, to which the HTTP
 *       server's metrics subscribe while it runs (so the domain knows nothing of Micrometer).</li>
 *   <li>{@link io.runledger.domain.Doctor} / {@link io.runledger.domain.DoctorReport}: diagnoses a store
 *       without changing it; with a {@code ChainCheck} it also checks the audit chain, bounded in time.</li>
 * </ul>
 *
 * Domain classes carry no annotations; bootstrap constructs them. Moving whole stores lives in
 * {@link io.runledger.domain.transfer}; the record format in the {@code io.runledger.format} module.
 */
package io.runledger.domain;
