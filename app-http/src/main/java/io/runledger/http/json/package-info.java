/**
 * The response bodies of the HTTP API, as records Jackson writes from their accessors (the package is
 * exported and opened to Jackson, and exported to the CLI, whose {@code --json} prints a run, step or
 * audit event with the same views). Each record's keys are the wire names of docs/HTTP.md, in a
 * fixed order, and the OpenAPI document describes every one; a store's canonical JSON ({@code args},
 * {@code stats}, {@code data}) is written as the raw text the store kept.
 *
 * <ul>
 *   <li>{@link RunView}, {@link StepView}, {@link AuditEventView}: a record as the export format
 *       writes it, without {@code type}; absent values are {@code null}.</li>
 *   <li>{@link ItemsView}: a list page, {@code items} and {@code next_cursor};
 *       {@link AppendedView}: the events an audit append stored, in input order.</li>
 *   <li>{@link HealthView} ({@code GET /health}), {@link StoreSummaryView} ({@code GET /v1/store}:
 *       where the store stands, from one status read, and its last
 *       audit prune as a {@link PruneRecordView}, and its audit chain as an {@link AuditChainView}: the head, an
 *       {@link AuditHeadView} — also the answer of {@code GET /v1/audit/head} — and the server's last
 *       {@link ChainVerificationView}), {@link StoreView} and {@link CheckView}
 *       ({@code GET /v1/store/check}, admin role: the doctor's report, details without passwords).</li>
 *   <li>{@link RunStatsView} ({@code GET /v1/runs/stats}) with {@link RunStatsGroupView} (counts,
 *       success rate, p50/p95 in microseconds per group) and {@link RunPointView} (a chart point).</li>
 *   <li>{@link ProblemView}: an RFC 9457 problem with the {@code reason} extension;
 *       {@code correlation_id} only for internal errors; backend and schema numbers only for an
 *       unusable store on {@code /health} and {@code /v1/store}.</li>
 * </ul>
 */
package io.runledger.http.json;
